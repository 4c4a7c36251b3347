import 'server-only';
import { and, eq, like } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { notifications, users, type NotificationParams } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { formatPercent } from '@/lib/reports/rates';
import { summarizeTotal } from '@/lib/reports/summary';
import { listTasks } from '@/lib/tasks/queries';
import { timelinessRates } from '@/lib/tasks/timeliness';
import { addDays, daysBetween, formatDate, type IsoDate } from '@/lib/time';
import { notify } from './notify';
import { CONFIDENTIAL_NOTICE, shorten } from './task-events';
import { vietnamese } from './words';

type DigestTask = {
  directiveOrdinal: string;
  directiveText: string;
  directiveConfidential: boolean;
  leadName: string;
  dueDate: string | null;
};

/** The Monday of the week of `day` (Vietnam calendar), naming the week a digest belongs to. */
export function weekOf(day: IsoDate): IsoDate {
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -dow);
}

/**
 * The weekly digest: to each leader, the overdue summary and the ten most overdue tasks; to each agency
 * user, their agency's overdue tasks and those due in the next seven days. Once per user and week.
 * A confidential task is listed by its deadline only, never its text (decision 021).
 */
export async function runWeeklyDigest(db: DbOrTx, today: IsoDate): Promise<{ sent: number }> {
  const week = weekOf(today);
  const people = await db
    .select()
    .from(users)
    .where(and(eq(users.isActive, true)));
  // Users who already have this week's digest are skipped before their figures are computed.
  const already = new Set(
    (
      await db
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(like(notifications.dedupeKey, `digest:${week}:u%`))
    ).map((r) => r.userId),
  );
  let sent = 0;
  for (const u of people) {
    if ((u.role !== 'leader' && u.role !== 'agency') || already.has(u.id)) continue;
    const actor = await loadActor(db, u.id, u.sessionVersion);
    if (!actor) continue;
    const line = (t: DigestTask) =>
      t.directiveConfidential
        ? vietnamese('texts.digest_task_confidential', {
            notice: CONFIDENTIAL_NOTICE,
            date: formatDate(t.dueDate),
            days: String(daysBetween(t.dueDate!, today)),
          })
        : vietnamese('texts.digest_task', {
            what: `${t.directiveOrdinal}. ${shorten(t.directiveText, 90)}`,
            agency: t.leadName,
            date: formatDate(t.dueDate),
            days: String(daysBetween(t.dueDate!, today)),
          });
    let lines: string[];
    let title: string;
    let text: NotificationParams;
    if (u.role === 'leader') {
      const counts = await summarizeTotal({ actor, filter: { today } }, db);
      const rates = timelinessRates(counts);
      const top = await listTasks({ actor, filter: { today, timeliness: 'overdue' }, limit: 10 }, db);
      text = {
        title: { key: 'digest_leader', vars: { week: formatDate(week), overdue: counts.overdue } },
        body: {
          key: 'digest_leader_body',
          vars: {
            completed: counts.completed_on_time + counts.completed_late,
            onTime: counts.completed_on_time,
            late: counts.completed_late,
            inTime: counts.in_progress_on_time,
            overdue: counts.overdue,
            completionRate: formatPercent(rates.completionRate),
            overdueRate: formatPercent(rates.overdueRate),
          },
        },
      };
      title = vietnamese('texts.digest_leader', text.title.vars);
      const vars = text.body!.vars!;
      lines = [
        vietnamese('texts.digest_completed', vars),
        vietnamese('texts.digest_open', vars),
        vietnamese('texts.digest_rates', vars),
        ...top.map((t) => vietnamese('texts.digest_overdue', { task: line(t) })),
      ];
    } else {
      const overdue = await listTasks(
        { actor, filter: { today, relation: 'lead', timeliness: 'overdue' }, limit: 50 },
        db,
      );
      const soon = await listTasks(
        {
          actor,
          filter: { today, relation: 'lead', timeliness: 'in_progress_on_time', dueTo: addDays(today, 7) },
          limit: 50,
        },
        db,
      );
      if (overdue.length === 0 && soon.length === 0) continue;
      // The body lists the tasks by their own (Vietnamese) text; only the title is in the reader's language.
      text = {
        title: { key: 'digest_agency', vars: { week: formatDate(week), overdue: overdue.length, soon: soon.length } },
      };
      title = vietnamese('texts.digest_agency', text.title.vars);
      lines = [
        ...overdue.map((t) => vietnamese('texts.digest_overdue', { task: line(t) })),
        ...soon.map((t) =>
          t.directiveConfidential
            ? vietnamese('texts.digest_soon_confidential', { notice: CONFIDENTIAL_NOTICE, date: formatDate(t.dueDate) })
            : vietnamese('texts.digest_soon', {
                what: `${t.directiveOrdinal}. ${shorten(t.directiveText, 90)}`,
                date: formatDate(t.dueDate),
              }),
        ),
      ];
    }
    const done = await notify(db, {
      kind: 'digest',
      // Built for its reader, within their committees.
      committeeId: null,
      userIds: [u.id],
      title,
      text,
      body: lines.slice(0, 3).join(' · '),
      emailLines: lines,
      link: u.role === 'leader' ? '/reports' : '/tasks?relation=lead',
      dedupeKey: `digest:${week}`,
    });
    sent += done.length;
  }
  return { sent };
}
