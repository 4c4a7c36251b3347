import 'server-only';
import type { SQL } from 'drizzle-orm';
import { openFromEnv, type DatabaseHandle, type Db, type DbOrTx } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { log } from '@/lib/log';

/**
 * The process's database: opened once (cached on globalThis so dev reloads share it), migrated, and
 * seeded by the seed that instrumentation.ts registers (seeds/start.ts: reference data, plus the demo when
 * SEED_DEMO is on). lib/ does not import seeds/ (seeds build on lib), so the seed is handed in.
 */
export type StartupSeed = (db: Db) => Promise<void>;
type Cache = { handle?: Promise<DatabaseHandle>; read?: Promise<DatabaseHandle>; seed?: StartupSeed };
const cache = globalThis as unknown as { __steeringDb?: Cache };

/** Sets what runs after the migrations when the process first opens its database (instrumentation.ts). */
export function seedOnStart(seed: StartupSeed): void {
  (cache.__steeringDb ??= {}).seed = seed;
}

async function start(): Promise<DatabaseHandle> {
  const handle = await openFromEnv();
  // With several servers, migrations are a release step (`npm run db:migrate`, docs/deploy.md) and servers
  // start with MIGRATE_ON_START=false; either way the migration lock keeps two from migrating at once.
  const migrated = process.env.MIGRATE_ON_START !== 'false';
  if (migrated) {
    await migrateDatabase(handle);
    await cache.__steeringDb?.seed?.(handle.db);
  }
  log.info({ scope: 'db', driver: handle.driver, migrated }, 'database ready');
  return handle;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (process.env.VITEST) throw new Error('In tests, pass the test database to lib functions explicitly.');
  const c = (cache.__steeringDb ??= {});
  c.handle ??= start().catch((error) => {
    c.handle = undefined;
    throw error;
  });
  return c.handle;
}

/**
 * The database for reports and exports: a read replica when `DATABASE_URL_READ` is set (with PostgreSQL),
 * else the primary. Replicas lag by moments; reports say what day they are counted on, not the second.
 */
export async function resolveReadDb(db?: DbOrTx, env: NodeJS.ProcessEnv = process.env): Promise<Db> {
  if (db) return db as Db;
  if (!env.DATABASE_URL || !env.DATABASE_URL_READ) return resolveDb();
  const c = (cache.__steeringDb ??= {});
  c.read ??= import('@/db/client').then(({ openPostgres }) => openPostgres(env.DATABASE_URL_READ!, { max: 10 }));
  try {
    return (await c.read).db;
  } catch (error) {
    c.read = undefined;
    throw error;
  }
}

/** The database to use: the one given (a test's, or an open transaction) or the process's own. */
export async function resolveDb(db?: DbOrTx): Promise<Db> {
  return (db ?? (await getDatabase()).db) as Db;
}

/** Runs one SQL statement built with drizzle's `sql` and returns its rows, whichever driver is underneath. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
