import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seeds';
import { adminSql, databaseUrl } from './pg';

let counter = 0;

/**
 * A private database for one test file, seeded with reference data and the demo: a copy of the
 * run's template on real PostgreSQL, or an in-memory PGlite loaded from the run's PGlite template.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const template = inject('templateDb');
  if (!template) {
    const dump = inject('pgliteTemplate');
    if (dump) return openPglite(null, { loadDataDir: readFileSync(dump) });
    const handle = await openPglite(null);
    await migrateDatabase(handle);
    await seedDatabase(handle.db, { demo: true });
    return handle;
  }
  const name = `${template}_${process.pid}_${++counter}`;
  await adminSql((sql) => sql.unsafe(`create database ${name} template ${template}`));
  const handle = await openPostgres(databaseUrl(name), { max: 5 });
  const close = handle.close;
  return {
    ...handle,
    url: databaseUrl(name),
    close: async () => {
      await close();
      await adminSql((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A private database as a new deployment has it without the demo: migrated, reference data only (no committee, no
 * account, no session). PostgreSQL or PGlite as the run's other databases.
 */
export async function createEmptyTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('templateDb');
  let handle: DatabaseHandle;
  if (!template) handle = await openPglite(null);
  else {
    const name = `${template}_empty_${process.pid}_${++counter}`;
    await adminSql((sql) => sql.unsafe(`create database ${name}`));
    const opened = await openPostgres(databaseUrl(name), { max: 5 });
    const close = opened.close;
    handle = {
      ...opened,
      close: async () => {
        await close();
        await adminSql((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
      },
    };
  }
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: false });
  return handle;
}

export function usingPostgres(): boolean {
  return inject('templateDb') !== null;
}
