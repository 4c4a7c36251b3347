import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, users, type Role } from '@/db/schema';
import { can } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor as newActor } from '@/tests/factories';
import { loadActor } from './actor';
import { THROTTLE, authenticate, authenticateSecondFactor } from './sign-in';
import { issueTicket, openSecret, totpCode } from './totp';
import { confirmEnrolment, disableTwoFactor, getTwoFactor, startEnrolment } from './two-factor';
import { inEnglish, refusal } from '@/tests/i18n';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());
afterEach(() => {
  delete process.env.AUTH_TOTP_REQUIRED;
});

/** The actor as the app loads it now (after enrolment). */
async function actorFor(email: string) {
  const [user] = await h.db.select().from(users).where(eq(users.email, email));
  return (await loadActor(h.db, user!.id, user!.sessionVersion))!;
}

/** The email of a new user of the role, who signs in with TEST_PASSWORD (made by the factories). */
async function newUser(role: Role, agencyCode?: string): Promise<string> {
  return (await newActor(h.db, { role, agencyCode, password: TEST_PASSWORD })).email;
}

async function secretOf(email: string): Promise<string> {
  const [user] = await h.db.select().from(users).where(eq(users.email, email));
  return openSecret(user!.totpSecret!);
}

async function enrol(email: string, now: Date): Promise<string> {
  const actor = await actorFor(email);
  await startEnrolment(actor, h.db);
  const secret = await secretOf(email);
  await confirmEnrolment(actor, totpCode(secret, now), h.db, now);
  return secret;
}

const audits = async (action: string) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(eq(auditEntries.action, action))
  )[0]!.n;

