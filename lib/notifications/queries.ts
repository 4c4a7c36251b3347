import 'server-only';
import { and, count, desc, eq, isNull, max, sql } from 'drizzle-orm';
import { builtOnce } from '@/db/built-once';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, jobs, notificationPreferences, notifications } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { SCHEDULES, occurrences } from '@/lib/jobs/schedules';
import { assertCan, type Actor } from '@/lib/policy';
import { containsWordsFolded } from '@/lib/search';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import { smtpConfigured } from './mailer';

/** The bell's number: the actor's unread notices. */
export async function unreadCount(input: { actor: Actor }, db?: DbOrTx): Promise<number> {
  const d = await resolveDb(db);
  const [row] = await unread(d, { userId: input.actor.userId });
  return row?.n ?? 0;
}

/** `unreadCount`'s statement, built once (every signed-in page's header runs it). */
const unread = builtOnce((d: DbOrTx) =>
  d
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt))),
);

/** The actor's own notices, newest first. */
export async function listNotifications(input: { actor: Actor; limit?: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  return d
    .select()
    .from(notifications)
    .where(eq(notifications.userId, input.actor.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit ?? 100);
}

/** Which kinds the actor receives by email (all, unless turned off). */
export async function getEmailPreferences(input: { actor: Actor }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const rows = await d
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, input.actor.userId));
  const off = new Set(rows.filter((r) => !r.email).map((r) => r.kind));
  return {
    smtp: smtpConfigured(),
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, email: !off.has(kind) })) as {
      kind: NotificationKind;
      email: boolean;
    }[],
  };
}

/** The job queue for the administrator: each schedule's last and next run, counts by status, recent failures. */
export async function getQueueState(input: { actor: Actor; now?: Date }, db?: DbOrTx) {
  assertCan(input.actor, 'jobs.manage');
  const d = await resolveDb(db);
  const now = input.now ?? new Date();
  const [byStatus, lastRuns, recent, outbox] = await Promise.all([
    d.select({ status: jobs.status, n: count() }).from(jobs).groupBy(jobs.status),
    d
      .select({ name: jobs.name, finishedAt: max(jobs.finishedAt) })
      .from(jobs)
      .where(eq(jobs.status, 'done'))
      .groupBy(jobs.name),
    d.select().from(jobs).orderBy(desc(jobs.id)).limit(20),
    d.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status),
  ]);
  return {
    counts: Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<string, number>>,
    schedules: SCHEDULES.map((s) => ({
      ...s,
      next: occurrences(s, now).next,
      lastRun: lastRuns.find((r) => r.name === s.name)?.finishedAt ?? null,
    })),
    recent,
    outbox: Object.fromEntries(outbox.map((r) => [r.status, r.n])) as Partial<Record<string, number>>,
    smtp: smtpConfigured(),
  };
}

/**
 * Emails in the outbox, newest first: what the administrator reads when no SMTP server is configured. `to`: only
 * those whose address or subject holds these words (after an import of hundreds of users, the one person who asks for
 * their invitation is far below the newest hundred).
 */
export async function listOutbox(input: { actor: Actor; limit?: number; to?: string }, db?: DbOrTx) {
  assertCan(input.actor, 'jobs.manage');
  const d = await resolveDb(db);
  const to = (input.to ?? '').trim().slice(0, 320);
  return d
    .select()
    .from(emailOutbox)
    .where(to ? containsWordsFolded(sql`${emailOutbox.toAddress} || ' ' || ${emailOutbox.subject}`, to) : undefined)
    .orderBy(desc(emailOutbox.id))
    .limit(input.limit ?? 100);
}
