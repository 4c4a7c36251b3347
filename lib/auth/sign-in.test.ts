import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, signInAttempts, users } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor } from '@/tests/factories';
import { loadActor } from './actor';
import { THROTTLE, authenticate } from './sign-in';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('sign-in', () => {
  it('accepts the right password (any case of e-mail) and refuses a wrong one', async () => {
    const { email } = await actorFor(h.db, { role: 'secretariat', password: TEST_PASSWORD });
    const mixedCase = email.charAt(0).toUpperCase() + email.slice(1, 5) + email.slice(5).toUpperCase();
    expect(mixedCase).not.toBe(email);
    const ok = await authenticate(h.db, { email: mixedCase, password: TEST_PASSWORD });
    expect(ok.ok && ok.user.role).toBe('secretariat');
    expect(await authenticate(h.db, { email, password: 'wrong' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await authenticate(h.db, { email: `nobody-${email}`, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('slows down repeated failures: after the limit even the right password waits for the window', async () => {
    const { email } = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', password: TEST_PASSWORD });
    const now = new Date();
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect((await authenticate(h.db, { email, password: `bad-${i}` }, now)).ok).toBe(false);
    }
    // Each refused try is refused; only the first of the window is audited (attacker pass 18).
    for (let i = 0; i < 3; i++)
      expect(await authenticate(h.db, { email, password: TEST_PASSWORD }, now)).toEqual({
        ok: false,
        reason: 'throttled',
      });
    const later = new Date(now.getTime() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect((await authenticate(h.db, { email, password: TEST_PASSWORD }, later)).ok).toBe(true);
    const [audit] = await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(eq(auditEntries.action, 'auth.sign_in_throttled'));
    expect(audit!.n).toBe(1);
  });

  it('counts tries sent at once against each other: no more passwords are checked than the limit (attacker pass 26)', async () => {
    const { email } = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', password: TEST_PASSWORD });
    const now = new Date();
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        authenticate(h.db, { email, password: i === 29 ? TEST_PASSWORD : `bad-${i}`, ip: '203.0.113.77' }, now),
      ),
    );
    const checked = tries.filter((t) => !(!t.ok && t.reason === 'throttled'));
    expect(checked.length).toBeLessThanOrEqual(THROTTLE.perAccount);
    expect(tries.filter((t) => !t.ok && t.reason === 'throttled').length).toBeGreaterThanOrEqual(
      30 - THROTTLE.perAccount,
    );
    const [failed] = await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.sign_in_failed'), sql`${auditEntries.after}->>'email' = ${email}`));
    expect(failed!.n).toBe(checked.filter((t) => !t.ok).length);
    // refused tries leave no row: the lock is not lengthened by them
    const [rows] = await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, email));
    expect(rows!.n).toBe(checked.length);
  });

  it("takes an email of any length without a database error, counted and audited cut to an address's length", async () => {
    const email = `${'a'.repeat(60_000)}@example.gov.vn`;
    expect(await authenticate(h.db, { email, password: 'x', ip: '203.0.113.78' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const [row] = await h.db
      .select({ n: sql<number>`max(length(${signInAttempts.email}))`.mapWith(Number) })
      .from(signInAttempts)
      .where(eq(signInAttempts.ip, '203.0.113.78'));
    expect(row!.n).toBe(320);
  });

  it('five wrong passwords from elsewhere do not keep the owner out from an address they signed in from before (attacker pass 18)', async () => {
    const { email } = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', password: TEST_PASSWORD });
    const office = '198.51.100.10';
    const now = new Date();
    const before = new Date(now.getTime() - 3 * 86_400_000);
    expect((await authenticate(h.db, { email, password: TEST_PASSWORD, ip: office }, before)).ok).toBe(true);
    // Someone who knows the address tries five passwords from another address.
    for (let i = 0; i < THROTTLE.perAccount; i++)
      expect((await authenticate(h.db, { email, password: `doan-${i}`, ip: '203.0.113.66' }, now)).ok).toBe(false);
    // The owner, from the office, signs in; any other address (the guesser's next one) waits for the window.
    expect((await authenticate(h.db, { email, password: TEST_PASSWORD, ip: office }, now)).ok).toBe(true);
    expect(await authenticate(h.db, { email, password: TEST_PASSWORD, ip: '203.0.113.67' }, now)).toEqual({
      ok: false,
      reason: 'throttled',
    });
    // The office's own failures still count: five from there lock it too.
    for (let i = 0; i < THROTTLE.perAccount; i++)
      expect((await authenticate(h.db, { email, password: `nham-${i}`, ip: office }, now)).ok).toBe(false);
    expect(await authenticate(h.db, { email, password: TEST_PASSWORD, ip: office }, now)).toEqual({
      ok: false,
      reason: 'throttled',
    });
  });

  it('audits a locked client address once per window, however many addresses it tries (attacker pass 18)', async () => {
    const ip = '198.51.100.77';
    const now = new Date();
    for (let i = 0; i < THROTTLE.perAddress; i++)
      expect((await authenticate(h.db, { email: `guess-${i}@example.com`, password: 'x', ip }, now)).ok).toBe(false);
    for (let i = 0; i < 10; i++)
      expect(await authenticate(h.db, { email: `more-${i}@example.com`, password: 'x', ip }, now)).toEqual({
        ok: false,
        reason: 'throttled',
      });
    const [audit] = await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.sign_in_throttled'), eq(auditEntries.ip, ip)));
    expect(audit!.n).toBe(1);
  });

  it('locks a disabled user out on the next request, and ends sessions issued before a version bump', async () => {
    const { userId } = await actorFor(h.db, { role: 'leader', password: TEST_PASSWORD });
    const [user] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(await loadActor(h.db, user!.id, user!.sessionVersion)).toMatchObject({ role: 'leader' });
    await h.db.update(users).set({ isActive: false }).where(eq(users.id, user!.id));
    expect(await loadActor(h.db, user!.id, user!.sessionVersion)).toBeNull();
    // With the right password the owner is told the account is disabled; with a wrong one, only that it is wrong.
    expect(await authenticate(h.db, { email: user!.email, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(await authenticate(h.db, { email: user!.email, password: 'not the password' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    await h.db
      .update(users)
      .set({ isActive: true, sessionVersion: user!.sessionVersion + 1 })
      .where(eq(users.id, user!.id));
    expect(await loadActor(h.db, user!.id, user!.sessionVersion)).toBeNull();
    expect(await loadActor(h.db, user!.id, user!.sessionVersion + 1)).not.toBeNull();
  });

  it("gives Tuyên Quang's users the scope of the agencies it succeeded", async () => {
    const { userId } = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
    const [user] = await h.db.select().from(users).where(eq(users.id, userId));
    const actor = await loadActor(h.db, user!.id, user!.sessionVersion);
    const rows = await h.query<{ code: string }>('select code from agencies where id = any($1::int[]) order by code', [
      actor!.agencyScope,
    ]);
    expect(rows.map((r) => r.code)).toEqual(['P-HAGIANG', 'P-TUYENQUANG']);
  });
});
