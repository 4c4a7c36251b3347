import { missingReference } from '@/lib/db-errors';
import 'server-only';
import { firstRepeatedKey, firstUnsafeKey, MAX_NESTING, paramsRecord } from '@/lib/keys';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { logRefusal } from '@/lib/audit';
import { resolveDb, resolveReadDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logError } from '@/lib/log';
import { ForbiddenError, isReadOnly, refusalMessage, type Actor } from '@/lib/policy';
import { problem, replyLanguage, zodProblemErrors, type ProblemError } from './problem';
import { apiRateLimit, countRateLimit } from './rate-limit';
import { actorFromToken } from './tokens';
import { msg } from '@/lib/i18n/message';
import { fromDigits, MAX_ID } from '@/lib/zod';

/** Thrown by a handler for input that fails its schema: a 400 with one error per bad value. */
export class ApiInputError extends Error {
  constructor(readonly errors: ProblemError[]) {
    super('invalid input');
  }
}

/** `readDb`: the read replica when configured (reports), else `db`. */
export type ApiContext<P> = { actor: Actor; request: Request; params: P; query: URLSearchParams; db: Db; readDb: Db };

/**
 * The one wrapper for /api/v1 route handlers: the bearer token gives the actor (with its owner's rights,
 * checked again by lib/ on every read and write), the per-token rate limit is counted in memory and shared through PostgreSQL (countRateLimit), and
 * every refusal or failure leaves as an RFC 9457 problem. Cookies are not accepted here, so a browser
 * session cannot be used for cross-site requests to the API.
 */
export function apiHandler<P = Record<string, never>>(
  op: { run: (ctx: ApiContext<P>) => Promise<unknown>; status?: number },
  options: { db?: Db; readDb?: Db } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const lang = replyLanguage(request);
    const instance = new URL(request.url).pathname;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
    const unauthenticated = () =>
      problem('unauthenticated', { lang, instance, headers: { 'www-authenticate': 'Bearer realm="api"' } });
    if (!match) return unauthenticated();
    let actor: Actor | undefined;
    try {
      const db = await resolveDb(options.db);
      const auth = await actorFromToken(db, match[1]!);
      if (!auth) return unauthenticated();
      actor = auth.actor;
      const rate = countRateLimit(db, `api-token:${auth.tokenId}`, apiRateLimit());
      const headers = {
        'ratelimit-limit': String(rate.limit),
        'ratelimit-remaining': String(rate.remaining),
        'ratelimit-reset': String(rate.resetSeconds),
      };
      if (!rate.allowed) {
        return problem('rate_limited', {
          lang,
          instance,
          headers: { ...headers, 'retry-after': String(rate.resetSeconds) },
        });
      }
      const query = new URL(request.url).searchParams;
      const readDb = options.readDb ?? (options.db ? options.db : await resolveReadDb());
      const body = await op.run({ actor, request, params: await context.params, query, db, readDb });
      return Response.json(body, {
        status: op.status ?? 200,
        headers: { ...headers, 'cache-control': 'private, no-store' },
      });
    } catch (error) {
      return toProblem(error, { lang, instance, actor, db: options.db });
    }
  };
}

async function toProblem(
  thrown: unknown,
  ctx: { lang: 'vi' | 'en'; instance: string; actor?: Actor; db?: Db },
): Promise<Response> {
  const { lang, instance } = ctx;
  const error = missingReference(thrown) ?? thrown;
  if (error instanceof ApiInputError) return problem('invalid', { lang, instance, errors: error.errors });
  if (error instanceof ApiMediaTypeError)
    return problem('unsupported_media_type', { lang, instance, headers: { 'accept-post': 'application/json' } });
  if (error instanceof z.ZodError) return problem('invalid', { lang, instance, errors: zodProblemErrors(error) });
  const refused = error instanceof ForbiddenError || (error instanceof AppError && error.code === 'FORBIDDEN');
  if (refused && ctx.actor) {
    const what = error instanceof ForbiddenError ? `permission ${error.permission}` : 'record rule';
    await logRefusal(await resolveDb(ctx.db), {
      actor: ctx.actor,
      what: `api ${instance}: ${what}`,
      reason: error.message,
    }).catch((e: unknown) => logError('audit', e));
  }
  if (refused)
    // A user of an ended agency is told why (decision 022).
    return problem('forbidden', {
      lang,
      instance,
      ...(isReadOnly(ctx.actor ?? null) ? { detail: refusalMessage(ctx.actor!) } : {}),
    });
  if (error instanceof AppError) {
    const errors = Object.entries(error.fieldErrors).map(([k, detail]) => ({
      pointer: `/${k.replace(/\./g, '/')}`,
      detail,
    }));
    if (error.code === 'NOT_FOUND') return problem('not_found', { lang, instance });
    if (error.code === 'CONFLICT') return problem('conflict', { lang, instance, detail: error.message });
    return problem('invalid', { lang, instance, detail: error.message, errors });
  }
  await logError('api', error, { path: instance });
  return problem('server', { lang, instance });
}

/**
 * Reads query parameters with the app's own filter schema, strictly: an unknown parameter, or a value the
 * app would quietly drop from a URL, is an error here (a system should hear about its mistakes).
 */
