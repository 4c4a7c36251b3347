import { Socket } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { auditEntries } from '@/db/schema';
import { queryRows } from '@/lib/db';
import { createTestDatabase } from '@/tests/db';

let h: DatabaseHandle & { url?: string };
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

/** What a transaction of the API write looks like: a statement, then a large row and a read sent together. */
async function transaction(d: DatabaseHandle['db'], action: string, fail = false) {
  return d.transaction(async (tx) => {
    const read = () => queryRows<{ id: string }>(tx, sql`select txid_current()::text as id, ${action}::text as a`);
    const [first] = await read();
    // The insert (over 1 KB) is started first, so it reaches the connection first; the read is sent behind it.
    const inserted = tx
      .execute(
        sql`insert into ${auditEntries} (actor_role, action, entity_type, after)
          values ('system', ${action}, 'test', ${JSON.stringify({ pad: 'x'.repeat(3000) })}::jsonb)`,
      )
      .then(() => null);
    const [[second]] = await Promise.all([read(), inserted]);
    if (fail) await tx.execute(sql`select 1 / ${0}::int`);
    return [first!.id, second!.id];
  });
}

describe('transactions on PostgreSQL (patches/postgres+3.4.9.patch, issue 21)', () => {
  it('run the statements sent with BEGIN inside the transaction: one transaction id, and a failure undoes them', async () => {
    const [a, b] = await transaction(h.db, 'test.pipeline.ok');
    expect(a).toBe(b);
    await expect(transaction(h.db, 'test.pipeline.failed', true)).rejects.toThrow();
    const rows = await h.db
      .select({ action: auditEntries.action })
      .from(auditEntries)
      .where(sql`${auditEntries.action} like 'test.pipeline.%'`);
    expect(rows.map((r) => r.action)).toEqual(['test.pipeline.ok']);
    // The connections are usable after the failure, in and out of a transaction.
    const [again] = await transaction(h.db, 'test.pipeline.after');
    expect(again).toMatch(/^\d+$/);
    expect(await h.db.select().from(auditEntries).where(eq(auditEntries.action, 'test.pipeline.after'))).toHaveLength(
      1,
    );
  });

  it('send BEGIN with the first statement, and a row over 1 KB with what follows it: two socket writes before COMMIT', async () => {
    // Only postgres.js writes to a socket; PGlite runs in this process (the test above covers it).
    if (h.driver !== 'postgres') return expect(h.driver).toBe('pglite');
    // One connection, so its statements are prepared by the first run and the second is measured as the app runs.
    const one = await openPostgres(h.url!, { max: 1 });
    const write = Socket.prototype.write;
    const writes: number[] = [];
    try {
      await transaction(one.db, 'test.pipeline.warm');
      Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
        if (this.remotePort === Number(new URL(h.url!).port || 5432)) writes.push((args[0] as Buffer).length);
        return write.apply(this, args);
      } as Socket['write'];
      await transaction(one.db, 'test.pipeline.counted');
    } finally {
      Socket.prototype.write = write;
      await one.close();
    }
    // BEGIN and the first statement; the insert and the read; COMMIT. Unpatched: five (BEGIN alone, and the insert
    // written alone as soon as it passed 1 KB, the read after it).
    expect(writes).toHaveLength(3);
    expect(writes[1]).toBeGreaterThan(3000);
  });
});
