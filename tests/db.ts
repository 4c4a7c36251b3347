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

export function usingPostgres(): boolean {
  return inject('templateDb') !== null;
}