export function readQuery<S extends z.ZodObject>(
  schema: S,
  query: URLSearchParams,
  extra: readonly string[] = [],
): z.output<S> {
  const { values: raw, dropped } = paramsRecord(query);
  const errors: ProblemError[] = dropped.map((key) => ({
    pointer: `/query/${encodeURIComponent(key)}`,
    detail: msg('errors.api.unsupportedParam', { name: key }),
  }));
  const known = (key: string) => Object.hasOwn(schema.shape, key);
  for (const key of Object.keys(raw)) {
    if (!known(key) && !extra.includes(key))
      errors.push({ pointer: `/query/${key}`, detail: msg('errors.api.unsupportedParam', { name: key }) });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) errors.push(...zodProblemErrors(parsed.error, '/query'));
  else {
    for (const key of Object.keys(raw)) {
      const value = (parsed.data as Record<string, unknown>)[key];
      if (known(key) && raw[key] !== '' && (value === undefined || value === null))
        errors.push({ pointer: `/query/${key}`, detail: msg('errors.api.invalidParam', { name: key }) });
    }
  }
  if (errors.length) throw new ApiInputError(errors);
  return parsed.data!;
}

/** Cursor paging: `limit` (1–200, default 50) and an opaque `cursor` from the previous page's `nextCursor`. */
export const pageSchema = z.object({
  limit: fromDigits(z.number().int().min(1).max(200)).default(50),
  cursor: z
    .string()
    .max(100)
    .optional()
    .transform((c, ctx) => {
      if (c === undefined) return 0;
      // Only what `nextCursor` writes: base64url of "id:" and the id, as the app writes numbers.
      const decoded = /^[A-Za-z0-9_-]+$/.test(c) ? Buffer.from(c, 'base64url').toString('utf8') : '';
      const n = /^id:(?:0|[1-9][0-9]{0,9})$/.test(decoded) ? Number(decoded.slice(3)) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > MAX_ID) {
        ctx.addIssue({ code: 'custom', message: msg('errors.api.badCursor') });
        return z.NEVER;
      }
      return n;
    }),
});

function readPage(query: URLSearchParams): { limit: number; after: number } {
  // A name given twice ("limit=5&limit=500") is a mistake to hear about, not a choice of the first (attacker pass 20).
  const one = (name: string) => {
    const all = query.getAll(name);
    return all.length > 1 ? all : all[0];
  };
  const parsed = pageSchema.safeParse({ limit: one('limit'), cursor: one('cursor') });
  if (!parsed.success) throw new ApiInputError(zodProblemErrors(parsed.error, '/query'));
  return { limit: parsed.data.limit, after: parsed.data.cursor };
}

/**
 * One page of a list: `fetch` gets one row more than the page holds (so we know whether more follow) and the
 * id to start after; the next cursor names the page's last id.
 */
export async function pageOf<T extends { id: number }, U>(
  query: URLSearchParams,
  fetch: (page: { limit: number; after: number }) => Promise<T[]>,
  map: (row: T) => U,
): Promise<{ items: U[]; nextCursor: string | null }> {
  const { limit, after } = readPage(query);
  const rows = await fetch({ limit: limit + 1, after });
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? Buffer.from(`id:${items.at(-1)!.id}`).toString('base64url') : null;
  return { items: items.map(map), nextCursor };
}

/** A body sent as something other than JSON (a form, text): a 415, read no further. */
export class ApiMediaTypeError extends Error {}

/**
 * Reads a JSON request body: a 415 when it is not declared JSON (`application/json`, or a `+json` type), a 400
 * when it does not parse.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!/^application\/(?:[a-z0-9.-]+\+)?json$/.test(type)) throw new ApiMediaTypeError('unsupported media type');
  let text: string;
  let body: unknown;
  try {
    text = await request.text();
    body = JSON.parse(text);
  } catch {
    throw new ApiInputError([{ pointer: '', detail: msg('errors.api.badJson') }]);
  }
  // A name given twice is refused, not read as its last value (JSON.parse's choice, not every reader's).
  const repeated = firstRepeatedKey(text);
  if (repeated !== null) throw new ApiInputError([{ pointer: repeated, detail: msg('errors.api.repeatedFieldName') }]);
  // Names JavaScript treats specially are refused wherever they stand (lib/keys.ts).
  const unsafe = firstUnsafeKey(body);
  if (unsafe !== null)
    throw new ApiInputError([
      {
        pointer: unsafe.pointer,
        detail: msg(unsafe.reason === 'name' ? 'errors.api.badFieldName' : 'errors.api.tooDeep', { max: MAX_NESTING }),
      },
    ]);
  return body;
}

/**
 * An operation's body schema as it is read and as the OpenAPI document states it: strict, every level that is an
 * object (`additionalProperties: false`). Bodies are the schemas' own fields and nothing else.
 */
export function strictBody<S extends z.ZodObject>(schema: S): z.ZodObject<S['shape'], z.core.$strict> {
  let strict = strictBodies.get(schema);
  if (!strict) strictBodies.set(schema, (strict = z.strictObject(schema.shape)));
  return strict as z.ZodObject<S['shape'], z.core.$strict>;
}
/** Each body's strict schema, made once (zod compiles an object schema's parser on its first use, about 0.1 ms). */
const strictBodies = new WeakMap<z.ZodObject, z.ZodObject>();

/**
 * Reads an operation's JSON body (`readJson`) against its schema, strictly as queries are read: a key the schema
 * does not define (`taskId` in a progress update, where the path names the task; `results` for `result`) is a 400
 * naming it (`/taskId`), not dropped in silence, so a system hears about its mistake before anything is written.
 */
export async function readBody<S extends z.ZodObject>(schema: S, request: Request): Promise<z.output<S>> {
  const parsed = strictBody(schema).safeParse(await readJson(request));
  if (!parsed.success) throw new ApiInputError(zodProblemErrors(parsed.error));
  return parsed.data as z.output<S>;
}
