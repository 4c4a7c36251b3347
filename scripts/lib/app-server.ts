/** Starts the built app (the standalone server, as `npm start` does) on a throwaway database for browser tests and benchmarks. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminSql, databaseUrl, postgresReachable } from '../../tests/pg';

export type AppServer = {
  baseUrl: string;
  port: number;
  databaseUrl: string | null;
  /** The server's process id (its CPU time is read from /proc by bench:pages). */
  pid: number;
  /** Ends the server (SIGTERM, then SIGKILL after 10 s) and resolves once it has exited and its port is free. */
  stop(): Promise<void>;
};

export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID') && existsSync('.next/standalone/server.js')) return;
  console.info('no production build found, running next build');
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/**
 * The standalone server as a deployment has it: `.next/standalone` copied outside the repository (once per build),
 * so a module the build did not trace fails here as on a server, instead of being found in the repository's
 * node_modules above it (a PDF notice could not be read in a deployed copy while every test passed). Returns the
 * copy's server.js.
 */
function deployedServer(): string {
  const build = readFileSync('.next/BUILD_ID', 'utf8').trim();
  const dir = join(tmpdir(), `steering-deployed-${build}`);
  if (!existsSync(join(dir, 'server.js'))) {
    // Older copies go, but only stale ones: another checkout's run on this machine (a second CI, a developer's e2e)
    // may be serving from its copy right now, and removing it made that run's pages fail to load their chunks.
    const stale = Date.now() - 6 * 60 * 60 * 1000;
    for (const old of readdirSync(tmpdir()).filter((d) => d.startsWith('steering-deployed-')))
      if ((statSync(join(tmpdir(), old), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < stale)
        rmSync(join(tmpdir(), old), { recursive: true, force: true });
    const partial = `${dir}.partial-${process.pid}`;
    cpSync('.next/standalone', partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, dir);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another run made it meanwhile
    }
  }
  return join(dir, 'server.js');
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

/** Whether something accepts connections on the port (a stopped server's port is free again). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}

/**
 * Starts the standalone server (what `npm start` runs) on the port. Each server gets its own random AUTH_SECRET and an empty STORAGE_DIR
 * unless `env` sets them: several servers of one deployment must share both (scripts/test-cluster.ts).
 */
export async function startApp(options: {
  port: number;
  databaseUrl: string | null;
  env?: Record<string, string>;
  quiet?: boolean;
  /** Appends the server's standard output (its JSON log lines) to this file. */
  logFile?: string;
  /** Options for node itself (`--cpu-prof`). */
  nodeArgs?: string[];
}): Promise<AppServer> {
  ensureBuild();
  // An old server still on the port would answer the readiness check below in place of this one.
  if (await portInUse(options.port)) throw new Error(`port ${options.port} is already in use`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_TRUST_HOST: 'true',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HOSTNAME: '127.0.0.1',
    // Request lines would drown the test output; warnings and errors still show.
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    PORT: String(options.port),
    ...options.env,
    AUTH_SECRET: options.env?.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    STORAGE_DIR: options.env?.STORAGE_DIR ?? mkdtempSync(join(tmpdir(), 'steering-files-')),
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR ??= join(mkdtempSync(join(tmpdir(), 'steering-app-')), 'pglite');
  }
  const server = spawn(process.execPath, [...(options.nodeArgs ?? []), deployedServer()], {
    env,
    stdio: [
      'ignore',
      options.logFile ? openSync(options.logFile, 'a') : options.quiet ? 'ignore' : 'inherit',
      'inherit',
    ],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, name);
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      signal('SIGTERM');
      const kill = setTimeout(() => signal('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    // `next start` runs the server in a child process of the same group: wait until the port is released.
    for (let i = 0; i < 50 && (await portInUse(options.port)); i++) await new Promise((r) => setTimeout(r, 200));
  };
  try {
    await waitForServer(server, `${baseUrl}/sign-in`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port: options.port, databaseUrl: options.databaseUrl, pid: server.pid!, stop };
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
