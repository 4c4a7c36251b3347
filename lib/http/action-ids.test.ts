import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionIds, unknownActionStatus } from './action-ids';

const ID = '0082f844629722cf147cc27e59270ec8a99ec7c5b8';

function buildDir(manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'action-ids-'));
  mkdirSync(join(dir, '.next/server'), { recursive: true });
  writeFileSync(join(dir, '.next/server/server-reference-manifest.json'), manifest);
  return dir;
}

describe('the server actions of the build being served', () => {
  it('are read from the build’s manifest in production', () => {
    const dir = buildDir(
      JSON.stringify({ node: { [ID]: { filename: 'app/actions.ts' } }, edge: {}, encryptionKey: 'k' }),
    );
    expect(readActionIds({ NODE_ENV: 'production' }, dir)).toEqual(new Set([ID]));
  });

  it('are not read in development (the list changes with each edit), nor when the manifest is missing or damaged', () => {
    const dir = buildDir(JSON.stringify({ node: { [ID]: {} } }));
    expect(readActionIds({ NODE_ENV: 'development' }, dir)).toBeNull();
    expect(readActionIds({ NODE_ENV: 'production' }, mkdtempSync(join(tmpdir(), 'no-build-')))).toBeNull();
    expect(readActionIds({ NODE_ENV: 'production' }, buildDir('{"node":'))).toBeNull();
  });
});

describe('an action id the build does not have', () => {
  const known = new Set([ID]);
  it('is answered 409 when it may be another build’s (the client router reloads the page), 400 when it cannot be an id', () => {
    expect(unknownActionStatus(ID, known)).toBeNull();
    expect(unknownActionStatus('7f' + '0'.repeat(38) + 'aa', known)).toBe(409);
    expect(unknownActionStatus('zz', known)).toBe(400);
    expect(unknownActionStatus(`${ID}, ${ID}`, known)).toBe(400);
    expect(unknownActionStatus('', known)).toBe(400);
  });

  it('goes on to Next.js when the build’s list is not at hand', () => {
    expect(unknownActionStatus('zz', null)).toBeNull();
  });
});
