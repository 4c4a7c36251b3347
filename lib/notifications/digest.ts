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
        ? `${CONFIDENTIAL_NOTICE} Hạn ${formatDate(t.dueDate)} (${daysBetween(t.dueDate!, today)} ngày)`
        : `${t.directiveOrdinal}. ${shorten(t.directiveText, 90)} — ${t.leadName}, hạn ${formatDate(t.dueDate)} (${daysBetween(t.dueDate!, today)} ngày)`;
    let lines: string[];
    let title: string;
    let text: NotificationParams;
    if (u.role === 'leader') {
      const counts = await summarizeTotal({ actor, filter: { today } }, db);
      const rates = timelinessRates(counts);
      const top = await listTasks({ actor, filter: { today, timeliness: 'overdue' }, limit: 10 }, db);
      title = `Tổng hợp tuần ${formatDate(week)}: ${counts.overdue} nhiệm vụ quá hạn`;
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
      lines = [
        `Hoàn thành: ${counts.completed_on_time + counts.completed_late} (đúng hạn ${counts.completed_on_time}, quá hạn ${counts.completed_late})`,
        `Chưa hoàn thành: trong hạn ${counts.in_progress_on_time}, quá hạn ${counts.overdue}`,
        `Tỷ lệ hoàn thành ${formatPercent(rates.completionRate)}, tỷ lệ quá hạn ${formatPercent(rates.overdueRate)}`,
        ...top.map((t) => `Quá hạn: ${line(t)}`),
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
      title = `Tổng hợp tuần ${formatDate(week)}: ${overdue.length} quá hạn, ${soon.length} sắp đến hạn`;
      // The body lists the tasks by their own (Vietnamese) text; only the title is in the reader's language.
      text = {
        title: { key: 'digest_agency', vars: { week: formatDate(week), overdue: overdue.length, soon: soon.length } },
      };
      lines = [
        ...overdue.map((t) => `Quá hạn: ${line(t)}`),
        ...soon.map((t) =>
          t.directiveConfidential
            ? `Sắp đến hạn: ${CONFIDENTIAL_NOTICE} Hạn ${formatDate(t.dueDate)}`
            : `Sắp đến hạn: ${t.directiveOrdinal}. ${shorten(t.directiveText, 90)}, hạn ${formatDate(t.dueDate)}`,
        ),
      ];
    }
    const done = await notify(db, {
      kind: 'digest',
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
