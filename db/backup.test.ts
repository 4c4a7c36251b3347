import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vnDate } from '@/lib/time';
import { seedDatabase } from '@/seeds';
import { generateWorkload } from '@/seeds/workload';
import { adminSql, databaseUrl } from '@/tests/pg';
import { createTestDatabase, usingPostgres } from '@/tests/db';
import { backupPglite, backupPostgres, fingerprint, restorePglite, restorePostgres } from './backup';
import { openPglite, openPostgres } from './client';
import { migrateDatabase } from './migrate';

const folder = () => mkdtempSync(join(tmpdir(), 'steering-backup-'));
const size = { agencies: 12, sessions: 8, directivesPerSession: 3, tasksPerDirective: 5 };

describe('backup and restore', () => {
  it.runIf(usingPostgres())(
    'PostgreSQL: pg_dump, then pg_restore into an empty database, gives every table back row for row',
    async () => {
      const source = await createTestDatabase();
      const name = `steering_restore_${process.pid}_${Date.now().toString(36)}`;
      try {
        await generateWorkload(source, size, { today: vnDate() });
        const before = await fingerprint(source);
        expect(before.tasks!.rows).toBeGreaterThan(200);
        expect(before.audit_entries!.rows).toBeGreaterThan(0);
        const file = join(folder(), 'db.dump');
        await backupPostgres(source.url!, file);
        await adminSql((sql) => sql.unsafe(`create database ${name}`));
        await restorePostgres(databaseUrl(name), file);
        const restored = await openPostgres(databaseUrl(name), { max: 2 });
        try {
          expect(await fingerprint(restored)).toEqual(before);
          // The restored database works: triggers keep the report tallies as writes go on.
          await restored.query(
            `update tasks set status = 'cancelled', cancel_reason = 'x' where id = (select min(id) from tasks where status = 'in_progress')`,
          );
          const [{ n }] = (await restored.query<{ n: number }>(
            `select (select coalesce(sum(n), 0) from task_tallies)::int - (select count(*) from tasks where status <> 'cancelled')::int as n`,
          )) as [{ n: number }];
          expect(n).toBe(0);
        } finally {
          await restored.close();
        }
      } finally {
        await source.close();
        await adminSql((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
      }
    },
    120_000,
  );

  it('embedded database: the data folder as a tar.gz, restored into a new folder, gives every table back', async () => {
    const source = await openPglite(null);
    try {
      await migrateDatabase(source);
      await seedDatabase(source.db, { demo: true });
      await generateWorkload(source, size, { today: vnDate() });
      const before = await fingerprint(source);
      const file = join(folder(), 'db.tar.gz');
      await backupPglite(source, file);
      const target = join(folder(), 'pglite');
      const restored = await restorePglite(file, target);
      try {
        expect(await fingerprint(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
      await expect(restorePglite(file, target)).rejects.toThrow(/exists/);
    } finally {
      await source.close();
    }
  }, 120_000);
});
