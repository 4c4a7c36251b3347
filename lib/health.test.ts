import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestDatabase } from '@/tests/db';
import { expectedMigrations, readiness } from './health';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('readiness', () => {
  it('is ready when every migration of this build is applied, and says so when one is missing', async () => {
    const expected = expectedMigrations();
    expect(await readiness(async () => h.db)).toEqual({ ready: true, migrations: expected.count });
    await h.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    expect(await readiness(async () => h.db)).toEqual({
      ready: false,
      reason: 'migrations_pending',
      migrations: { applied: expected.count - 1, expected: expected.count },
    });
  });

  it('is not ready when the database does not answer', async () => {
    expect(await readiness(async () => Promise.reject(new Error('ECONNREFUSED')))).toEqual({
      ready: false,
      reason: 'database_unreachable',
    });
    expect(await readiness(() => new Promise(() => {}), 100)).toEqual({ ready: false, reason: 'database_unreachable' });
  });
});
