import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: lib functions accept either. */
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  driver: 'postgres' | 'pglite';
  /** PostgreSQL only: the connection string (migrations open their own single connection to it). */
  url?: string;
  /** Runs SQL text with parameters and returns rows, whichever driver is underneath. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Embedded database only: the whole data folder as a gzipped tar (the embedded mode's backup). */
  dumpDataDir?(): Promise<Uint8Array>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = join(process.cwd(), 'db', 'migrations');
export const DEFAULT_PGLITE_DIR = join(process.cwd(), '.data', 'pglite');

type Sql = import('postgres').Sql;

/**
 * The client drizzle talks through, with its statements prepared. postgres.js prepares its tagged-template
 * queries but not `unsafe` ones, which is how drizzle sends every query; and an unprepared query with parameters
 * costs two round trips (describe, then execute) where a prepared one costs one after its first use on a
 * connection (issue 21: the socket writes were 12% of an API read's CPU). Transactions and savepoints get the
 * same client. postgres.js keeps each connection's statements until the connection is recycled.
 */
function preparing<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === 'unsafe')
        return (query: string, args: unknown[] = [], options: Record<string, unknown> = {}) =>
          target.unsafe(query, args as never[], {
            ...options,
            // drizzle asks for `prepare: false` unless a query is named.
            prepare: Array.isArray(args) && args.length > 0,
          });
      if (prop === 'begin' || prop === 'savepoint')
        return (...a: unknown[]) => {
          const callback = a.pop() as (tx: Sql) => unknown;
          const open = Reflect.get(target, prop, target) as (...x: unknown[]) => unknown;
          return open.apply(target, [...a, (tx: Sql) => callback(preparing(tx))]);
        };
      return Reflect.get(target, prop, receiver);
    },
  });
}

/** Opens PostgreSQL through postgres.js; `onStatement` hears each statement's text as it is sent (tests count them). */
export async function openPostgres(
  url: string,
  options: { max?: number; onStatement?: (text: string) => void } = {},
): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { TimeZone: 'UTC', application_name: 'steering' },
    ...(options.onStatement ? { debug: (_c: number, text: string) => options.onStatement!(text) } : {}),
  });
  const db = drizzle(preparing(client), { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    url,
    query: async <T>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params as never[])) as unknown as T[],
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens the embedded PostgreSQL (PGlite) in `dataDir`, or in memory when `dataDir` is null. */
export async function openPglite(
  dataDir: string | null,
  options: { loadDataDir?: Uint8Array } = {},
): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  if (dataDir) {
    const dir = resolve(dataDir);
    mkdirSync(dirname(dir), { recursive: true });
    release = acquireDataDirLock(dir);
  }
  try {
    const client = await PGlite.create(dataDir ? resolve(dataDir) : undefined, {
      extensions: { pg_trgm, unaccent },
      ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir as BlobPart]) } : {}),
    });
    await client.exec(`SET TIME ZONE 'UTC'`);
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      dumpDataDir: async () => new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** One driver chosen from the environment: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export function openFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseHandle> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
}
