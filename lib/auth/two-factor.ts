import 'server-only';
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { DbOrTx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { hasPassword } from './password';
import { claimAttempt, recordAttempt, releaseAttempt, THROTTLED_MESSAGE } from './throttle';
import { matchTotp, newTotpSecret, openSecret, otpauthUri, sealSecret, secondFactorRequired } from './totp';
import { msg } from '@/lib/i18n/message';

/** The user's own second factor: enrol (a secret, confirmed by a first code), then sign in with codes. */
export type TwoFactorStatus =
  | { state: 'off'; required: boolean }
  | { state: 'pending'; required: boolean; secret: string; uri: string; qrSvg: string; askPassword: boolean }
  | { state: 'on'; required: boolean; enabledAt: Date };

export { codeSchema } from '@/lib/auth/schemas';

const WRONG_CODE = msg('errors.auth.wrongCode');

/** The signed-in actor's own account row. */
export async function ownAccount(db: DbOrTx, actor: Actor): Promise<User> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw invalid(msg('errors.auth.accountNotFound'));
  return user;
}

export async function getTwoFactor(actor: Actor, db?: DbOrTx): Promise<TwoFactorStatus> {
  const user = await ownAccount(await resolveDb(db), actor);
  const required = secondFactorRequired(user.role);
  if (user.totpEnabledAt) return { state: 'on', required, enabledAt: user.totpEnabledAt };
  if (!user.totpSecret) return { state: 'off', required };
  const secret = openSecret(user.totpSecret);
  const uri = otpauthUri(user.email, secret);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { state: 'pending', required, secret, uri, qrSvg, askPassword: hasPassword(user.passwordHash) };
}

/** Starts (or restarts) an enrolment: a new secret, not yet in force. */
export async function startEnrolment(actor: Actor, db?: DbOrTx): Promise<void> {
  const d = await resolveDb(db);
  await d
    .update(users)
    .set({ totpSecret: sealSecret(newTotpSecret()), totpLastStep: null, updatedAt: new Date() })
    .where(and(eq(users.id, actor.userId), isNull(users.totpEnabledAt)));
}

/** The first code from the app proves it holds the secret; from then on sign-in asks for a code. */
export async function confirmEnrolment(actor: Actor, code: string, db?: DbOrTx, now = new Date()): Promise<void> {
  const d = await resolveDb(db);
  const user = await ownAccount(d, actor);
  if (user.totpEnabledAt || !user.totpSecret) throw invalid(msg('errors.auth.enrolmentNotStarted'));
  const step = matchTotp(openSecret(user.totpSecret), code, now);
  if (step === null) throw invalid(WRONG_CODE, { code: WRONG_CODE });
  await d.transaction(async (tx) => {
    // Only the secret the code was checked against: one started again meanwhile (another tab, a copied session) would
    // otherwise go live unscanned and lock the owner out (attacker pass 22).
    const done = await tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now })
      .where(and(eq(users.id, user.id), eq(users.totpSecret, user.totpSecret!), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (done.length === 0)
      throw invalid(msg('errors.auth.enrolmentChanged'), { code: msg('errors.auth.enrolmentChanged') });
    await writeAudit(tx, { actor, action: 'user.totp_enabled', entityType: 'user', entityId: user.id });
  });
}

/**
 * Inside a session, a current code is checked as at sign-in: past the limit of failures it is not even checked,
 * and a wrong one counts as a failed sign-in of the account, audited as `auth.totp_failed` with the actor.
 */
export async function confirmSecondFactor(
  db: DbOrTx,
  input: { actor: Actor; user: User; code: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  const { actor, user, ip } = input;
  const claim = await claimAttempt(db, user.email, ip, now, actor);
  if (claim === null) throw invalid(THROTTLED_MESSAGE, { code: THROTTLED_MESSAGE });
  if (!(await acceptCode(db, user, input.code, now))) {
    await recordAttempt(db, { claim, email: user.email, ip, ok: false, user, action: 'auth.totp_failed', actor });
    throw invalid(WRONG_CODE, { code: WRONG_CODE });
  }
  await releaseAttempt(db, claim);
}

/**
 * Turning the second factor off needs a current code (throttled as at sign-in), and is refused where it is
 * required for the role.
 */
export async function disableTwoFactor(
  actor: Actor,
  code: string,
  db?: DbOrTx,
  now = new Date(),
  ip: string | null = null,
): Promise<void> {
  const d = await resolveDb(db);
  const user = await ownAccount(d, actor);
  if (secondFactorRequired(user.role)) throw invalid(msg('errors.auth.twoFactorRequired'));
  if (!user.totpEnabledAt) throw invalid(msg('errors.auth.twoFactorOff'));
  await confirmSecondFactor(d, { actor, user, code, ip }, now);
  await d.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await writeAudit(tx, { actor, action: 'user.totp_disabled', entityType: 'user', entityId: user.id });
  });
}

/**
 * Whether `code` is a valid code of the user's second factor at `now` that has not been used: the step is
 * recorded in the same statement that checks it was not used, so two servers cannot both accept one code.
 */
export async function acceptCode(db: DbOrTx, user: User, code: string, now: Date): Promise<boolean> {
  if (!user.totpEnabledAt || !user.totpSecret) return false;
  const step = matchTotp(openSecret(user.totpSecret), code, now, user.totpLastStep);
  if (step === null) return false;
  const taken = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(users.id, user.id),
        isNotNull(users.totpEnabledAt),
        or(isNull(users.totpLastStep), lt(users.totpLastStep, step)),
      ),
    )
    .returning({ id: users.id });
  return taken.length === 1;
}
