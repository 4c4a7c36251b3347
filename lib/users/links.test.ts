import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, emailOutbox, passwordLinks, users } from '@/db/schema';
import { hasPassword } from '@/lib/auth/password';
import { changePassword } from '@/lib/auth/password-rules';
import { checkSession, startSession } from '@/lib/auth/sessions';
import { authenticate } from '@/lib/auth/sign-in';
import type { Actor } from '@/lib/policy';
import { TEST_PASSWORD, actorFor } from '@/tests/factories';
import { createTestDatabase } from '@/tests/db';
import { createAdministrator, hasAdministrator } from './first-admin';
import {
  hashToken,
  inspectLink,
  requestPasswordReset,
  RESET_THROTTLE,
  inviteNewUsers,
  linkToSend,
  sendUserLink,
  setPasswordWithLink,
} from './links';
import { createUser, setUserActive, updateUser } from './mutations';
import { inVietnamese } from '@/tests/i18n';
import { FORGOTTEN_TOKEN } from '@/lib/notifications/link-secrets';
import { deliverOutbox } from '@/lib/notifications/mailer';
import { startSmtpSink } from '@/scripts/lib/smtp-sink';
import { AppError } from '@/lib/errors';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
});
afterAll(() => h?.close());

const NEW_PASSWORD = 'Sông Lô chảy qua Tuyên Quang 2026';
const HOUR = 3_600_000;

