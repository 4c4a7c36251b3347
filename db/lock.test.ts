import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from './client';
import { DataDirLockedError, acquireDataDirLock } from './lock';

describe('embedded database lock', () => {
  it('refuses a second process with a message that says what to do, and frees the folder on close', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'steering-lock-')), 'pglite');
    const handle = await openPglite(dir);
    try {
      expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
      // A real second process (the seed script) against the same folder.
      const second = spawnSync('npx', ['tsx', '--import', './scripts/lib/server-only.mjs', 'scripts/db-seed.ts'], {
        env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir, SEED_DEMO: 'false' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain(`PID ${process.pid}`);
      expect(second.stderr).toContain('DATABASE_URL');
    } finally {
      await handle.close();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);
  }, 90_000);

  it('refuses while another live process holds the lock, and takes over a lock left by a dead one', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'steering-lock-')), 'pglite');
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(`${dir}.lock`, JSON.stringify({ pid: other.pid }));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    } finally {
      other.kill();
      await new Promise((r) => other.once('exit', r));
    }
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
