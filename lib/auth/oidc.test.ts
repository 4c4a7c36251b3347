import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { requestPasswordReset } from '@/lib/users/links';
import { unlinkSso, updateUser } from '@/lib/users/mutations';
import { startSession } from './sessions';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { inVietnamese, refusal } from '@/tests/i18n';
import { userSessions } from '@/db/schema';
import { admitOidcUser, oidcSettings, passwordsEnabled } from './oidc';
import { readTicket } from './totp';

const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv;
const ISSUER = 'https://sso.example.gov.vn';

let h: DatabaseHandle;
let vpcp: Actor;
let thuky: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  vpcp = await actorFor(h.db, { role: 'agency', agencyCode: 'VPCP' });
  thuky = await actorFor(h.db, { role: 'secretariat' });
});
afterAll(() => h.close());

const audits = (action: string) =>
  h.db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.action, action))
    .then((rows) => rows);
const userCount = async () => (await h.db.select({ n: count() }).from(users))[0]!.n;

describe('single sign-on settings', () => {
  it('is on only with issuer, client id and secret; passwords stay on unless turned off', () => {
    expect(oidcSettings(env({}))).toBeNull();
    expect(oidcSettings(env({ AUTH_OIDC_ISSUER: ISSUER, AUTH_OIDC_CLIENT_ID: 'app' }))).toBeNull();
    expect(
      oidcSettings(
        env({
          AUTH_OIDC_ISSUER: ISSUER,
          AUTH_OIDC_CLIENT_ID: 'app',
          AUTH_OIDC_CLIENT_SECRET: 's',
          AUTH_OIDC_NAME: 'VNeID',
        }),
      ),
    ).toEqual({ issuer: ISSUER, clientId: 'app', clientSecret: 's', name: 'VNeID', trustEmail: false });
    expect(
      oidcSettings(
        env({
          AUTH_OIDC_ISSUER: ISSUER,
          AUTH_OIDC_CLIENT_ID: 'app',
          AUTH_OIDC_CLIENT_SECRET: 's',
          AUTH_OIDC_TRUST_EMAIL: 'true',
        }),
      )?.trustEmail,
    ).toBe(true);
    expect(passwordsEnabled(env({}))).toBe(true);
    expect(passwordsEnabled(env({ AUTH_PASSWORDS: 'on' }))).toBe(true);
    expect(passwordsEnabled(env({ AUTH_PASSWORDS: 'off' }))).toBe(false);
  });
});

describe('who the provider’s person is', () => {
  it('is the existing active account with that email, whatever its case, audited as a sign-in', async () => {
    const result = await admitOidcUser(h.db, {
      email: `  ${vpcp.email.toUpperCase()} `,
      emailVerified: true,
      subject: 'vpcp-sub',
      issuer: ISSUER,
      ip: '10.0.0.9',
    });
    expect(result.ok && result.user.id).toBe(vpcp.userId);
    const [row] = (await audits('auth.sign_in')).filter((r) => r.entityId === String(vpcp.userId));
    expect(row).toMatchObject({ after: { email: vpcp.email, method: 'oidc', issuer: ISSUER }, ip: '10.0.0.9' });
  });

  it('refuses an email no account has, creates nothing, and audits the refusal', async () => {
    const before = await userCount();
    const result = await admitOidcUser(h.db, {
      email: 'nobody@ministry.gov.vn',
      emailVerified: true,
      subject: 'sub-1',
      issuer: ISSUER,
    });
    expect(result).toEqual({ ok: false, reason: 'unknown' });
    expect(await userCount()).toBe(before);
    const refused = await audits('auth.sso_refused');
    expect(refused.map((r) => r.after)).toContainEqual({
      email: 'nobody@ministry.gov.vn',
      issuer: ISSUER,
      reason: 'unknown',
      subject: 'sub-1',
    });
  });

  it('refuses a disabled account, an email the provider says it has not verified, and no email at all', async () => {
    await h.db.update(users).set({ isActive: false }).where(eq(users.id, thuky.userId));
    expect(
      await admitOidcUser(h.db, { email: thuky.email, emailVerified: true, subject: 'sub-1', issuer: ISSUER }),
    ).toEqual({
      ok: false,
      reason: 'unknown',
    });
    await h.db.update(users).set({ isActive: true }).where(eq(users.id, thuky.userId));
    expect(
      await admitOidcUser(h.db, { email: thuky.email, emailVerified: false, subject: 'sub-1', issuer: ISSUER }),
    ).toEqual({
      ok: false,
      reason: 'unverified',
    });
    expect(
      await admitOidcUser(h.db, { email: undefined, emailVerified: true, subject: 'sub-1', issuer: ISSUER }),
    ).toEqual({
      ok: false,
      reason: 'unverified',
    });
    const rows = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.sso_refused'), eq(auditEntries.entityId, String(thuky.userId))));
    expect(rows).toHaveLength(1);
  });

  it('sends an account with a second factor to the code step, with a ticket for its email', async () => {
    await h.db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, thuky.userId));
    const result = await admitOidcUser(h.db, {
      email: thuky.email,
      emailVerified: true,
      subject: 'sub-1',
      issuer: ISSUER,
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'second_factor') throw new Error('expected the code step');
    expect(readTicket(result.ticket)).toBe(thuky.email);
    const signIns = (await audits('auth.sign_in')).filter((r) => r.entityId === String(thuky.userId));
    expect(signIns).toHaveLength(0);
    expect((await audits('auth.sso_ok')).map((r) => r.entityId)).toContain(String(thuky.userId));
  });
});

