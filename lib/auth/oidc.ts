import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { issueTicket } from './totp';

/**
 * Single sign-on through a ministry's OpenID Connect provider (decision 030), configured by environment:
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET and AUTH_OIDC_NAME (the button's label).
 * The provider only says who the person is: they sign in as the EXISTING active account with that email
 * (lower-case); no account is ever created here.
 */
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

/** The provider's id in Auth.js: the callback is `/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = 'oidc';

export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.AUTH_OIDC_NAME?.trim() || 'SSO' };
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
  /** No active account has that email, or the provider did not vouch for the address. */
  | { ok: false; reason: 'unknown' | 'unverified' };

/**
 * Decides who a person the provider signed in is: the active account whose email is theirs (lower-case), or a
 * refusal, audited (`auth.sso_refused`, with the email and the reason; nothing is created). An account with a
 * second factor still gives its code here (decision 030): the provider's sign-in stands for the password.
 */
export async function admitOidcUser(
  db: DbOrTx,
  input: { email: unknown; emailVerified: unknown; issuer: string; ip?: string | null },
): Promise<OidcAdmission> {
  const ip = input.ip ?? null;
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 320) : '';
  const refuse = async (reason: 'unknown' | 'unverified', user?: User): Promise<OidcAdmission> => {
    await writeAudit(db, {
      actor: null,
      action: 'auth.sso_refused',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email, issuer: input.issuer, reason },
      ip,
    });
    return { ok: false, reason };
  };
  // A provider that says in so many words that it has not checked the address is not believed about it.
  if (!email || input.emailVerified === false || input.emailVerified === 'false') return refuse('unverified');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || !user.isActive) return refuse('unknown', user);
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
  await writeAudit(db, {
    actor: null,
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
    after: { email, method: 'oidc', issuer: input.issuer },
    ip,
  });
  return { ok: true, user };
}
