import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, committees, taskUpdates } from '@/db/schema';
import { can, type Actor } from '@/lib/policy';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from './db';
import { authenticate } from '@/lib/auth/sign-in';
import { passwordProblem } from '@/lib/auth/password-rules';
import { TEST_PASSWORD, actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from './factories';
import { inVietnamese } from '@/tests/i18n';

let h: DatabaseHandle;
let secretariat: Actor;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
});
afterAll(() => h.close());

const audited = (action: string, entityId: number) =>
  h.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.action, action), eq(auditEntries.entityId, String(entityId))));

describe('actorFor', () => {
  it('loads a new user of the role as the app does, with a different email each call', async () => {
    const a = await actorFor(h.db, { role: 'leader' });
    const b = await actorFor(h.db, { role: 'leader' });
    expect(a).toMatchObject({ role: 'leader', agencyId: null, agencyScope: [] });
    expect(a.userId).not.toBe(b.userId);
    expect(a.email).not.toBe(b.email);
    expect(a.email).toBe(a.email.toLowerCase());
    expect(can(a, 'report.read')).toBe(can(b, 'report.read'));
    expect(can(secretariat, 'session.manage')).toBe(true);
    expect(can(a, 'session.manage')).toBe(false);
  });

  it('places an agency user in the agency of the code, with its predecessors in scope', async () => {
    const tq = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
    expect(tq.agencyId).toBe(await agencyIdOf(h.db, 'P-TUYENQUANG'));
    expect(tq.agencyName).toMatch(/Tuyên Quang/);
    expect(tq.agencyScope).toContain(await agencyIdOf(h.db, 'P-HAGIANG'));
    const hg = await actorFor(h.db, { role: 'agency', agencyCode: 'P-HAGIANG' });
    expect(hg.agencyEndedOn).not.toBeNull();
  });

  it('makes a user who signs in with the password given, and none who signs in without one', async () => {
    const withPassword = await actorFor(h.db, { role: 'secretariat', password: TEST_PASSWORD });
    const signedIn = await authenticate(h.db, { email: withPassword.email, password: TEST_PASSWORD });
    expect(signedIn.ok && signedIn.user.id).toBe(withPassword.userId);
    expect((await authenticate(h.db, { email: withPassword.email, password: 'Mat-khau-khac-2026!' })).ok).toBe(false);
    expect(passwordProblem(TEST_PASSWORD, withPassword.email)).toBeNull();
    expect((await authenticate(h.db, { email: secretariat.email, password: TEST_PASSWORD })).ok).toBe(false);
  });

  it('refuses an agency user without an agency, and an unknown agency code', async () => {
    await expect(actorFor(h.db, { role: 'agency' })).rejects.toThrow(/agencyCode/);
    await expect(actorFor(h.db, { role: 'agency', agencyCode: 'NO-SUCH' })).rejects.toThrow(/NO-SUCH/);
  });
});

describe('makeSession, makeDirective, makeTask', () => {
  it('creates sessions through createSession, audited, each with the next free number', async () => {
    const s1 = await makeSession(h.db, secretariat);
    const s2 = await makeSession(h.db, secretariat, { title: 'Phiên họp riêng', status: 'planned' });
    const [committee] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    expect(s1).toMatchObject({ committeeId: committee!.id, status: 'held' });
    expect(s2).toMatchObject({ number: s1.number + 1, title: 'Phiên họp riêng', status: 'planned' });
    expect(await audited('session.create', s1.id)).toHaveLength(1);
  });

  it('refuses what createSession refuses (the factory does not bypass the policy)', async () => {
    const leader = await actorFor(h.db, { role: 'leader' });
    await expect(makeSession(h.db, leader)).rejects.toThrow();
  });

  it('creates directives through createDirective, numbered in order and audited', async () => {
    const s = await makeSession(h.db, secretariat);
    const d1 = await makeDirective(h.db, secretariat, s.id);
    const d2 = await makeDirective(h.db, secretariat, s.id, { text: 'Bộ Nội vụ chủ trì rà soát.' });
    const sub = await makeDirective(h.db, secretariat, s.id, { parentId: d2.id });
    expect([d1.ordinal, d2.ordinal, sub.ordinal]).toEqual(['1', '2', '2a']);
    expect(d2).toMatchObject({ sessionId: s.id, text: 'Bộ Nội vụ chủ trì rà soát.' });
    expect(d1.text).not.toBe(sub.text);
    expect(await audited('directive.create', d1.id)).toHaveLength(1);
  });

  it('assigns tasks through assignDirective, with timeline and audit, to the lead and deadline asked', async () => {
    const s = await makeSession(h.db, secretariat);
    const d = await makeDirective(h.db, secretariat, s.id);
    const byDefault = await makeTask(h.db, secretariat, d.id);
    expect(byDefault).toMatchObject({
      directiveId: d.id,
      leadAgencyId: await agencyIdOf(h.db, 'BNV'),
      status: 'not_started',
      deadlineKind: 'dated',
      dueDate: addDays(vnDate(), 30),
      createdById: secretariat.userId,
    });
    const [btp] = await h.db.select().from(agencies).where(eq(agencies.code, 'BTP'));
    const urgent = await makeTask(h.db, secretariat, d.id, { lead: btp!.id, deadline: { kind: 'urgent' } });
    expect(urgent).toMatchObject({ leadAgencyId: btp!.id, deadlineKind: 'urgent', dueDate: null });
    expect(await h.db.select().from(taskUpdates).where(eq(taskUpdates.taskId, urgent.id))).toMatchObject([
      { kind: 'created' },
    ]);
    expect(await audited('task.assign', urgent.id)).toHaveLength(1);
  });

  it('refuses to give new work to an agency that has ended, as assignment does', async () => {
    const s = await makeSession(h.db, secretariat);
    const d = await makeDirective(h.db, secretariat, s.id);
    const refused = await makeTask(h.db, secretariat, d.id, { lead: 'P-HAGIANG' }).catch((e: Error) => e);
    expect(inVietnamese((refused as Error).message)).toMatch(/chấm dứt/);
  });
});