/** The token of the latest email to `email`, read from its link as the recipient would. */
async function tokenSentTo(email: string): Promise<string> {
  const [mail] = await h.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  const token = /\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no link emailed to ${email}`);
  return token;
}

const userRow = async (id: number) => (await h.db.select().from(users).where(eq(users.id, id)))[0]!;
const auditsOf = (action: string, userId: number) =>
  h.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.action, action), eq(auditEntries.entityId, String(userId))));

describe('a reset link sent by the administrator', () => {
  it('is emailed once, stored as a hash only, valid 72 hours, audited without the token', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    const now = new Date('2026-03-02T01:00:00Z');
    expect(await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db, now)).toEqual({
      email: target.email,
    });
    const token = await tokenSentTo(target.email);
    const [link, ...more] = await h.db.select().from(passwordLinks).where(eq(passwordLinks.userId, target.userId));
    expect(more).toEqual([]);
    expect(link).toMatchObject({ purpose: 'reset', usedAt: null, revokedAt: null, createdByUserId: admin.userId });
    expect(link!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(link)).not.toContain(token);
    expect(link!.expiresAt.getTime() - now.getTime()).toBe(72 * HOUR);
    const [audit] = await auditsOf('user.reset_sent', target.userId);
    expect(audit?.actorUserId).toBe(admin.userId);
    expect(JSON.stringify(audit)).not.toContain(token);
    // The email is in the recipient's language (Vietnamese by default) and says until when the link works.
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, target.email));
    expect(mail!.subject).toBe('[Theo dõi chỉ đạo] Đặt lại mật khẩu');
    expect(mail!.text).toContain('05/03/2026 08:00');
    expect(mail!.status).toBe('pending');
  });

  it('sets the password once: sessions end, sessionVersion goes up, the link is used, audited', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    expect(await inspectLink(token, h.db)).toEqual({ ok: true, purpose: 'reset', email: target.email });
    const session = await startSession(h.db, target.userId, null);
    const before = await userRow(target.userId);

    expect(await setPasswordWithLink({ token, password: NEW_PASSWORD, ip: '192.0.2.10' }, h.db)).toEqual({
      email: target.email,
    });
    const after = await userRow(target.userId);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await checkSession(h.db, session, target.userId)).toBe(false);
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(true);
    const [link] = await h.db.select().from(passwordLinks).where(eq(passwordLinks.userId, target.userId));
    expect(link!.usedAt).not.toBeNull();
    const [audit] = await auditsOf('user.password_set', target.userId);
    expect(audit).toMatchObject({ ip: '192.0.2.10', after: { purpose: 'reset', linkId: link!.id } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);

    // Single use: the second time changes nothing.
    await expect(setPasswordWithLink({ token, password: `${NEW_PASSWORD} lần hai` }, h.db)).rejects.toThrow(
      'errors.users.links.used',
    );
    expect((await userRow(target.userId)).passwordHash).toBe(after.passwordHash);
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: false, problem: 'used' });
  });

  it('expires after 72 hours (an injected clock)', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    const sent = new Date('2026-04-01T00:00:00Z');
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db, sent);
    const token = await tokenSentTo(target.email);
    const at = (hours: number) => new Date(sent.getTime() + hours * HOUR);
    expect(await inspectLink(token, h.db, at(71.9))).toMatchObject({ ok: true });
    expect(await inspectLink(token, h.db, at(72))).toMatchObject({ ok: false, problem: 'expired' });
    const before = await userRow(target.userId);
    await expect(setPasswordWithLink({ token, password: NEW_PASSWORD }, h.db, at(73))).rejects.toThrow(
      'errors.users.links.expired',
    );
    expect(await userRow(target.userId)).toEqual(before);
  });

  it('a tampered or made-up token is no link, and changes nothing', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    const tampered = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    const before = await userRow(target.userId);
    for (const bad of [tampered, token.slice(0, 42), `${token}A`, '', hashToken(token)]) {
      expect(await inspectLink(bad, h.db)).toMatchObject({ ok: false, problem: 'invalid' });
    }
    await expect(setPasswordWithLink({ token: tampered, password: NEW_PASSWORD }, h.db)).rejects.toThrow(
      'errors.users.links.invalid',
    );
    expect(await userRow(target.userId)).toEqual(before);
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: true });
  });

  it('refuses a weak password and leaves the link usable', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    const refused = (await setPasswordWithLink({ token, password: 'Password123!' }, h.db).catch((e) => e)) as AppError;
    expect(refused.code).toBe('INVALID');
    expect(inVietnamese(refused.fieldErrors.password!)).toContain('phổ biến');
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: true });
  });

  it('a newer link ends the older one', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const first = await tokenSentTo(target.email);
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const second = await tokenSentTo(target.email);
    expect(second).not.toBe(first);
    expect(await inspectLink(first, h.db)).toMatchObject({ ok: false, problem: 'revoked' });
    await setPasswordWithLink({ token: second, password: NEW_PASSWORD }, h.db);
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(true);
  });

  it("an anonymous reset request leaves the administrator's link working, and ends only earlier requested ones (attacker pass 23)", async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const sent = await tokenSentTo(target.email);
    await requestPasswordReset({ email: target.email, ip: '198.51.100.7' }, h.db);
    const requested = await tokenSentTo(target.email);
    await requestPasswordReset({ email: target.email, ip: '198.51.100.7' }, h.db);
    const requestedAgain = await tokenSentTo(target.email);
    expect(await inspectLink(sent, h.db)).toMatchObject({ ok: true });
    expect(await inspectLink(requested, h.db)).toMatchObject({ ok: false, problem: 'revoked' });
    expect(await inspectLink(requestedAgain, h.db)).toMatchObject({ ok: true });
    // Using one ends the others, as before.
    await setPasswordWithLink({ token: sent, password: NEW_PASSWORD }, h.db);
    expect(await inspectLink(requestedAgain, h.db)).toMatchObject({ ok: false });
  });

  it('a disabled user cannot use a link, nor be sent one', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    await setUserActive({ actor: admin, userId: target.userId, active: false }, h.db);
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: false, problem: 'disabled' });
    const before = await userRow(target.userId);
    await expect(setPasswordWithLink({ token, password: NEW_PASSWORD }, h.db)).rejects.toThrow(
      'errors.users.links.disabled',
    );
    expect(await userRow(target.userId)).toEqual(before);
    await expect(sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db)).rejects.toThrow(
      'errors.users.links.userDisabled',
    );
  });

  it('only the administrator sends links', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await expect(sendUserLink({ actor: secretariat, userId: target.userId, purpose: 'reset' }, h.db)).rejects.toThrow();
    await expect(sendUserLink({ actor: admin, userId: 2_000_000_000, purpose: 'reset' }, h.db)).rejects.toThrow(
      'errors.users.links.userNotFound',
    );
    expect(await h.db.select().from(passwordLinks).where(eq(passwordLinks.userId, target.userId))).toEqual([]);
  });

  it('writes the email in the recipient’s language', async () => {
    const target = await actorFor(h.db, { role: 'leader' });
    await h.db.update(users).set({ locale: 'en' }).where(eq(users.id, target.userId));
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'invite' }, h.db);
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, target.email));
    expect(mail!.subject).toBe('[Directive Tracker] Set the password of your account');
    expect(mail!.text).toContain('Dear ');
  });
});

describe('a link’s token in the stored copy of its email (attacker pass 33)', () => {
  // The table keeps a token's hash; the outbox kept the token itself after the email was sent and after the link was
  // used: a live reset link in every copy of the database and on the administrator's outbox page.
  const mailsTo = (email: string) =>
    h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(asc(emailOutbox.id));

  it('is kept while the outbox is how the link reaches its owner, and forgotten once the link is used or ended', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const first = await tokenSentTo(target.email);
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const second = await tokenSentTo(target.email);
    // Without SMTP the administrator reads the emails: the live link's token is there, the ended one's is not.
    await deliverOutbox(h.db, { env: {} as NodeJS.ProcessEnv, limit: 10_000 });
    let [old, live] = await mailsTo(target.email);
    expect(`${old!.text}${old!.html}`).not.toContain(first);
    expect(old!.text).toContain(`/set-password?token=${FORGOTTEN_TOKEN}`);
    expect(live!.status).toBe('kept');
    expect(live!.text).toContain(second);
    expect(live!.html).toContain(second);
    await setPasswordWithLink({ token: second, password: NEW_PASSWORD }, h.db);
    [old, live] = await mailsTo(target.email);
    expect(`${live!.text}${live!.html}`).not.toContain(second);
    expect(live!.html).toContain(`/set-password?token=${FORGOTTEN_TOKEN}`);
    // The rest of the email is as it was.
    expect(live!.subject).toBe('[Theo dõi chỉ đạo] Đặt lại mật khẩu');
    expect(live!.text).toMatch(/^Kính gửi /);
  });

  it('is forgotten as soon as an SMTP server took the email, which carried it', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'invite' }, h.db);
    const token = await tokenSentTo(target.email);
    const sink = await startSmtpSink(20_000 + Math.floor(Math.random() * 20_000));
    try {
      await deliverOutbox(h.db, { env: { ...process.env, SMTP_URL: sink.url }, limit: 10_000 });
      const sent = sink.mails.filter((m) => m.to.includes(target.email));
      expect(sent).toHaveLength(1);
      expect(sent[0]!.data.replace(/=\r\n/g, '')).toContain(token);
    } finally {
      await sink.close();
    }
    const [mail] = await mailsTo(target.email);
    expect(mail!.status).toBe('sent');
    expect(`${mail!.text}${mail!.html}`).not.toContain(token);
    // The link itself still works: only the copy forgot it.
    expect(await inspectLink(token, h.db)).toEqual({ ok: true, purpose: 'invite', email: target.email });
  });
});

describe('the first administrator', () => {
  it('has no password until the invitation link is used', async () => {
    const made = await createAdministrator({ email: ' Quan.Tri@So-Noi-Vu.gov.vn ', name: 'Quản trị viên' }, h.db);
    expect(made.email).toBe('quan.tri@so-noi-vu.gov.vn');
    const user = await userRow(made.userId);
    expect(user).toMatchObject({ role: 'admin', isActive: true, name: 'Quản trị viên' });
    expect(hasPassword(user.passwordHash)).toBe(false);
    expect((await authenticate(h.db, { email: made.email, password: '!unset' })).ok).toBe(false);
    const token = new URL(made.link!.url).searchParams.get('token')!;
    expect(await inspectLink(token, h.db)).toEqual({ ok: true, purpose: 'invite', email: made.email });
    await setPasswordWithLink({ token, password: NEW_PASSWORD }, h.db);
    expect((await authenticate(h.db, { email: made.email, password: NEW_PASSWORD })).ok).toBe(true);
    const [audit] = await auditsOf('user.create', made.userId);
    expect(audit?.after).toMatchObject({ role: 'admin', via: 'admin:create' });
  });

  it('refuses an email that has an account', async () => {
    await expect(createAdministrator({ email: admin.email.toUpperCase(), name: 'Trùng' }, h.db)).rejects.toThrow(
      'errors.users.links.emailTaken',
    );
    await expect(createAdministrator({ email: 'not-an-email', name: 'X' }, h.db)).rejects.toThrow(
      'errors.users.links.emailInvalid',
    );
  });

  it('is missing when no active administrator exists', async () => {
    expect(await hasAdministrator(h.db)).toBe(true);
    const admins = await h.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
    const ids = admins.map((a) => a.id);
    await h.db.update(users).set({ isActive: false }).where(inArray(users.id, ids));
    try {
      expect(await hasAdministrator(h.db)).toBe(false);
    } finally {
      await h.db.update(users).set({ isActive: true }).where(inArray(users.id, ids));
    }
  });
});

describe('"Quên mật khẩu?"', () => {
  const outboxCount = async (email: string) =>
    (
      await h.db
        .select({ n: sql<number>`count(*)::int` })
        .from(emailOutbox)
        .where(eq(emailOutbox.toAddress, email))
    )[0]!.n;

  it('answers the same whether or not the address has an account, and emails only an active one', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    const disabled = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    await setUserActive({ actor: admin, userId: disabled.userId, active: false }, h.db);
    const ip = '198.51.100.1';
    const answers = await Promise.all(
      [target.email.toUpperCase(), 'nobody-here@example.com', disabled.email].map((email) =>
        requestPasswordReset({ email, ip }, h.db),
      ),
    );
    expect(answers).toEqual([undefined, undefined, undefined]);
    expect(await outboxCount(target.email)).toBe(1);
    expect(await outboxCount('nobody-here@example.com')).toBe(0);
    expect(await outboxCount(disabled.email)).toBe(0);
    const token = await tokenSentTo(target.email);
    expect(await inspectLink(token, h.db)).toEqual({ ok: true, purpose: 'reset', email: target.email });
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.reset_requested'), eq(auditEntries.ip, ip)));
    expect(audits).toHaveLength(3);
    expect(audits.map((a) => a.after)).toEqual(
      expect.arrayContaining([
        { email: target.email, sent: true },
        { email: 'nobody-here@example.com', sent: false },
        { email: disabled.email, sent: false },
      ]),
    );
    expect(JSON.stringify(audits)).not.toContain(token);
  });

  it('is throttled per address typed, whether or not it has an account, then again after the window', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    const now = new Date('2026-05-01T02:00:00Z');
    for (const email of [target.email, 'unknown-throttle@example.com']) {
      for (let i = 0; i < RESET_THROTTLE.perEmail; i++) {
        await requestPasswordReset({ email, ip: `203.0.113.${i + 1}` }, h.db, now);
      }
      await expect(requestPasswordReset({ email, ip: '203.0.113.99' }, h.db, now)).rejects.toThrow(
        'errors.users.links.throttled',
      );
    }
    expect(await outboxCount(target.email)).toBe(RESET_THROTTLE.perEmail);
    const throttled = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.reset_throttled'), eq(auditEntries.ip, '203.0.113.99')));
    expect(throttled).toHaveLength(2);
    const later = new Date(now.getTime() + RESET_THROTTLE.windowMinutes * 60_000);
    await requestPasswordReset({ email: target.email, ip: '203.0.113.100' }, h.db, later);
    expect(await outboxCount(target.email)).toBe(RESET_THROTTLE.perEmail + 1);
  });

  it("does not let one client use up an address's requests: its owner, elsewhere, still gets a link (attacker pass 23)", async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    const now = new Date('2026-05-05T02:00:00Z');
    const stranger = '198.51.100.66';
    for (let i = 0; i < RESET_THROTTLE.perEmailFromClient; i++)
      await requestPasswordReset(
        { email: i % 2 ? ` ${target.email.toUpperCase()}` : target.email, ip: stranger },
        h.db,
        now,
      );
    for (let i = 0; i < 20; i++)
      await expect(requestPasswordReset({ email: target.email, ip: stranger }, h.db, now)).rejects.toThrow(
        'errors.users.links.throttled',
      );
    const before = await outboxCount(target.email);
    await requestPasswordReset({ email: target.email, ip: '192.0.2.50' }, h.db, now);
    expect(await outboxCount(target.email)).toBe(before + 1);
  });

  it('is throttled per client address across addresses', async () => {
    const now = new Date('2026-05-02T02:00:00Z');
    const ip = '192.0.2.200';
    for (let i = 0; i < RESET_THROTTLE.perAddress; i++) {
      await requestPasswordReset({ email: `many-${i}@example.com`, ip }, h.db, now);
    }
    await expect(requestPasswordReset({ email: 'one-more@example.com', ip }, h.db, now)).rejects.toThrow(
      'errors.users.links.throttled',
    );
    await requestPasswordReset({ email: 'one-more@example.com', ip: '192.0.2.201' }, h.db, now);
  });

  it('audits the first refused request of a window, not each one a client repeats (attacker pass 18)', async () => {
    const now = new Date('2026-05-03T02:00:00Z');
    const ip = '192.0.2.210';
    const refusals = () =>
      h.db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(auditEntries)
        .where(and(eq(auditEntries.action, 'auth.reset_throttled'), eq(auditEntries.ip, ip)))
        .then(([r]) => r!.n);
    for (let i = 0; i < RESET_THROTTLE.perAddress; i++)
      await requestPasswordReset({ email: `flood-${i}@example.com`, ip }, h.db, now);
    // Past the client's limit: new addresses each time, then one address again and again.
    for (let i = 0; i < 15; i++)
      await expect(
        requestPasswordReset({ email: i < 10 ? `flood-more-${i}@example.com` : 'same@example.com', ip }, h.db, now),
      ).rejects.toThrow('errors.users.links.throttled');
    // One row for the client's first refusal, one for the address typed past its own limit (its 4th try).
    expect(await refusals()).toBe(2);
    // The next window's first refusal is audited again.
    const later = new Date(now.getTime() + RESET_THROTTLE.windowMinutes * 60_000);
    for (let i = 0; i <= RESET_THROTTLE.perAddress + 2; i++)
      await requestPasswordReset({ email: `later-${i}@example.com`, ip }, h.db, later).catch(() => undefined);
    expect(await refusals()).toBe(3);
  });
});

describe('real people (session 17)', () => {
  it('a password with Vietnamese letters is the same typed composed or decomposed (Unikey, a Mac)', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    await setPasswordWithLink(
      { token: await tokenSentTo(target.email), password: NEW_PASSWORD.normalize('NFD') },
      h.db,
    );
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(true);
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD.normalize('NFD') })).ok).toBe(true);
    // A zero-width space pasted with the address is not part of it.
    expect((await authenticate(h.db, { email: `\u200b${target.email}`, password: NEW_PASSWORD })).ok).toBe(true);
  });

  it('setting the password through a link lifts the lock that failed tries put on the account', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    for (let i = 0; i < 5; i++) await authenticate(h.db, { email: target.email, password: 'sai mật khẩu' });
    expect(await authenticate(h.db, { email: target.email, password: 'sai mật khẩu' })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    await setPasswordWithLink({ token: await tokenSentTo(target.email), password: NEW_PASSWORD }, h.db);
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(true);
  });

  it('a link sent before the account was disabled stays void when it is enabled again', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    await setUserActive({ actor: admin, userId: target.userId, active: false }, h.db);
    await setUserActive({ actor: admin, userId: target.userId, active: true }, h.db);
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: false });
    await expect(setPasswordWithLink({ token, password: NEW_PASSWORD }, h.db)).rejects.toThrow();
  });

  it('a reset link asked for before the owner changed the password on the account page no longer works (attacker pass 18)', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', password: TEST_PASSWORD });
    await requestPasswordReset({ email: target.email, ip: '198.51.100.31' }, h.db);
    const token = await tokenSentTo(target.email);
    await changePassword({ actor: target, current: TEST_PASSWORD, next: NEW_PASSWORD }, h.db);
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: false });
    await expect(setPasswordWithLink({ token, password: 'Một mật khẩu khác hẳn 2026' }, h.db)).rejects.toThrow();
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(true);
  });

  it('correcting an invited user’s address ends the invitation sent to the old one and sends it to the new one', async () => {
    const created = await createUser(
      {
        actor: admin,
        fields: { email: 'ksoryduyen@daklak.gov.vn', name: 'Ksor Y Duyên', role: 'secretariat' },
      },
      h.db,
    );
    const old = await tokenSentTo('ksoryduyen@daklak.gov.vn');
    await updateUser(
      {
        actor: admin,
        userId: created.userId,
        fields: { email: 'ksor.yduyen@daklak.gov.vn', name: 'Ksor Y Duyên', role: 'secretariat' },
      },
      h.db,
    );
    expect(await inspectLink(old, h.db)).toMatchObject({ ok: false });
    const fresh = await tokenSentTo('ksor.yduyen@daklak.gov.vn');
    expect(await inspectLink(fresh, h.db)).toEqual({ ok: true, purpose: 'invite', email: 'ksor.yduyen@daklak.gov.vn' });
    expect(await auditsOf('user.invite_sent', created.userId)).toHaveLength(1);
  });
});

describe('with single sign-on only (AUTH_PASSWORDS=off, decision 060)', () => {
  const SSO = {
    AUTH_PASSWORDS: 'off',
    AUTH_OIDC_ISSUER: 'https://dinhdanh.gov.vn',
    AUTH_OIDC_CLIENT_ID: 'theo-doi',
    AUTH_OIDC_CLIENT_SECRET: 'bi-mat',
    AUTH_OIDC_NAME: 'VNeID',
    APP_URL: 'https://chidao.gov.vn',
  } as unknown as NodeJS.ProcessEnv;
  const ssoOnly = () => Object.entries(SSO).forEach(([k, v]) => vi.stubEnv(k, v!));
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const latestMail = async (email: string) =>
    (await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(desc(emailOutbox.id)))[0]!;
  const linksOf = (userId: number) => h.db.select().from(passwordLinks).where(eq(passwordLinks.userId, userId));

  it('a new account is told where to sign in, through which provider, and gets no password link', async () => {
    ssoOnly();
    const created = await createUser(
      { actor: admin, fields: { email: 'hoang.van.thu@backan.gov.vn', name: 'Hoàng Văn Thụ', role: 'leader' } },
      h.db,
    );
    const mail = await latestMail('hoang.van.thu@backan.gov.vn');
    expect(mail.subject).toBe('[Theo dõi chỉ đạo] Tài khoản của bạn đã sẵn sàng');
    expect(mail.text).toContain('Đăng nhập bằng VNeID');
    expect(mail.text).toContain('https://chidao.gov.vn/sign-in');
    expect(mail.text).not.toContain('set-password');
    expect(mail.html).not.toContain('set-password');
    expect(await linksOf(created.userId)).toEqual([]);
    expect(linkToSend(false)).toBe('signIn');
  });

  it('the administrator sends the sign-in invitation to anyone active, and no reset link; an open link ends', async () => {
    const target = await actorFor(h.db, { role: 'leader' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db); // before: passwords on
    const before = await tokenSentTo(target.email);
    ssoOnly();
    expect(linkToSend(true)).toBe('signIn');
    await expect(sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db)).rejects.toThrow(
      'errors.sso.passwordsOff',
    );
    expect((await latestMail(target.email)).text).toContain(before);
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'invite' }, h.db);
    const mail = await latestMail(target.email);
    expect(mail.text).toContain('https://chidao.gov.vn/sign-in');
    expect(mail.text).not.toContain('set-password');
    expect((await linksOf(target.userId)).every((l) => l.revokedAt !== null)).toBe(true);
    const [audit] = await auditsOf('user.invite_sent', target.userId);
    expect(audit?.after).toEqual({ purpose: 'invite', expiresAt: null });
    vi.unstubAllEnvs();
    expect(await inspectLink(before, h.db)).toMatchObject({ ok: false, problem: 'revoked' });
  });

  it('a link sent while passwords were on sets no password once they are off', async () => {
    const target = await actorFor(h.db, { role: 'leader' });
    await sendUserLink({ actor: admin, userId: target.userId, purpose: 'reset' }, h.db);
    const token = await tokenSentTo(target.email);
    ssoOnly();
    await expect(setPasswordWithLink({ token, password: NEW_PASSWORD }, h.db)).rejects.toThrow(
      'errors.sso.passwordsOff',
    );
    vi.unstubAllEnvs();
    expect(await inspectLink(token, h.db)).toMatchObject({ ok: true });
    expect((await authenticate(h.db, { email: target.email, password: NEW_PASSWORD })).ok).toBe(false);
  });

  it('many accounts at once (an import) each get the sign-in invitation, in the recipient’s language', async () => {
    const a = await actorFor(h.db, { role: 'leader' });
    const b = await actorFor(h.db, { role: 'leader' });
    await h.db.update(users).set({ locale: 'en' }).where(eq(users.id, b.userId));
    const rows = await h.db
      .select()
      .from(users)
      .where(inArray(users.id, [a.userId, b.userId]));
    await h.db.transaction((tx) => inviteNewUsers(tx, { users: rows, createdBy: admin }, new Date(), { ...SSO }));
    expect((await latestMail(a.email)).text).toContain('Đăng nhập bằng VNeID');
    expect((await latestMail(b.email)).subject).toBe('[Directive Tracker] Your account is ready');
    expect((await latestMail(b.email)).text).toContain('Sign in with VNeID');
    expect([...(await linksOf(a.userId)), ...(await linksOf(b.userId))]).toEqual([]);
  });

  it('the first administrator gets no link: they sign in through the provider', async () => {
    const made = await createAdministrator({ email: 'qtv.sso@noivu.gov.vn', name: 'Quản trị SSO' }, h.db, new Date(), {
      ...SSO,
    });
    expect(made.link).toBeNull();
    expect(await linksOf(made.userId)).toEqual([]);
  });
});
