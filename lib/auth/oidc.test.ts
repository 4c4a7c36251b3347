import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { requestPasswordReset } from '@/lib/users/links';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { inVietnamese, refusal } from '@/tests/i18n';
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
    ).toEqual({ issuer: ISSUER, clientId: 'app', clientSecret: 's', name: 'VNeID' });
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
      issuer: ISSUER,
      ip: '10.0.0.9',
    });
    expect(result.ok && result.user.id).toBe(vpcp.userId);
    const [row] = (await audits('auth.sign_in')).filter((r) => r.entityId === String(vpcp.userId));
    expect(row).toMatchObject({ after: { email: vpcp.email, method: 'oidc', issuer: ISSUER }, ip: '10.0.0.9' });
  });

  it('refuses an email no account has, creates nothing, and audits the refusal', async () => {
    const before = await userCount();
    const result = await admitOidcUser(h.db, { email: 'nobody@ministry.gov.vn', emailVerified: true, issuer: ISSUER });
    expect(result).toEqual({ ok: false, reason: 'unknown' });
    expect(await userCount()).toBe(before);
    const refused = await audits('auth.sso_refused');
    expect(refused.map((r) => r.after)).toContainEqual({
      email: 'nobody@ministry.gov.vn',
      issuer: ISSUER,
      reason: 'unknown',
    });
  });

  it('refuses a disabled account, an email the provider says it has not verified, and no email at all', async () => {
    await h.db.update(users).set({ isActive: false }).where(eq(users.id, thuky.userId));
    expect(await admitOidcUser(h.db, { email: thuky.email, emailVerified: true, issuer: ISSUER })).toEqual({
      ok: false,
      reason: 'unknown',
    });
    await h.db.update(users).set({ isActive: true }).where(eq(users.id, thuky.userId));
    expect(await admitOidcUser(h.db, { email: thuky.email, emailVerified: false, issuer: ISSUER })).toEqual({
      ok: false,
      reason: 'unverified',
    });
    expect(await admitOidcUser(h.db, { email: undefined, emailVerified: true, issuer: ISSUER })).toEqual({
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
    const result = await admitOidcUser(h.db, { email: thuky.email, emailVerified: true, issuer: ISSUER });
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
