import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { logRefusal, writeAudit } from './audit';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('the audit trail', () => {
  it('is append-only in the database: rows can be added, never changed, deleted or truncated', async () => {
    const actor = await actorFor(h.db, { role: 'secretariat' });
    await writeAudit(h.db, { actor, action: 'test.append', entityType: 'test', entityId: 1, after: { ok: true } });
    const [row] = await h.db.select().from(auditEntries).where(eq(auditEntries.action, 'test.append'));
    expect(row).toMatchObject({
      actorUserId: actor.userId,
      actorRole: 'secretariat',
      entityId: '1',
      after: { ok: true },
    });
    expect(row!.createdAt).toBeInstanceOf(Date);

    /** The database's own refusal (drizzle wraps it as the cause). */
    const refusal = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return (error?.cause ?? error)?.message;
    };
    const refused = /^audit entries are append-only: (UPDATE|DELETE|TRUNCATE) refused$/;
    const forge = h.db.update(auditEntries).set({ action: 'forged' }).where(eq(auditEntries.id, row!.id));
    expect(await refusal(forge)).toMatch(refused);
    expect(await refusal(h.db.delete(auditEntries).where(eq(auditEntries.id, row!.id)))).toMatch(refused);
    expect(await refusal(h.db.execute(sql`truncate audit_entries`))).toMatch(refused);
    const [still] = await h.db.select().from(auditEntries).where(eq(auditEntries.id, row!.id));
    expect(still!.action).toBe('test.append');
  });
});

describe('refusals', () => {
  it('are logged with who tried and what said no', async () => {
    const actor = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
    await logRefusal(h.db, { actor, what: 'permission user.manage', reason: 'forbidden: user.manage' });
    const [row] = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'access.refused'), eq(auditEntries.actorUserId, actor.userId)));
    expect(row).toMatchObject({
      actorUserId: actor.userId,
      actorRole: 'agency',
      actorAgencyId: actor.agencyId,
      entityType: 'action',
      entityId: 'permission user.manage',
    });
  });
});
