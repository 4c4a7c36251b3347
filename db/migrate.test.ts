import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { expectedMigrations } from '@/lib/health';
import { usingPostgres } from '@/tests/db';
import { adminSql, databaseUrl } from '@/tests/pg';
import { MIGRATION_LOCK_KEY, migrateDatabase } from './migrate';

const name = `steering_migrate_${process.pid}`;
const handles: DatabaseHandle[] = [];
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
  if (usingPostgres()) await adminSql((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
});

describe.runIf(usingPostgres())('migrations as a release step', () => {
  it('four servers migrating an empty database at once apply each migration once', async () => {
    await adminSql((sql) => sql.unsafe(`create database ${name}`));
    for (let i = 0; i < 4; i++) handles.push(await openPostgres(databaseUrl(name), { max: 2 }));
    await Promise.all(handles.map((h) => migrateDatabase(h)));
    const rows = await handles[0]!.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations');
    expect(rows).toHaveLength(expectedMigrations().count);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    // The lock is released afterwards.
    const held = await handles[0]!.query<{ n: number }>(
      `select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = $1`,
      [MIGRATION_LOCK_KEY % 2 ** 32],
    );
    expect(held[0]!.n).toBe(0);
  });

  it('waits while another holds the lock', async () => {
    const holder = await openPostgres(databaseUrl(name), { max: 1 });
    handles.push(holder);
    await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    let done = false;
    const run = migrateDatabase(handles[1]!).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 500));
    expect(done).toBe(false);
    await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await run;
    expect(done).toBe(true);
  });
});
