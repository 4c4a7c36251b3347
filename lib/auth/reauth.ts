import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { invalid } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { verifyPassword } from './password';
import { claimAttempt, recordAttempt, releaseAttempt, THROTTLED_MESSAGE } from './throttle';
import { resolveDb } from '@/lib/db';
import { hasPassword } from './password';
import { confirmEnrolment, confirmSecondFactor, ownAccount } from './two-factor';
import { msg } from '@/lib/i18n/message';

export const WRONG_PASSWORD = msg('errors.auth.wrongPassword');
export const CODE_NEEDED = msg('errors.auth.codeNeeded');

/**
 * Inside a session, the current password is checked as at sign-in: past the account's (or the address's) limit
 * of failures it is not even checked, and a wrong one counts as a failed sign-in of the account, audited as
 * `auth.reauth_failed` with the signed-in actor. `field` names the form field the message belongs to.
 */
export async function confirmPassword(
  db: DbOrTx,
  input: { actor: Actor; user: User; password: string; ip: string | null; field?: string },
  now = new Date(),
): Promise<void> {
  const field = input.field ?? 'current';
  const claim = await claimAttempt(db, input.user.email, input.ip, now, input.actor);
  if (claim === null) throw invalid(THROTTLED_MESSAGE, { [field]: THROTTLED_MESSAGE });
  if (!(await verifyPassword(input.user.passwordHash, input.password))) {
    await recordAttempt(db, {
      claim,
      email: input.user.email,
      ip: input.ip,
      ok: false,
      user: input.user,
      action: 'auth.reauth_failed',
      actor: input.actor,
    });
    throw invalid(WRONG_PASSWORD, { [field]: WRONG_PASSWORD });
  }
  await releaseAttempt(db, claim); // the right password: no failure, and (as before) no sign-in to count
}

/**
 * The signed-in user proves it is them again (minting an API token): the current password and, when the
 * account has a second factor, a current code; both throttled and audited as sign-in is. Returns the user row.
 */
export async function confirmIdentity(
  db: DbOrTx,
  input: { actor: Actor; password: string; code?: string | null; ip: string | null },
  now = new Date(),
): Promise<User> {
  const [user] = await db.select().from(users).where(eq(users.id, input.actor.userId));
  if (!user) throw invalid(msg('errors.auth.accountNotFound'));
  await confirmPassword(
    db,
    { actor: input.actor, user, password: input.password, ip: input.ip, field: 'password' },
    now,
  );
  if (user.totpEnabledAt) {
    if (!input.code) throw invalid(CODE_NEEDED, { code: CODE_NEEDED });
    await confirmSecondFactor(db, { actor: input.actor, user, code: input.code, ip: input.ip }, now);
  }
  return user;
}

/**
 * Turning two-step sign-in on asks for the current password first (throttled and audited as every re-authentication),
 * then the first code: a borrowed session bound the account to someone else's authenticator app and locked its owner
 * out (attacker pass 18). An account without a password (single sign-on) has none to give.
 */
export async function enableTwoFactor(
  input: { actor: Actor; code: string; current: string; ip: string | null },
  db?: DbOrTx,
  now = new Date(),
): Promise<void> {
  const d = await resolveDb(db);
  const user = await ownAccount(d, input.actor);
  if (hasPassword(user.passwordHash))
    await confirmPassword(d, { actor: input.actor, user, password: input.current, ip: input.ip }, now);
  await confirmEnrolment(input.actor, input.code, d, now);
}
