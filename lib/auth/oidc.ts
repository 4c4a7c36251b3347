import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { isUniqueViolation } from '@/lib/db-errors';
import { issueTicket } from './totp';

/**
 * Single sign-on through a ministry's OpenID Connect provider (decision 030), configured by environment:
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET and AUTH_OIDC_NAME (the button's label).
 * The provider only says who the person is: they sign in as the EXISTING active account with that email
 * (lower-case); no account is ever created here.
 */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /**
   * AUTH_OIDC_TRUST_EMAIL=true: believe an email the provider gives without `email_verified: true`. Only for a
   * provider whose people cannot set their own address (a ministry's directory); otherwise anyone who registers
   * there with another person's address would sign in as them.
   */
  trustEmail: boolean;
};

/** The provider's id in Auth.js: the callback is `/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = 'oidc';

export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.AUTH_OIDC_NAME?.trim() || 'SSO',
    trustEmail: /^(1|true|yes)$/i.test(env.AUTH_OIDC_TRUST_EMAIL?.trim() ?? ''),
  };
}

/** Whether local passwords sign in (AUTH_PASSWORDS=off turns them off, with single sign-on as the way in). */
export function passwordsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AUTH_PASSWORDS?.trim().toLowerCase() !== 'off';
}

/** Where a refused single sign-on lands: the page that says why (public, under /sign-in). */
export const OIDC_REFUSED_PATH = '/sign-in/refused';

export type OidcAdmission =
  | { ok: true; user: User }
  /** The account has a second factor: the code step of the sign-in page, with this ticket. */
  | { ok: false; reason: 'second_factor'; ticket: string }
  /**
   * No active account has that email; the provider did not vouch for the address (or gave no subject); or the
   * account is bound to another person of the provider (`other_person`).
   */
  | { ok: false; reason: OidcRefusal };

export type OidcRefusal = 'unknown' | 'unverified' | 'other_person';

/** The provider's `sub`: a string of 1–255 characters (OpenID Connect Core 1.0 §2), anything else is none. */
function subjectOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 255 ? value : null;
}

/**
 * Decides who a person the provider signed in is: the active account whose email is theirs (lower-case), or a
 * refusal, audited (`auth.sso_refused`, with the email and the reason; nothing is created). An account with a
 * second factor still gives its code here (decision 030): the provider's sign-in stands for the password.
 *
 * The email must be vouched for (`email_verified: true`, unless the deployment trusts the provider's addresses),
 * and the account is bound to the provider's person (issuer and `sub`) at its first sign-on: later sign-ons by
 * another person who gives the same email are refused (attacker pass 28; "nOAuth").
 */
export async function admitOidcUser(
  db: DbOrTx,
  input: {
    email: unknown;
    emailVerified: unknown;
    subject: unknown;
    issuer: string;
    trustEmail?: boolean;
    ip?: string | null;
  },
): Promise<OidcAdmission> {
  const ip = input.ip ?? null;
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 320) : '';
  const subject = subjectOf(input.subject);
  const refuse = async (reason: OidcRefusal, user?: User): Promise<OidcAdmission> => {
    await writeAudit(db, {
      actor: null,
      action: 'auth.sso_refused',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email, issuer: input.issuer, reason, ...(subject ? { subject } : {}) },
      ip,
    });
    return { ok: false, reason };
  };
  const vouched = input.emailVerified === true || input.emailVerified === 'true' || input.trustEmail === true;
  if (!email || !subject || !vouched) return refuse('unverified');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || !user.isActive) return refuse('unknown', user);
  const bound = user.oidcSubject !== null;
  if (bound && (user.oidcIssuer !== input.issuer || user.oidcSubject !== subject)) return refuse('other_person', user);
  if (user.totpEnabledAt) {
    await writeAudit(db, {
      actor: null,
      action: 'auth.sso_ok',
      entityType: 'user',
      entityId: user.id,
      after: { email, issuer: input.issuer },
      ip,
    });
    return { ok: false, reason: 'second_factor', ticket: issueTicket(user.email) };
  }
  if (!bound) {
    // Bound once: a second sign-on racing this one, or this person already bound to another account (the
    // provider changed their email), binds nothing and is refused.
    const taken = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.oidcIssuer, input.issuer), eq(users.oidcSubject, subject)));
    if (taken.length > 0) return refuse('other_person', user);
    const set = await db
      .update(users)
      .set({ oidcIssuer: input.issuer, oidcSubject: subject })
      .where(and(eq(users.id, user.id), isNull(users.oidcSubject)))
      .returning({ id: users.id })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return [];
        throw error;
      });
    if (set.length === 0) return refuse('other_person', user);
  }
  await writeAudit(db, {
    actor: null,
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
    after: { email, method: 'oidc', issuer: input.issuer, ...(bound ? {} : { bound: true }) },
    ip,
  });
  return { ok: true, user };
}
