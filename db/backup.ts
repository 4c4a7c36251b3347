import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { openPglite, type DatabaseHandle } from './client';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim().slice(0, 500)}`)),
    );
  });
}

/** PostgreSQL: a custom-format dump (`pg_dump -Fc`) of the whole database to `file`. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url]);
}

/** PostgreSQL: restores a dump into `url` (an empty database, or one whose objects are replaced: `--clean`). */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}

/** Embedded database: its data folder as one gzipped tar. The folder must not be open elsewhere (the lock says so). */
export async function backupPglite(handle: DatabaseHandle, file: string): Promise<void> {
  if (!handle.dumpDataDir) throw new Error('not an embedded database');
  writeFileSync(file, await handle.dumpDataDir());
}

/** Embedded database: a new data folder from a backup; refuses to overwrite one unless `replace`. */
export async function restorePglite(file: string, dataDir: string | null, replace = false): Promise<DatabaseHandle> {
  if (dataDir && existsSync(dataDir)) {
    if (!replace) throw new Error(`${dataDir} exists: move it away, or pass --replace`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return openPglite(dataDir, { loadDataDir: new Uint8Array(readFileSync(file)) });
}

/**
 * Row count and a checksum of every table (the rows as text, in a fixed order): two databases with the
 * same fingerprint hold the same data. Used to check a backup's round trip.
 */
export async function fingerprint(handle: DatabaseHandle): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await handle.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await handle.query<{ rows: number; md5: string }>(
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as md5 from "${name}" t`,
    );
    out[name] = row!;
  }
  return out;
}
