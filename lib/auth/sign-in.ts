import 'server-only';
import { withoutControls } from '@/lib/text';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { getDummyHash, hasPassword, verifyPassword } from './password';
import { claimAttempt, recordAttempt, releaseAttempt } from './throttle';
import { readTicket } from './totp';
import { acceptCode } from './two-factor';
import { msg } from '@/lib/i18n/message';

export { THROTTLE } from './throttle';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, { error: msg('validation.invalid', { field: 'fields.email' }) })
    .pipe(z.email({ error: msg('validation.invalid', { field: 'fields.email' }) })),
  password: z
    .string()
    .min(1, { error: msg('validation.required', { field: 'fields.password' }) })
    .max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The second step: the ticket from the password step and the 6-digit code from the authenticator app. */
export const secondFactorSchema = z.object({
  ticket: z.string().min(1).max(500),
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: msg('validation.accounts.codeFormat') })),
});

/** The client's address: see lib/auth/client-address.ts (trusted proxies only). */
export { clientAddress } from './client-address';

export type SignInResult =
  | { ok: true; user: User }
  /**
   * `second_factor`: the password was right and the account has a second factor; the caller issues a
   * ticket (`issueTicket`) for the code step.
   */
  | { ok: false; reason: 'invalid' | 'throttled' | 'second_factor' | 'disabled' };

/** The password step. An account with a second factor gets a ticket for the code step, not a session. */
export async function authenticate(
  db: DbOrTx,
  input: { email: string; password: string; ip?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = withoutControls(input.email).trim().toLowerCase();
  const ip = input.ip ?? null;
  const claim = await claimAttempt(db, email, ip, now);
  if (claim === null) return { ok: false, reason: 'throttled' };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  // An account without a password yet (an invitation) is checked against the dummy hash too: same time, no match.
  const right =
    user && hasPassword(user.passwordHash)
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await getDummyHash(), input.password).then(() => false);
  const ok = right && !!user?.isActive;

  if (ok && user?.totpEnabledAt) {
    await releaseAttempt(db, claim);
    await writeAudit(db, { actor: null, action: 'auth.password_ok', entityType: 'user', entityId: user.id, ip });
    return { ok: false, reason: 'second_factor' };
  }
  await recordAttempt(db, { claim, email, ip, ok, user, action: ok ? 'auth.sign_in' : 'auth.sign_in_failed' });
  if (ok && user) return { ok: true, user };
  // The right password of a disabled account: its owner is told it is disabled (told "wrong password", they tried
  // again until locked out). Only someone who knows the password learns it.
  return { ok: false, reason: right ? 'disabled' : 'invalid' };
}

/** The code step. A wrong code counts as a failed sign-in of the account; a code is accepted once. */
export async function authenticateSecondFactor(
  db: DbOrTx,
  input: { ticket: string; code: string; ip?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = readTicket(input.ticket, now);
  const ip = input.ip ?? null;
  if (!email) return { ok: false, reason: 'invalid' };
  const claim = await claimAttempt(db, email, ip, now);
  if (claim === null) return { ok: false, reason: 'throttled' };
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = !!user && user.isActive && (await acceptCode(db, user, input.code, now));
  await recordAttempt(db, { claim, email, ip, ok, user, action: ok ? 'auth.sign_in' : 'auth.totp_failed' });
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}
