import { sql, type SQL } from 'drizzle-orm';
import { extensionRequests, tasks, type DeadlineKind, type TaskStatus } from '@/db/schema';
import { daysBetween, vnDate, type IsoDate } from '@/lib/time';
import { TIMELINESS_CLASSES, type Timeliness, type TimelinessClass } from './timeliness-classes';

export type { DeadlineKind };

/**
 * Timeliness classes, after QĐ 42/2014/QĐ-TTg (amended by QĐ 23/2018): four classes for dated tasks,
 * and undated (urgent) and recurring tasks counted apart. Cancelled tasks are in no count.
 *
 * This file is the single definition: `classifyTask` for one task in memory, and `timelinessSql`
 * for the same rule inside a query. A test checks that the two agree.
 */
// The classes themselves are a plain list in timeliness-classes.ts, which forms and the browser can load.
export { TIMELINESS_CLASSES, type Timeliness, type TimelinessClass };

/** Which deadline a report measures against: the one in force, or the one first set. */
export type DeadlineBasis = 'current' | 'original';

export type ClassifiableTask = {
  status: TaskStatus;
  deadlineKind: DeadlineKind;
  dueDate: IsoDate | null;
  originalDueDate: IsoDate | null;
  completedOn: IsoDate | null;
  /** The day the completion was reported, and whether the secretariat confirmed it (decision 023). */
  completionReportedOn?: IsoDate | null;
  completionConfirmedAt?: Date | null;
  /** The day a task was closed as carried into a later directive (decision 036). */
  carriedOn?: IsoDate | null;
};

/**
 * The completion date the classes count (decision 023): a completion dated before the day it was reported
 * counts from the day it was reported until the secretariat confirms it ("chờ xác nhận"). The database keeps
 * the same rule in the generated columns `completion_pending` and `counted_completed_on`.
 */
export function countedCompletedOn(task: ClassifiableTask): IsoDate | null {
  return isAwaitingConfirmation(task) ? task.completionReportedOn! : task.completedOn;
}

/** A back-dated completion the secretariat has not confirmed yet. */
export function isAwaitingConfirmation(task: ClassifiableTask): boolean {
  return (
    task.status === 'completed' &&
    task.completedOn !== null &&
    !!task.completionReportedOn &&
    task.completionReportedOn > task.completedOn &&
    !task.completionConfirmedAt
  );
}

/**
 * `today` is the Vietnam calendar date (see `vnDate`). A task due on D is overdue from 00:00 on D+1,
 * Vietnam time: i.e. when today > D.
 */
export function classifyTask(task: ClassifiableTask, today: IsoDate, basis: DeadlineBasis = 'current'): Timeliness {
  if (task.status === 'cancelled') return 'cancelled';
  if (task.deadlineKind === 'urgent') return 'undated';
  if (task.deadlineKind === 'recurring') return 'recurring';
  const due = (basis === 'original' ? task.originalDueDate : task.dueDate) ?? task.dueDate;
  if (!due) return 'undated';
  if (task.status === 'carried_over') {
    // Decision 036: as it stood on the day it was carried, for ever.
    return task.carriedOn && task.carriedOn > due ? 'overdue' : 'in_progress_on_time';
  }
  if (task.status === 'completed') {
    const done = countedCompletedOn(task);
    return done !== null && done <= due ? 'completed_on_time' : 'completed_late';
  }
  return today > due ? 'overdue' : 'in_progress_on_time';
}

/**
 * Số ngày quá hạn: whole Vietnam calendar days since the deadline for an overdue task (1 on the day after
 * it, as `classifyTask` counts a task overdue from 00:00 on D+1), null for every task that is not overdue.
 */
export function daysOverdue(task: ClassifiableTask, today: IsoDate, basis: DeadlineBasis = 'current'): number | null {
  if (classifyTask(task, today, basis) !== 'overdue') return null;
  const due = (basis === 'original' ? task.originalDueDate : task.dueDate) ?? task.dueDate;
  return daysBetween(due!, today);
}

/** The deadline a report measures against, as SQL over `tasks`. */
export function dueSql(basis: DeadlineBasis = 'current'): SQL {
  return basis === 'original' ? sql`coalesce(${tasks.originalDueDate}, ${tasks.dueDate})` : sql`${tasks.dueDate}`;
}

/**
 * The same rule as `classifyTask`, in SQL over the `tasks` table: the database function
 * `task_timeliness` (migration `report_tallies`), which the tally trigger uses too, over the counted
 * completion date (decision 023).
 */
export function timelinessSql(today: IsoDate, basis: DeadlineBasis = 'current'): SQL<Timeliness> {
  return sql<Timeliness>`task_timeliness(${tasks.status}, ${tasks.deadlineKind}, ${dueSql(basis)}, ${tasks.countedCompletedOn}, ${today}::date)`;
}

/**
 * The deadline a task had at the end of `asOf` (Vietnam time), as SQL over `tasks` (decision 035): the deadline
 * an extension accepted after that day replaced, else the one in force now. The first-set deadline never moves.
 */
export function dueAtSql(asOf: IsoDate, basis: DeadlineBasis = 'current'): SQL {
  const before = sql`(select e.previous_due_date from ${extensionRequests} e where e.task_id = ${tasks.id} and e.status = 'accepted'
    and e.decided_at >= (${asOf}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' order by e.decided_at limit 1)`;
  const current = sql`coalesce(${before}, ${tasks.dueDate})`;
  return basis === 'original' ? sql`coalesce(${tasks.originalDueDate}, ${current})` : current;
}

/**
 * A task's class as it stood at the end of `asOf` (decision 035): a completion counted after that day is still
 * open then, and the deadline is the one it had then (`dueAtSql`). Tasks assigned after the day are left out by
 * the filter, not here.
 */
export function timelinessAtSql(asOf: IsoDate, basis: DeadlineBasis = 'current'): SQL<Timeliness> {
  const doneBy = sql`${tasks.countedCompletedOn} <= ${asOf}::date`;
  // A task completed, or carried over (decision 036), after the day was still open then.
  const status = sql`case when ${tasks.status} in ('completed', 'carried_over') and not coalesce(${doneBy}, false) then 'in_progress'::task_status else ${tasks.status} end`;
  const done = sql`case when ${doneBy} then ${tasks.countedCompletedOn} end`;
  return sql<Timeliness>`task_timeliness(${status}, ${tasks.deadlineKind}, ${dueAtSql(asOf, basis)}, ${done}, ${asOf}::date)`;
}

/** The class a filter counts a task in: as of its `asOf` day when it has one, else at `today` (or now). */
export function filterTimelinessSql(filter: {
  asOf?: IsoDate;
  today?: IsoDate;
  basis?: DeadlineBasis;
}): SQL<Timeliness> {
  return filter.asOf
    ? timelinessAtSql(filter.asOf, filter.basis)
    : timelinessSql(filter.today ?? vnDate(), filter.basis);
}

export type TimelinessCounts = Record<TimelinessClass, number>;

export function emptyCounts(): TimelinessCounts {
  return Object.fromEntries(TIMELINESS_CLASSES.map((c) => [c, 0])) as TimelinessCounts;
}

/**
 * Rates over the tasks that have come due (completed + overdue not completed), as in the
 * Government's published reports. Null when nothing has come due.
 */
export function timelinessRates(c: TimelinessCounts): { completionRate: number | null; overdueRate: number | null } {
  const completed = c.completed_on_time + c.completed_late;
  const due = completed + c.overdue;
  if (due === 0) return { completionRate: null, overdueRate: null };
  return { completionRate: completed / due, overdueRate: c.overdue / due };
}
