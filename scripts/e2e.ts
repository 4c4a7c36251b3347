/**
 * npm run test:e2e: the browser tests against the built app (`next build` first), on a throwaway
 * PostgreSQL database when one is reachable and E2E_DB is not `pglite` (else an embedded one in a
 * temporary folder), seeded
 * with the demo. Extra arguments go to `playwright test`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminSql, databaseUrl, postgresReachable } from '../tests/pg';

const port = Number(process.env.E2E_PORT ?? 3200);
const baseUrl = `http://127.0.0.1:${port}`;

async function waitForServer(server: ChildProcess, url: string, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID')) {
    console.info('e2e: no production build found, running next build');
    const build = spawnSync('node_modules/.bin/next', ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    SEED_DEMO: 'true',
    PORT: String(port),
  };
  let dbName: string | null = null;
  if (process.env.E2E_DB !== 'pglite' && (await postgresReachable())) {
    dbName = `steering_e2e_${Date.now().toString(36)}`;
    await adminSql((sql) => sql.unsafe(`create database ${dbName}`));
    env.DATABASE_URL = databaseUrl(dbName);
    console.info(`e2e: PostgreSQL database ${dbName}`);
  } else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = join(mkdtempSync(join(tmpdir(), 'steering-e2e-')), 'pglite');
    console.info(`e2e: embedded database in ${env.PGLITE_DIR}`);
  }

  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  try {
    await waitForServer(server, `${baseUrl}/sign-in`);
    const result = spawnSync('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, BASE_URL: baseUrl },
    });
    return result.status ?? 1;
  } finally {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    if (dbName) await adminSql((sql) => sql.unsafe(`drop database if exists ${dbName} with (force)`));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
