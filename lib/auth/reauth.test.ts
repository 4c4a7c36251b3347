import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, signInAttempts, users } from '@/db/schema';
import { createApiToken } from '@/lib/api/tokens';
import { createTestDatabase } from '@/tests/db';
import { loadActor } from './actor';
import { hashPassword, NO_PASSWORD, verifyPassword } from './password';
import { changePassword } from './password-rules';
import { enableTwoFactor } from './reauth';
import { authenticate, THROTTLE } from './sign-in';
import { THROTTLED_MESSAGE } from './throttle';
import { openSecret, totpCode } from './totp';
import { confirmEnrolment, disableTwoFactor, getTwoFactor, startEnrolment } from './two-factor';
import { refusal } from '@/tests/i18n';

/**
 * Inside a signed-in session, the current password (changing it, minting an API token) and the second factor's
 * code (turning it off) are throttled and audited as at sign-in: the failures count in the account's window
 * (shared with sign-in), and past the limit even the right answer is refused.
 */
let h: DatabaseHandle;
let counter = 0;
const PASSWORD = 'Mot-mat-khau-rieng-2026';
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

async function newActor() {
  const [bnv] = await h.db.select().from(agencies).where(eq(agencies.code, 'BNV'));
  const [u] = await h.db
    .insert(users)
    .values({
      email: `reauth-${++counter}@test.gov.vn`,
      name: `Người thử ${counter}`,
      role: 'agency',
      agencyId: bnv!.id,
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  return (await loadActor(h.db, u!.id, u!.sessionVersion))!;
}
const auditsOf = async (userId: number, action: string) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, action), eq(auditEntries.actorUserId, userId)))
  )[0]!.n;
const IP = '203.0.113.50';

describe('attempts inside a session', () => {
  it('changing the password: wrong current passwords are counted and audited; past the limit even the right one waits', async () => {
    const actor = await newActor();
    const next = 'Mat-khau-moi-hon-2026!';
    for (let i = 0; i < THROTTLE.perAccount; i++)
      expect((await refusal(changePassword({ actor, current: `sai-${i}`, next, ip: IP }, h.db))).message).toContain(
        'Mật khẩu hiện tại không đúng.',
      );
    expect(await auditsOf(actor.userId, 'auth.reauth_failed')).toBe(THROTTLE.perAccount);
    const attempts = await h.db.select().from(signInAttempts).where(eq(signInAttempts.email, actor.email));
    expect(attempts.map((a) => [a.ip, a.succeeded])).toEqual(Array(THROTTLE.perAccount).fill([IP, false]));
    await expect(changePassword({ actor, current: PASSWORD, next, ip: IP }, h.db)).rejects.toMatchObject({
      message: THROTTLED_MESSAGE,
      fieldErrors: { current: THROTTLED_MESSAGE },
    });
    expect(await auditsOf(actor.userId, 'auth.sign_in_throttled')).toBe(1);
    const [row] = await h.db.select().from(users).where(eq(users.id, actor.userId));
    expect(await verifyPassword(row!.passwordHash, PASSWORD)).toBe(true);
    // The same window as sign-in: the account cannot be signed in to either, until it passes.
    expect(await authenticate(h.db, { email: actor.email, password: PASSWORD })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    const later = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    await changePassword({ actor, current: PASSWORD, next, ip: IP }, h.db, later);
  });

  it('minting an API token: wrong passwords count in the same window', async () => {
    const actor = await newActor();
    // Two failed sign-ins, then three wrong passwords when minting: the limit is reached.
    for (let i = 0; i < 2; i++) await authenticate(h.db, { email: actor.email, password: 'sai' });
    for (let i = 0; i < THROTTLE.perAccount - 2; i++)
      expect(
        (await refusal(createApiToken({ actor, name: 'x', days: 30, password: 'sai', ip: IP }, h.db))).message,
      ).toContain('Mật khẩu hiện tại không đúng.');
    await expect(createApiToken({ actor, name: 'x', days: 30, password: PASSWORD, ip: IP }, h.db)).rejects.toThrow(
      THROTTLED_MESSAGE,
    );
    expect(await auditsOf(actor.userId, 'auth.reauth_failed')).toBe(THROTTLE.perAccount - 2);
  });

  it('turning two-step sign-in off: wrong codes are counted and audited; past the limit even a right code waits', async () => {
    const actor = await newActor();
    await startEnrolment(actor, h.db);
    const [row] = await h.db.select().from(users).where(eq(users.id, actor.userId));
    const secret = openSecret(row!.totpSecret!);
    const t0 = new Date(Date.now() - 120_000);
    await confirmEnrolment(actor, totpCode(secret, t0), h.db, t0);
    const wrong = totpCode(secret, new Date(Date.now() + 10 * 60_000));
    for (let i = 0; i < THROTTLE.perAccount; i++)
      expect((await refusal(disableTwoFactor(actor, wrong, h.db, new Date(), IP))).message).toMatch(
        /Mã xác thực không đúng/,
      );
    expect(await auditsOf(actor.userId, 'auth.totp_failed')).toBe(THROTTLE.perAccount);
    await expect(disableTwoFactor(actor, totpCode(secret, new Date()), h.db, new Date(), IP)).rejects.toThrow(
      THROTTLED_MESSAGE,
    );
    expect((await getTwoFactor(actor, h.db)).state).toBe('on');
    const failures = await h.db
      .select()
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, actor.email), inArray(signInAttempts.succeeded, [false])));
    expect(failures).toHaveLength(THROTTLE.perAccount);
  });

  it('turning two-step sign-in on asks for the current password first: a borrowed session cannot bind the account to another app (attacker pass 18)', async () => {
    const actor = await newActor();
    await startEnrolment(actor, h.db);
    expect(await getTwoFactor(actor, h.db)).toMatchObject({ state: 'pending', askPassword: true });
    const [row] = await h.db.select().from(users).where(eq(users.id, actor.userId));
    const secret = openSecret(row!.totpSecret!);
    const code = totpCode(secret, new Date());
    for (const current of ['', 'sai'])
      expect((await refusal(enableTwoFactor({ actor, code, current, ip: IP }, h.db))).message).toContain(
        'Mật khẩu hiện tại không đúng.',
      );
    expect((await getTwoFactor(actor, h.db)).state).toBe('pending');
    expect(await auditsOf(actor.userId, 'auth.reauth_failed')).toBe(2);
    await enableTwoFactor({ actor, code, current: PASSWORD, ip: IP }, h.db);
    expect((await getTwoFactor(actor, h.db)).state).toBe('on');
    // An account without a password (single sign-on) gives the code only.
    const sso = await newActor();
    await h.db.update(users).set({ passwordHash: NO_PASSWORD }).where(eq(users.id, sso.userId));
    await startEnrolment(sso, h.db);
    expect(await getTwoFactor(sso, h.db)).toMatchObject({ state: 'pending', askPassword: false });
    const [ssoRow] = await h.db.select().from(users).where(eq(users.id, sso.userId));
    await enableTwoFactor(
      { actor: sso, code: totpCode(openSecret(ssoRow!.totpSecret!), new Date()), current: '', ip: IP },
      h.db,
    );
    expect((await getTwoFactor(sso, h.db)).state).toBe('on');
  });
});
