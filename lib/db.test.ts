import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, usingPostgres } from '@/tests/db';
import { queryRows, resolveReadDb } from './db';

let replica: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
beforeAll(async () => {
  if (usingPostgres()) replica = await createTestDatabase();
});
afterAll(async () => {
  const cached = (globalThis as { __steeringDb?: { read?: Promise<{ close(): Promise<void> }> } }).__steeringDb?.read;
  await (await cached)?.close();
  await replica?.close();
});

describe.runIf(usingPostgres())('the read replica', () => {
  it('is what reports read when DATABASE_URL_READ is set', async () => {
    await replica!.db.execute(sql`create table replica_marker (x int)`);
    const db = await resolveReadDb(undefined, {
      DATABASE_URL: 'postgres://primary.invalid/steering',
      DATABASE_URL_READ: replica!.url!,
    } as unknown as NodeJS.ProcessEnv);
    const rows = await queryRows<{ t: string | null }>(db, sql`select to_regclass('replica_marker')::text as t`);
    expect(rows[0]!.t).toBe('replica_marker');
    // A database given explicitly (a test's, a transaction) always wins.
    expect(await resolveReadDb(replica!.db)).toBe(replica!.db);
  });
});
