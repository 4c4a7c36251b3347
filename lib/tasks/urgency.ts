import { sql, type SQL } from 'drizzle-orm';
import { tasks } from '@/db/schema';
import { addDays, type IsoDate } from '@/lib/time';
import { dueSql, type ClassifiableTask, type DeadlineBasis } from './timeliness';

/** A task due within this many days from today (today included) is "due soon" (sắp đến hạn). */
export const DUE_SOON_DAYS = 7;

/**
 * What an agency head should act on first: 0 overdue, 1 due soon, 2 other open work (later
 * deadlines, urgent and recurring tasks), 3 closed (completed or cancelled). Lists for agency heads sort by it,
 * then by deadline. `actionRankSql` is the same rule in SQL; a test checks that the two agree.
 */
export type ActionRank = 0 | 1 | 2 | 3;

export function actionRank(task: ClassifiableTask, today: IsoDate, basis: DeadlineBasis = 'current'): ActionRank {
  if (task.status === 'completed' || task.status === 'cancelled' || task.status === 'carried_over') return 3;
  if (task.deadlineKind !== 'dated') return 2;
  const due = (basis === 'original' ? task.originalDueDate : task.dueDate) ?? task.dueDate;
  if (!due) return 2;
  if (due < today) return 0;
  return due <= addDays(today, DUE_SOON_DAYS) ? 1 : 2;
}

export function actionRankSql(today: IsoDate, basis: DeadlineBasis = 'current'): SQL<number> {
  const due = dueSql(basis);
  const soon = addDays(today, DUE_SOON_DAYS);
  return sql<number>`(case
    when ${tasks.status} in ('completed', 'cancelled', 'carried_over') then 3
    when ${tasks.deadlineKind} <> 'dated' or ${due} is null then 2
    when ${due} < ${today}::date then 0
    when ${due} <= ${soon}::date then 1
    else 2 end)`.mapWith(Number);
}
