import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { loadSession, loadSessionActor } from './actor';
import { checkSession, endSession, endUserSessions, startSession } from './sessions';

let h: DatabaseHandle;
let userId: number;
const limits = { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 };
const at = (t0: Date, minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  h = await createTestDatabase();
  ({ userId } = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' }));
});
afterAll(() => h.close());

describe('sign-in sessions', () => {
  it('lapse after 30 idle minutes, and activity keeps them alive', async () => {
    const t0 = new Date('2026-12-01T01:00:00Z');
    const sid = await startSession(h.db, userId, '10.0.0.1', t0);
    expect(await checkSession(h.db, sid, userId, at(t0, 29), limits)).toBe(true);
    expect(await checkSession(h.db, sid, userId, at(t0, 55), limits)).toBe(true); // 26 min after the last use
    expect(await checkSession(h.db, sid, userId, at(t0, 86), limits)).toBe(false); // 31 idle minutes
    expect(await checkSession(h.db, sid, userId, at(t0, 87), limits)).toBe(false); // and stays ended
  });

  it('end after 8 hours however active, and never serve another user', async () => {
    const t0 = new Date('2026-12-02T01:00:00Z');
    const sid = await startSession(h.db, userId, null, t0);
    for (let m = 20; m < 8 * 60; m += 20) expect(await checkSession(h.db, sid, userId, at(t0, m), limits)).toBe(true);
    expect(await checkSession(h.db, sid, userId, at(t0, 8 * 60 + 1), limits)).toBe(false);
    const other = await startSession(h.db, userId, null, t0);
    expect(await checkSession(h.db, other, userId + 1, at(t0, 1), limits)).toBe(false);
  });

  it('sign-out, or ending all of a user’s sessions, takes effect on the next request', async () => {
    const now = new Date();
    const a = await startSession(h.db, userId, null, now);
    const b = await startSession(h.db, userId, null, now);
    await endSession(h.db, a);
    expect(await checkSession(h.db, a, userId, now, limits)).toBe(false);
    expect(await checkSession(h.db, b, userId, now, limits)).toBe(true);
    await endUserSessions(h.db, userId);
    expect(await checkSession(h.db, b, userId, now, limits)).toBe(false);
    expect(await checkSession(h.db, 'forged-session-id', userId, now, limits)).toBe(false);
  });

  it('a page reads the session with the actor, in one statement, and applies the same rules', async () => {
    const [user] = await h.db.select().from(users).where(eq(users.id, userId));
    const t0 = new Date();
    const sid = await startSession(h.db, userId, null, t0);
    const load = (id: string, now: Date, over: Partial<{ userId: number; sessionVersion: number }> = {}) =>
      loadSessionActor(h.db, { id, userId, sessionVersion: user!.sessionVersion, ...over }, now);
    expect((await load(sid, at(t0, 5)))?.userId).toBe(userId);
    // Its activity is recorded: 5 + 29 minutes is 29 idle minutes, not 34.
    expect((await load(sid, at(t0, 34)))?.userId).toBe(userId);
    expect(await load(sid, at(t0, 1), { userId: userId + 1 })).toBeNull();
    expect(await load(sid, at(t0, 35), { sessionVersion: user!.sessionVersion + 1 })).toBeNull();
    expect(await load('forged-session-id', at(t0, 35))).toBeNull();
    // 31 idle minutes: refused, and the session is ended for good.
    expect(await load(sid, at(t0, 34 + 31))).toBeNull();
    expect(await checkSession(h.db, sid, userId, at(t0, 34 + 32))).toBe(false);
    const other = await startSession(h.db, userId, null, t0);
    await endSession(h.db, other);
    expect(await load(other, at(t0, 1))).toBeNull();
  });

  it('the page header’s unread count comes with the actor, and only with one', async () => {
    const [user] = await h.db.select().from(users).where(eq(users.id, userId));
    const { userId: otherUser } = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    const note = (who: number, key: string, readAt: Date | null = null) => ({
      userId: who,
      kind: 'test',
      title: key,
      dedupeKey: `unread-${key}`,
      readAt,
    });
    await h.db
      .insert(notifications)
      .values([note(userId, 'a'), note(userId, 'b'), note(userId, 'c', new Date()), note(otherUser, 'd')]);
    const now = new Date();
    const sid = await startSession(h.db, userId, null, now);
    const session = { id: sid, userId, sessionVersion: user!.sessionVersion };
    const before = (await loadSession(h.db, session, now))!;
    expect(before.actor.userId).toBe(userId);
    expect(before.unread).toBe(2);
    await h.db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    expect((await loadSession(h.db, session, now))!.unread).toBe(0);
    await h.db.insert(notifications).values(note(userId, 'e'));
    expect((await loadSession(h.db, session, now))!.unread).toBe(1);
    // A version changed since, or the session ended: nothing, not even the count.
    expect(await loadSession(h.db, { ...session, sessionVersion: user!.sessionVersion + 1 }, now)).toBeNull();
    await endSession(h.db, sid);
    expect(await loadSession(h.db, session, now)).toBeNull();
  });
});
