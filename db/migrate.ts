import type { DatabaseHandle } from './client';
import { MIGRATIONS_FOLDER } from './client';

/** The advisory lock that serializes migrations across servers and release jobs (an arbitrary constant). */
export const MIGRATION_LOCK_KEY = 7_340_032_001;

/**
 * Applies the committed drizzle migrations; the same files serve PostgreSQL and PGlite. On PostgreSQL the
 * migrations run on a connection of their own holding a session advisory lock, so several servers (or a
 * release job and a starting server) never migrate at once: the others wait, then find nothing to do.
 */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.driver === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    if (!handle.url) throw new Error('migrateDatabase: the PostgreSQL handle has no connection string');
    const client = postgres(handle.url, {
      max: 1,
      onnotice: () => {},
      connection: { application_name: 'steering-migrate' },
    });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migrate(drizzle(client), { migrationsFolder });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    } finally {
      await client.end({ timeout: 5 });
    }
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  }
}
