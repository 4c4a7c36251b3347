import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { passwordLinks, userSessions } from '@/db/schema';
import { forgetEndedLinkTokens } from '@/lib/notifications/link-secrets';

/** Timeouts: idle (no request for this long) and absolute (since sign-in), from the environment. */
export function sessionLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    idleMs: Number(env.SESSION_IDLE_MINUTES ?? 30) * 60_000,
    absoluteMs: Number(env.SESSION_ABSOLUTE_HOURS ?? 8) * 3_600_000,
  };
}

/** Activity is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(db: DbOrTx, userId: number, ip: string | null, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await db.insert(userSessions).values({ id, userId, ip, createdAt: now, lastSeenAt: now });
  return id;
}

/**
 * Whether a session is alive for `userId` at `now`: it exists, was not ended, has been used within the idle
 * timeout and is younger than the absolute one. A live session's activity is recorded; a lapsed one is ended.
 */
export async function checkSession(
  db: DbOrTx,
  sessionId: string,
  userId: number,
  now = new Date(),
  limits = sessionLimits(),
): Promise<boolean> {
  const [row] = await db
    .select()
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
  return row ? settleSession(db, sessionId, row, now, limits) : false;
}

/**
 * The rest of the check for a session row already read (not ended, of this user; the actor's statement reads it
 * with the user): false, and ended, when idle or too old; true otherwise, with its activity recorded.
 */
export async function settleSession(
  db: DbOrTx,
  sessionId: string,
  row: { createdAt: Date; lastSeenAt: Date },
  now = new Date(),
  limits = sessionLimits(),
): Promise<boolean> {
  const idle = now.getTime() - row.lastSeenAt.getTime() > limits.idleMs;
  const old = now.getTime() - row.createdAt.getTime() > limits.absoluteMs;
  if (idle || old) {
    await endSession(db, sessionId, now);
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId));
  }
  return true;
}

export async function endSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/** Ends every session of a user (disabled, password changed). */
export async function endUserSessions(db: DbOrTx, userId: number, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}

/**
 * Ends the user's links not used yet: a newer link replaces them, and an address corrected or an account disabled
 * must not leave one working (it went to the old address; it was sent before the account was closed), nor a password
 * changed another way (attacker pass 18: a reset link read later from the mailbox set the password again).
 */
export async function endUserLinks(
  tx: DbOrTx,
  userId: number,
  now = new Date(),
  which: 'all' | 'requested' = 'all',
): Promise<void> {
  await tx
    .update(passwordLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(passwordLinks.userId, userId),
        isNull(passwordLinks.usedAt),
        isNull(passwordLinks.revokedAt),
        which === 'requested' ? isNull(passwordLinks.createdByUserId) : undefined,
      ),
    );
  await forgetEndedLinkTokens(tx, userId);
}
