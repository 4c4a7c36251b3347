import type { TestProject } from 'vitest/node';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite, openPostgres } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seeds';
import { adminSql, databaseUrl, postgresReachable } from './pg';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of a migrated and seeded template database, or null to use PGlite. */
    templateDb: string | null;
    /** Without PostgreSQL: a file holding the same template as a PGlite data directory (gzip tarball). */
    pgliteTemplate: string | null;
    runId: string;
  }
}

/**
 * Creates one throwaway database per run, migrated and seeded, as a template; each test file copies
 * it (CREATE DATABASE … TEMPLATE), or, without PostgreSQL, loads a dump of the same made on PGlite.
 * Everything made by this run is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid}`;
  project.provide('runId', runId);
  if (!(await postgresReachable())) {
    // Migrating and seeding PGlite takes seconds; each file loads this dump instead (about a second).
    const handle = await openPglite(null);
    await migrateDatabase(handle);
    await seedDatabase(handle.db, { demo: true });
    const file = join(tmpdir(), `steering-pglite-template-${runId}.tar.gz`);
    writeFileSync(file, await handle.dumpDataDir!());
    await handle.close();
    project.provide('templateDb', null);
    project.provide('pgliteTemplate', file);
    return () => rmSync(file, { force: true });
  }
  project.provide('pgliteTemplate', null);
  const template = `steering_test_${runId}`;
  await adminSql((sql) => sql.unsafe(`create database ${template}`));
  const handle = await openPostgres(databaseUrl(template), { max: 1 });
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: true });
  await handle.close();
  project.provide('templateDb', template);
  return async () => {
    await adminSql(async (sql) => {
      const rows = await sql`select datname from pg_database where datname like ${`steering_test_${runId}%`}`;
      for (const r of rows) await sql.unsafe(`drop database if exists "${r.datname}" with (force)`);
    });
  };
}
