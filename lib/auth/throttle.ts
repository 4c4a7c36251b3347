import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { signInAttempts, type User } from '@/db/schema';
import { hitRateLimit } from '@/lib/api/rate-limit';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/policy';
import { msg } from '@/lib/i18n/message';

/**
 * Failed sign-ins allowed per account, and per address, in the window before further tries are refused; an address
 * the account signed in from within `knownDays` is held to the account's limit counted from that address alone.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30, knownDays: 30 } as const;

/**
 * Failed attempts are counted in PostgreSQL (so the limit holds across servers); past the limit the
 * password or code is not even checked until the window has passed. Signed-in checks of the current password
 * or code (lib/auth/reauth.ts) count in the same window, with the signed-in `actor` in the audit row.
 *
 * The account's limit counts failures from every address, so that guessing from many addresses stays slow; but then
 * anyone who knew an address (they are on notices and emails) kept its owner out with five wrong passwords every
 * fifteen minutes (attacker pass 18). From an address the account has signed in from before, only that address's own
 * failures count against the account.
 */
export async function isThrottled(
  db: DbOrTx,
  email: string,
  ip: string | null,
  now: Date,
  actor: Actor | null = null,
  /** Failures among those counted that are the caller's own claim (claimAttempt), not a past try. */
  pending: 0 | 1 = 0,
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const knownSince = new Date(now.getTime() - THROTTLE.knownDays * 86_400_000);
  const [counts] = await db
    .select({
      byAccount: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email})`.mapWith(Number),
      byAccountHere: ip
        ? sql<number>`count(*) filter (where ${signInAttempts.email} = ${email} and ${signInAttempts.ip} = ${ip})`.mapWith(
            Number,
          )
        : sql<number>`0`.mapWith(Number),
      byAddress: ip
        ? sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})`.mapWith(Number)
        : sql<number>`0`.mapWith(Number),
      known: ip
        ? sql<boolean>`exists (select 1 from ${signInAttempts} k where k.email = ${email} and k.ip = ${ip}
            and k.succeeded and k.created_at >= ${knownSince.toISOString()}::timestamptz)`
        : sql<boolean>`false`,
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, false), gte(signInAttempts.createdAt, since)));
  const failures = (counts?.known ? counts.byAccountHere : (counts?.byAccount ?? 0)) - pending;
  const byAccount = failures >= THROTTLE.perAccount;
  const byAddress = ip !== null && (counts?.byAddress ?? 0) - pending >= THROTTLE.perAddress;
  if (!byAccount && !byAddress) return false;
  // Audited once per window for what is locked (the account, the client address), not at every refused try: an
  // anonymous client repeating its tries wrote a row each time into a table no one may shrink (attacker pass 18).
  const window = THROTTLE.windowMinutes * 60;
  const firstOf = async (key: string) => (await hitRateLimit(db, `throttled:${key}`, 1, window, now)).allowed;
  const first = await Promise.all([
    byAccount ? firstOf(`email:${createHash('sha256').update(email).digest('base64url')}`) : false,
    byAddress ? firstOf(`ip:${ip}`) : false,
  ]);
  if (first.some(Boolean))
    await writeAudit(db, { actor, action: 'auth.sign_in_throttled', entityType: 'user', after: { email }, ip });
  return true;
}

/** An email as an attempt is counted under: no longer than an address may be (a 60,000-character one broke the index). */
export const attemptEmail = (email: string) => email.slice(0, 320);

/**
 * Takes a turn to check a password or code: the attempt is written as a failure first, then counted with the others,
 * so that tries sent at once are counted against each other (attacker pass 26: 40 sent together were all checked, the
 * limit being 5, since each counted before any had written its failure). Returns the claim (for recordAttempt), or
 * null when the limit is reached: the claim is withdrawn (a refused try does not extend the lock) and nothing is checked.
 * Must run on its own connection, not inside a transaction, so that the other tries see the claim.
 */
export async function claimAttempt(
  db: DbOrTx,
  email: string,
  ip: string | null,
  now: Date,
  actor: Actor | null = null,
): Promise<number | null> {
  const [claim] = await db
    .insert(signInAttempts)
    .values({ email: attemptEmail(email), ip, succeeded: false, createdAt: now })
    .returning({ id: signInAttempts.id });
  if (!(await isThrottled(db, attemptEmail(email), ip, now, actor, 1))) return claim!.id;
  await releaseAttempt(db, claim!.id);
  return null;
}

/** A claim that turned out to be no try (the right password of an account that still needs its code). */
export async function releaseAttempt(db: DbOrTx, claim: number): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, claim));
}

/** Records how a claimed attempt went (only failures count towards the limit) and audits it. */
export async function recordAttempt(
  db: DbOrTx,
  attempt: {
    claim: number;
    email: string;
    ip: string | null;
    ok: boolean;
    user?: User;
    action: string;
    actor?: Actor | null;
  },
): Promise<void> {
  if (attempt.ok) await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attempt.claim));
  await writeAudit(db, {
    actor: attempt.actor ?? null,
    action: attempt.action,
    entityType: 'user',
    entityId: attempt.user?.id ?? null,
    after: { email: attemptEmail(attempt.email) },
    ip: attempt.ip,
  });
}

/** What a signed-in user is told when their checks of the current password or code are throttled. */
export const THROTTLED_MESSAGE = msg('errors.auth.throttled');
