import { DEMO_ACCOUNTS } from './demo/accounts';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { adminSql, databaseUrl } from '@/tests/pg';
import { seedDatabase } from '.';
import { AGENCIES } from './reference/agencies';

async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await handle.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await handle.query<{ n: number }>(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = Number(row!.n);
  }
  return counts;
}

async function migrateAndSeedTwice(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  const first = await seedDatabase(handle.db, { demo: true });
  const afterFirst = await rowCounts(handle);
  const second = await seedDatabase(handle.db, { demo: true });
  const afterSecond = await rowCounts(handle);
  return { first, second, afterFirst, afterSecond };
}

const handles: DatabaseHandle[] = [];
/** The PostgreSQL database this file makes: dropped here, since a PGlite run's teardown drops no PostgreSQL database. */
let made: string | null = null;
afterAll(async () => {
  for (const h of handles) await h.close();
  if (made) await adminSql((sql) => sql.unsafe(`drop database if exists ${made} with (force)`));
});

describe('migrations and seeds', () => {
  it('give the same rows on empty PostgreSQL and PGlite, and a second seed changes nothing', async () => {
    const pglite = await openPglite(null);
    handles.push(pglite);
    const lite = await migrateAndSeedTwice(pglite);

    const name = `steering_test_${inject('runId')}_empty`;
    await adminSql((sql) => sql.unsafe(`create database ${name}`));
    made = name;
    const pg = await openPostgres(databaseUrl(name), { max: 2 });
    handles.push(pg);
    const real = await migrateAndSeedTwice(pg);

    for (const run of [lite, real]) {
      expect(run.first.demoCreated).toBe(true);
      expect(run.first.accountsCreated.length).toBe(DEMO_ACCOUNTS.length);
      expect(run.second).toEqual({ demoCreated: false, accountsCreated: [] });
      expect(run.afterSecond).toEqual(run.afterFirst);
    }
    expect(real.afterFirst).toEqual(lite.afterFirst);
    expect(real.afterFirst.tasks).toBeGreaterThan(0);
    expect(real.afterFirst.agencies).toBe(AGENCIES.length);
    expect(real.afterFirst.reform_areas).toBe(6);
  }, 120_000);
});
