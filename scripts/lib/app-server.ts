/** Starts the built app (the standalone server, as `npm start` does) on a throwaway database for browser tests and benchmarks. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminSql, databaseUrl, postgresReachable } from '../../tests/pg';

export type AppServer = { baseUrl: string; databaseUrl: string | null; stop(): Promise<void> };

export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID') && existsSync('.next/standalone/server.js')) return;
  console.info('no production build found, running next build');
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** A new PostgreSQL database (dropped by the returned function), or null when no server is reachable. */
export async function createThrowawayDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (!(await postgresReachable())) return null;
  const name = `${prefix}_${Date.now().toString(36)}`;
  await adminSql((sql) => sql.unsafe(`create database ${name}`));
  return {
    url: databaseUrl(name),
    drop: () => adminSql((sql) => sql.unsafe(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

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
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startApp(options: {
  port: number;
  databaseUrl: string | null;
  env?: Record<string, string>;
  quiet?: boolean;
}): Promise<AppServer> {
  ensureBuild();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HOSTNAME: '127.0.0.1',
    // Request lines would drown the test output; warnings and errors still show.
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    PORT: String(options.port),
    STORAGE_DIR: mkdtempSync(join(tmpdir(), 'steering-files-')),
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR ??= join(mkdtempSync(join(tmpdir(), 'steering-app-')), 'pglite');
  }
  const server = spawn(process.execPath, ['.next/standalone/server.js'], {
    env,
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  try {
    await waitForServer(server, `${baseUrl}/sign-in`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl: options.databaseUrl, stop };
}

/** Signs in over HTTP like the browser does (CSRF token, then the credentials callback); returns the cookie header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair!.split('=');
      jar.set(k!, v.join('='));
    }
  };
  keep(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl }),
  });
  keep(res);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  if (!cookie.includes('authjs.session-token')) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return cookie;
}