describe('two-step sign-in (TOTP)', () => {
  it('enrols only with a code from the secret, then asks for a code at every sign-in and takes each code once', async () => {
    const email = await newUser('agency', 'P-TUYENQUANG');
    const actor = await actorFor(email);
    expect(await getTwoFactor(actor, h.db)).toMatchObject({ state: 'off', required: false });
    await startEnrolment(actor, h.db);
    const pending = await getTwoFactor(actor, h.db);
    expect(pending.state).toBe('pending');
    const secret = pending.state === 'pending' ? pending.secret : '';
    expect(pending.state === 'pending' && pending.qrSvg).toContain('<svg');
    // The stored secret is sealed, not the base32 text.
    const [row] = await h.db.select().from(users).where(eq(users.email, email));
    expect(row!.totpSecret).not.toContain(secret);

    const t0 = new Date('2026-11-30T02:00:00Z');
    const wrong = totpCode(secret, new Date(t0.getTime() + 10 * 60_000));
    expect((await refusal(confirmEnrolment(actor, wrong, h.db, t0))).message).toMatch(/không đúng/);
    const refused = await confirmEnrolment(actor, wrong, h.db, t0).catch((e: Error) => e);
    expect(inEnglish((refused as Error).message)).toBe(
      'The code is wrong or already used. Enter the code your app shows now.',
    );
    expect((await getTwoFactor(actor, h.db)).state).toBe('pending');
    await confirmEnrolment(actor, totpCode(secret, t0), h.db, t0);
    expect((await getTwoFactor(actor, h.db)).state).toBe('on');
    expect(await audits('user.totp_enabled')).toBe(1);

    // The password alone no longer signs in.
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await authenticate(h.db, { email, password: TEST_PASSWORD }, t1)).toEqual({
      ok: false,
      reason: 'second_factor',
    });
    expect(await authenticate(h.db, { email, password: 'wrong' }, t1)).toEqual({ ok: false, reason: 'invalid' });
    const ticket = issueTicket(email, t1);
    const code = totpCode(secret, t1);
    const signedIn = await authenticateSecondFactor(h.db, { ticket, code }, t1);
    expect(signedIn.ok && signedIn.user.email).toBe(email);
    // The same code again (replay) is refused, as is a code from the enrolment's step.
    expect(await authenticateSecondFactor(h.db, { ticket, code }, t1)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticateSecondFactor(h.db, { ticket, code: totpCode(secret, t0) }, t1)).toMatchObject({
      ok: false,
    });
    // A ticket names its account: another account's ticket with this code does nothing.
    const t2 = new Date(t1.getTime() + 60_000);
    const other = issueTicket(await newUser('agency', 'BNV'), t2);
    expect(await authenticateSecondFactor(h.db, { ticket: other, code: totpCode(secret, t2) }, t2)).toMatchObject({
      ok: false,
    });
    // An expired ticket is refused even with the right code.
    const t3 = new Date(t1.getTime() + 6 * 60_000);
    expect(await authenticateSecondFactor(h.db, { ticket, code: totpCode(secret, t3) }, t3)).toMatchObject({
      ok: false,
    });
  });

  it('two servers given one code at once accept it once', async () => {
    const email = await newUser('leader');
    const now = new Date('2026-11-30T03:00:00Z');
    const secret = await enrol(email, now);
    const later = new Date(now.getTime() + 60_000);
    const ticket = issueTicket(email, later);
    const code = totpCode(secret, later);
    // As many as the limit lets be checked at once (attacker pass 26: tries sent together count against each other, so
    // beyond the limit they may all be refused before any code is checked).
    const results = await Promise.all(
      Array.from({ length: THROTTLE.perAccount }, () => authenticateSecondFactor(h.db, { ticket, code }, later)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('wrong codes count as failed sign-ins: past the limit even the right code waits', async () => {
    const email = await newUser('agency', 'VPCP');
    const now = new Date('2026-11-30T04:00:00Z');
    const secret = await enrol(email, now);
    const t = new Date(now.getTime() + 60_000);
    const ticket = issueTicket(email, t);
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      const bad = String((Number(totpCode(secret, t)) + 1 + i) % 1_000_000).padStart(6, '0');
      expect(await authenticateSecondFactor(h.db, { ticket, code: bad }, t)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticateSecondFactor(h.db, { ticket, code: totpCode(secret, t) }, t)).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect(await audits('auth.totp_failed')).toBeGreaterThanOrEqual(THROTTLE.perAccount);
  });

  it('turning it off needs a current code', async () => {
    const email = await newUser('agency', 'BNV');
    const now = new Date('2026-11-30T05:00:00Z');
    const secret = await enrol(email, now);
    const actor = await actorFor(email);
    const later = new Date(now.getTime() + 60_000);
    expect((await refusal(disableTwoFactor(actor, '000000', h.db, later))).message).toMatch(/không đúng/);
    await disableTwoFactor(actor, totpCode(secret, later), h.db, later);
    expect((await getTwoFactor(actor, h.db)).state).toBe('off');
    const r = await authenticate(h.db, { email, password: TEST_PASSWORD }, later);
    expect(r.ok).toBe(true);
  });

  it('when required, administrators and the secretariat can do nothing until they enrol, and cannot turn it off', async () => {
    process.env.AUTH_TOTP_REQUIRED = 'true';
    const adminEmail = await newUser('admin');
    const admin = await actorFor(adminEmail);
    expect(admin.mustEnrolSecondFactor).toBe(true);
    expect(can(admin, 'user.manage')).toBe(false);
    expect(can(admin, 'session.read')).toBe(false);
    const secretariat = await actorFor(await newUser('secretariat'));
    expect(can(secretariat, 'task.assign')).toBe(false);
    expect((await getTwoFactor(secretariat, h.db)).required).toBe(true);
    // Agency heads and leaders are not affected.
    const leader = await actorFor(await newUser('leader'));
    expect(leader.mustEnrolSecondFactor).toBe(false);
    expect(can(leader, 'report.read')).toBe(true);

    const now = new Date('2026-11-30T06:00:00Z');
    const secret = await enrol(adminEmail, now);
    const enrolled = await actorFor(adminEmail);
    expect(enrolled.mustEnrolSecondFactor).toBe(false);
    expect(can(enrolled, 'user.manage')).toBe(true);
    const later = new Date(now.getTime() + 60_000);
    expect((await refusal(disableTwoFactor(enrolled, totpCode(secret, later), h.db, later))).message).toMatch(
      /bắt buộc/,
    );
    const [row] = await h.db
      .select()
      .from(users)
      .where(and(eq(users.email, adminEmail)));
    expect(row!.totpEnabledAt).not.toBeNull();
  });

  it('does not turn on a secret started again while the code was checked (attacker pass 22)', async () => {
    const email = await newUser('agency', 'P-TUYENQUANG');
    const actor = await actorFor(email);
    await startEnrolment(actor, h.db);
    const scanned = await secretOf(email);
    const now = new Date('2026-11-30T02:00:00Z');
    // Enrolment started again (another tab, a copied session cookie) after the code was checked, before it was saved.
    const racing = new Proxy(h.db, {
      get(target, prop) {
        if (prop !== 'transaction') return Reflect.get(target, prop);
        return async (fn: Parameters<typeof target.transaction>[0]) => {
          await startEnrolment(actor, target);
          return target.transaction(fn);
        };
      },
    });
    const refused = await refusal(confirmEnrolment(actor, totpCode(scanned, now), racing, now));
    expect(refused.message).toMatch(/tạo lại ở nơi khác/);
    const [row] = await h.db.select().from(users).where(eq(users.email, email));
    expect(row!.totpEnabledAt).toBeNull();
    expect(await secretOf(email)).not.toBe(scanned);
    // The new secret, once scanned, turns it on.
    await confirmEnrolment(actor, totpCode(await secretOf(email), now), h.db, now);
    expect((await getTwoFactor(await actorFor(email), h.db)).state).toBe('on');
  });
});
