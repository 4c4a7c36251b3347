import 'server-only';
import { pruneRateLimits } from '@/lib/api/rate-limit';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { tasks, type NotificationText } from '@/db/schema';
import { addDays, daysBetween, formatDate, type IsoDate } from '@/lib/time';
import { notifyAll, type NotificationDraft } from './notify';
import { agencyUsers } from './recipients';
import { describeTask, taskSummaries } from './task-events';
import { vietnamese } from './words';

/** Reminder windows before a deadline: days left in [from, to] gets the reminder named by `to`. */
export const DUE_WINDOWS = [
  { days: 7, from: 4, to: 7 },
  { days: 3, from: 2, to: 3 },
  { days: 1, from: 0, to: 1 },
] as const;

/** A reminder's title in Vietnamese (stored, and the email's) and as a key for the reader's language. */
function titled(title: NotificationText, confidential: boolean): Pick<NotificationDraft, 'title' | 'text'> {
  return {
    title: vietnamese(`texts.${title.key}`, title.vars),
    text: { title, body: confidential ? { key: 'confidential' } : null },
  };
}

export type SweepResult = { day: IsoDate; dueSoon: number; overdue: number };

/**
 * The daily sweep, for the Vietnam day `today`: a reminder to the lead agency when a deadline is 7, 3
 * and 1 days away, and an overdue notice on the first day after the deadline, then once a week. Each
 * notice has a key (task, deadline, window or week), so running the sweep again, the same day or on
 * several servers at once, sends nothing twice; a missed day is caught up by the next run. It also moves
 * the report tallies to the new day (decision 015).
 */
export async function runDailySweep(db: DbOrTx, today: IsoDate): Promise<SweepResult> {
  await db.execute(sql`select task_tallies_roll(${today}::date)`);
  await pruneRateLimits(db);
  const open = await taskSummaries(
    db,
    and(
      inArray(tasks.status, ['not_started', 'in_progress']),
      eq(tasks.deadlineKind, 'dated'),
      sql`${tasks.dueDate} <= ${addDays(today, 7)}::date`,
    ),
  );
  const users = await agencyUsers(
    db,
    open.map((t) => t.leadAgencyId),
  );
  const drafts: NotificationDraft[] = [];
  for (const t of open) {
    const recipients = users.get(t.leadAgencyId) ?? [];
    if (recipients.length === 0) continue;
    const left = daysBetween(today, t.dueDate!);
    const { what, lines } = describeTask(t);
    const base = {
      link: `/tasks/${t.id}`,
      body: what,
      emailLines: lines,
      userIds: recipients,
      committeeId: t.committeeId,
    };
    if (left >= 0) {
      const window = DUE_WINDOWS.find((w) => left >= w.from && left <= w.to);
      if (!window) continue;
      drafts.push({
        ...base,
        kind: 'due_soon',
        ...titled(
          left === 0
            ? { key: 'due_today', vars: { date: formatDate(t.dueDate) } }
            : { key: 'due_soon', vars: { days: left, date: formatDate(t.dueDate) } },
          t.isConfidential,
        ),
        dedupeKey: `due${window.days}:t${t.id}:${t.dueDate}`,
      });
    } else {
      const late = -left;
      drafts.push({
        ...base,
        kind: 'overdue',
        ...titled({ key: 'overdue', vars: { days: late, date: formatDate(t.dueDate) } }, t.isConfidential),
        dedupeKey: `overdue:t${t.id}:${t.dueDate}:w${Math.floor((late - 1) / 7)}`,
      });
    }
  }
  const sent = await notifyAll(db, drafts);
  const count = (kind: string) => drafts.reduce((n, d, i) => n + (d.kind === kind ? sent[i]!.length : 0), 0);
  const dueSoon = count('due_soon');
  const overdue = count('overdue');
  return { day: today, dueSoon, overdue };
}
