import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server actions of the build being served, read once from Next.js's manifest
 * (`.next/server/server-reference-manifest.json`, under the folder the server runs in: the standalone server changes
 * to its own). Only in production: in development the list changes with every edit. Null when it cannot be read; then
 * every id goes on to Next.js, as before.
 */
export function readActionIds(env: NodeJS.ProcessEnv = process.env, dir = process.cwd()): ReadonlySet<string> | null {
  if (env.NODE_ENV !== 'production') return null;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, '.next/server/server-reference-manifest.json'), 'utf8')) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

/** Next.js's own rule (`mightBeServerReferenceId`): an id of some build has 42 characters. */
const ID_LENGTH = 42;

/**
 * How Next.js answers an action id the build does not have: 409 when it may be another build's (a page loaded before
 * a deployment: the client router then reloads it), 400 when it cannot be an id at all (two ids, "zz"). Null when the id
 * is the build's, or the build's list is not at hand. Answered in the proxy with the same status, header and body, and
 * a JSON log line, instead of Next.js's three lines of plain text on standard error for each anonymous post.
 */
export function unknownActionStatus(id: string, known: ReadonlySet<string> | null): 400 | 409 | null {
  if (!known || known.has(id)) return null;
  return id.length === ID_LENGTH ? 409 : 400;
}

/** What Next.js sends with it (`NEXT_ACTION_NOT_FOUND_HEADER`, `getUnrecognizedActionResponseBody`). */
export const ACTION_NOT_FOUND_HEADER = 'x-nextjs-action-not-found';
export const unknownActionBody = (status: 400 | 409) =>
  status === 400 ? 'Invalid Server Action request.' : 'Server Action unavailable.';