describe('with passwords turned off', () => {
  it('refuses to send a reset link', async () => {
    process.env.AUTH_PASSWORDS = 'off';
    try {
      const refused = await refusal(requestPasswordReset({ email: vpcp.email, ip: null }, h.db));
      expect(inVietnamese(refused.message)).toBe('Hệ thống này không dùng mật khẩu: hãy đăng nhập một lần.');
    } finally {
      delete process.env.AUTH_PASSWORDS;
    }
  });
});

describe('the provider’s person the account is bound to (attacker pass 28)', () => {
  const admit = (email: string, subject: unknown, extra: Partial<Parameters<typeof admitOidcUser>[1]> = {}) =>
    admitOidcUser(h.db, { email, emailVerified: true, subject, issuer: ISSUER, ...extra });
  const bindingOf = async (id: number) =>
    (
      await h.db.select({ issuer: users.oidcIssuer, subject: users.oidcSubject }).from(users).where(eq(users.id, id))
    )[0];

  it('does not believe an email the provider does not vouch for, unless the deployment trusts its addresses', async () => {
    const leader = await actorFor(h.db, { role: 'leader' });
    expect(
      await admitOidcUser(h.db, { email: leader.email, emailVerified: undefined, subject: 'l-1', issuer: ISSUER }),
    ).toEqual({ ok: false, reason: 'unverified' });
    expect(await bindingOf(leader.userId)).toEqual({ issuer: null, subject: null });
    const trusted = await admitOidcUser(h.db, {
      email: leader.email,
      emailVerified: undefined,
      subject: 'l-1',
      issuer: ISSUER,
      trustEmail: true,
    });
    expect(trusted.ok && trusted.user.id).toBe(leader.userId);
  });

  it('refuses a sign-on without a subject, or with one that is not a string of at most 255 characters', async () => {
    const leader = await actorFor(h.db, { role: 'leader' });
    for (const subject of [undefined, '', 42, 'x'.repeat(256), ['a']]) {
      expect(await admit(leader.email, subject)).toEqual({ ok: false, reason: 'unverified' });
    }
    expect(await bindingOf(leader.userId)).toEqual({ issuer: null, subject: null });
  });

  it('binds the account at its first sign-on; another person giving the same email is refused after it', async () => {
    const head = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    const first = await admit(head.email, 'person-a');
    expect(first.ok).toBe(true);
    expect(await bindingOf(head.userId)).toEqual({ issuer: ISSUER, subject: 'person-a' });
    expect((await admit(head.email, 'person-a')).ok).toBe(true);
    // Someone registered at the provider with the head's address, or another provider's person.
    expect(await admit(head.email, 'person-b')).toEqual({ ok: false, reason: 'other_person' });
    expect(await admit(head.email, 'person-a', { issuer: 'https://other.example' })).toEqual({
      ok: false,
      reason: 'other_person',
    });
    expect(await bindingOf(head.userId)).toEqual({ issuer: ISSUER, subject: 'person-a' });
    const refused = (await audits('auth.sso_refused')).filter((r) => r.entityId === String(head.userId));
    expect(refused.map((r) => (r.after as { reason: string }).reason)).toEqual(['other_person', 'other_person']);
  });

  it('refuses a person already bound to another account (their email changed at the provider)', async () => {
    const one = await actorFor(h.db, { role: 'leader' });
    const two = await actorFor(h.db, { role: 'leader' });
    expect((await admit(one.email, 'moved-person')).ok).toBe(true);
    expect(await admit(two.email, 'moved-person')).toEqual({ ok: false, reason: 'other_person' });
    expect(await bindingOf(two.userId)).toEqual({ issuer: null, subject: null });
  });

  it('lets go of the binding when the administrator changes the email or unlinks it, ending the sessions', async () => {
    const admin = await actorFor(h.db, { role: 'admin' });
    const person = await actorFor(h.db, { role: 'leader' });
    expect((await admit(person.email, 'old-person')).ok).toBe(true);
    const sid = await startSession(h.db, person.userId, null);
    await expect(refusal(unlinkSso({ actor: person, userId: person.userId }, h.db))).resolves.toBeTruthy();
    await unlinkSso({ actor: admin, userId: person.userId }, h.db);
    expect(await bindingOf(person.userId)).toEqual({ issuer: null, subject: null });
    const [session] = await h.db.select().from(userSessions).where(eq(userSessions.id, sid));
    expect(session!.endedAt).not.toBeNull();
    const [audit] = (await audits('user.sso_unlinked')).filter((r) => r.entityId === String(person.userId));
    expect(audit!.before).toEqual({ oidcIssuer: ISSUER, oidcSubject: 'old-person' });
    const again = await refusal(unlinkSso({ actor: admin, userId: person.userId }, h.db));
    expect(inVietnamese(again.message)).toBe('Tài khoản này chưa gắn với người nào của đăng nhập một lần.');
    // The new identity account binds; then the address is given to someone else, and the binding goes with it.
    expect((await admit(person.email, 'new-person')).ok).toBe(true);
    const [row] = await h.db.select().from(users).where(eq(users.id, person.userId));
    await updateUser(
      {
        actor: admin,
        userId: person.userId,
        fields: {
          name: row!.name,
          email: `moi.${row!.email}`,
          role: 'leader',
          agencyId: null,
          agencyDuty: 'focal_point',
        },
      },
      h.db,
    );
    expect(await bindingOf(person.userId)).toEqual({ issuer: null, subject: null });
  });
});
