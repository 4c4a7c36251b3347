import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { builtOnce } from './built-once';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('statements built once', () => {
  it('write what drizzle writes for the same values: null stays SQL null, objects as JSON, in or out of a transaction', async () => {
    const actor = await actorFor(h.db, { role: 'secretariat' });
    const entry = (action: string, before: unknown) => ({
      actor,
      action,
      entityType: 'test',
      entityId: 7,
      before,
      after: { nested: { list: [1, 'hai'] }, at: '2026-12-04' },
    });
    // One row goes by the statement built once, a list by drizzle's builder.
    await writeAudit(h.db, entry('test.once', null));
    await h.db.transaction((tx) => writeAudit(tx, entry('test.once.tx', { was: true })));
    await writeAudit(h.db, [entry('test.built', null), entry('test.built.tx', { was: true })]);
    const rows = await h.db
      .select({
        action: auditEntries.action,
        actorUserId: auditEntries.actorUserId,
        actorRole: auditEntries.actorRole,
        actorAgencyId: auditEntries.actorAgencyId,
        entityType: auditEntries.entityType,
        entityId: auditEntries.entityId,
        before: auditEntries.before,
        after: auditEntries.after,
        ip: auditEntries.ip,
        beforeIsNull: sql<boolean>`${auditEntries.before} is null`,
      })
      .from(auditEntries)
      .where(sql`${auditEntries.action} like 'test.%'`)
      .orderBy(auditEntries.id);
    const byAction = new Map(rows.map(({ action, ...rest }) => [action, rest]));
    expect(byAction.get('test.once')).toEqual(byAction.get('test.built'));
    expect(byAction.get('test.once.tx')).toEqual(byAction.get('test.built.tx'));
    expect(byAction.get('test.once')).toMatchObject({ beforeIsNull: true, entityId: '7', actorUserId: actor.userId });
    expect(byAction.get('test.once.tx')).toMatchObject({ before: { was: true }, beforeIsNull: false });
  });

  it('read rows as drizzle maps them, with the values given on each call', async () => {
    const read = builtOnce((d) =>
      d
        .select({ id: auditEntries.id, createdAt: auditEntries.createdAt, after: auditEntries.after })
        .from(auditEntries)
        .where(eq(auditEntries.action, sql.placeholder('action'))),
    );
    const direct = (action: string) =>
      h.db
        .select({ id: auditEntries.id, createdAt: auditEntries.createdAt, after: auditEntries.after })
        .from(auditEntries)
        .where(eq(auditEntries.action, action));
    for (const action of ['test.once', 'test.built.tx', 'nothing'])
      expect(await read(h.db, { action })).toEqual(await direct(action));
    const [row] = await h.db.transaction((tx) => read(tx, { action: 'test.once' }));
    expect(row!.createdAt).toBeInstanceOf(Date);
  });
});
