import 'server-only';
import { and, asc, eq, exists, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, sessions, taskCoordinators, tasks, type AgencyKind } from '@/db/schema';
import { queryRows, resolveDb } from '@/lib/db';
import { containsFolded } from '@/lib/search';
import { committeeFilter } from '@/lib/committees/scope';
import { can, type Actor } from '@/lib/policy';
import { daysBetween, vnDate, type IsoDate } from '@/lib/time';
import {
  dueAtSql,
  dueSql,
  filterTimelinessSql,
  type DeadlineBasis,
  type Timeliness,
  type TimelinessClass,
} from './timeliness';
import { actionRankSql, type ActionRank } from './urgency';
import { selectTasksInContext } from './context';

/**
 * The tasks an actor may read, as a WHERE clause: the SQL twin of `canReadTask` in lib/policy.
 * Agencies see tasks where their agency (or one it succeeded) leads, was assigned, coordinates or
 * monitors; confidential directives only reach those parties and roles cleared for them. A user limited to some
 * committees reads only their tasks (lib/committees/scope.ts).
 */
export function visibleTasksWhere(actor: Actor): SQL | undefined {
  return and(committeeFilter(actor, tasks.committeeId), visibleByRole(actor));
}

function visibleByRole(actor: Actor): SQL | undefined {
  const scope = actor.agencyScope.length ? actor.agencyScope : [-1];
  const isParty = or(
    inArray(tasks.leadAgencyId, scope),
    inArray(tasks.assignedAgencyId, scope),
    inArray(tasks.monitorAgencyId, scope),
    // An array from an init plan rather than EXISTS, so the four tests combine as index lookups
    // (a bitmap OR) instead of scanning every task: 290 ms → 4 ms for one agency on a million tasks.
    sql`${tasks.id} = any(array(select ${taskCoordinators.taskId} from ${taskCoordinators} where ${inArray(taskCoordinators.agencyId, scope)}))`,
  )!;
  const notConfidential = sql`not exists (select 1 from ${directives} d where d.id = ${tasks.directiveId} and d.is_confidential)`;
  if (can(actor, 'task.readAll')) {
    return can(actor, 'directive.readConfidential') ? undefined : or(notConfidential, isParty);
  }
  return isParty;
}

export type TaskFilter = {
  /** One class, or several (e.g. completed on time and late: every completed task). */
  timeliness?: TimelinessClass | readonly TimelinessClass[];
  /** For agency users: which relation to their agency. */
  relation?: 'lead' | 'other';
  basis?: DeadlineBasis;
  today?: IsoDate;
  /**
   * Count and list as things stood at the end of this past day (decision 035): tasks assigned by then, completions
   * counted by then, deadlines as they were then. Reports "as of" a day use it; `today` alone only moves the clock.
   */
  asOf?: IsoDate;
  /** Exactly these tasks, cancelled ones included (the tasks a published report counted). */
  taskIds?: readonly number[];
  /** Tasks of any of these sessions (a report over several sessions). */
  sessionIds?: readonly number[];
  status?: 'not_started' | 'in_progress' | 'completed' | 'cancelled' | 'carried_over';
  sessionId?: number | null;
  committeeId?: number | null;
  /** A reform area code, `cross_cutting` or `unclassified`: the directive's reporting area (one per directive). */
  areaCode?: string;
  /** The agency that leads the task now: the agency a report counts it under. */
  agencyId?: number | null;
  agencyKind?: AgencyKind;
  /** Tasks assigned in that calendar year, or between two days (inclusive). */
  year?: number;
  assignedFrom?: IsoDate;
  assignedTo?: IsoDate;
  /** Deadline (on the chosen basis) between two days, inclusive. */
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Completed between two days, inclusive, by the counted completion date (decision 023). */
  completedFrom?: IsoDate;
  completedTo?: IsoDate;
  /** Only back-dated completions awaiting the secretariat's confirmation ("chờ xác nhận", decision 023). */
  awaitingConfirmation?: boolean;
  /** Searched in the directive's text, without accents. */
  q?: string;
};

/** The tasks an actor may read that match a filter: lists, counts and every report use this one definition. */
export function filterWhere(actor: Actor, filter: TaskFilter): SQL | undefined {
  return and(visibleTasksWhere(actor), matchFilter(filter, actor.agencyScope));
}

/** A filter as a WHERE clause, without the visibility rule; `scope` is the actor's agencies (for `relation`). */
export function matchFilter(filter: TaskFilter, scope: readonly number[] = []): SQL | undefined {
  const today = filter.today ?? vnDate();
  const agencyScope = scope.length ? scope : [-1];
  const classes = filter.timeliness === undefined ? [] : ([] as TimelinessClass[]).concat(filter.timeliness);
  const due = dueSql(filter.basis);
  return and(
    classes.length ? inArray(filterTimelinessSql(filter), classes) : undefined,
    classes.length && !filter.asOf ? classHint(classes, today, filter.basis) : undefined,
    filter.asOf ? sql`${tasks.assignedOn} <= ${filter.asOf}::date` : undefined,
    filter.taskIds ? inArray(tasks.id, filter.taskIds.length ? [...filter.taskIds] : [-1]) : undefined,
    filter.sessionIds ? inArray(tasks.sessionId, filter.sessionIds.length ? [...filter.sessionIds] : [-1]) : undefined,
    filter.relation === 'lead' ? inArray(tasks.leadAgencyId, agencyScope) : undefined,
    filter.relation === 'other' ? sql`not ${inArray(tasks.leadAgencyId, agencyScope)}` : undefined,
    filter.status ? eq(tasks.status, filter.status) : undefined,
    filter.agencyId ? eq(tasks.leadAgencyId, filter.agencyId) : undefined,
    filter.agencyKind
      ? sql`${tasks.leadAgencyId} in (select a.id from ${agencies} a where a.kind = ${filter.agencyKind})`
      : undefined,
    filter.sessionId ? eq(tasks.sessionId, filter.sessionId) : undefined,
    filter.committeeId ? eq(tasks.committeeId, filter.committeeId) : undefined,
    filter.areaCode ? eq(tasks.areaCode, filter.areaCode) : undefined,
    filter.year
      ? sql`${tasks.assignedOn} between ${`${filter.year}-01-01`}::date and ${`${filter.year}-12-31`}::date`
      : undefined,
    filter.assignedFrom ? sql`${tasks.assignedOn} >= ${filter.assignedFrom}::date` : undefined,
    filter.assignedTo ? sql`${tasks.assignedOn} <= ${filter.assignedTo}::date` : undefined,
    filter.dueFrom ? sql`${due} >= ${filter.dueFrom}::date` : undefined,
    filter.dueTo ? sql`${due} <= ${filter.dueTo}::date` : undefined,
    filter.completedFrom ? sql`${tasks.countedCompletedOn} >= ${filter.completedFrom}::date` : undefined,
    filter.completedTo ? sql`${tasks.countedCompletedOn} <= ${filter.completedTo}::date` : undefined,
    filter.awaitingConfirmation ? sql`${tasks.completionPending}` : undefined,
    filter.q
      ? exists(
          sql`(select 1 from ${directives} dd where dd.id = ${tasks.directiveId} and ${containsFolded(sql.raw('dd.text'), filter.q)})`,
        )
      : undefined,
  );
}

/**
 * A condition each of the classes implies, said so that indexes can serve it (the partial index on open
 * dated tasks, the one on completion dates). It narrows nothing that the class test would keep.
 */
function classHint(classes: readonly TimelinessClass[], today: IsoDate, basis?: DeadlineBasis): SQL {
  const due = dueSql(basis);
  const openDated = sql`${tasks.status} in ('not_started', 'in_progress') and ${tasks.deadlineKind} = 'dated'`;
  const hint: Record<TimelinessClass, SQL> = {
    // A carried task keeps the class it had on the day it was carried (decision 036).
    overdue: sql`((${openDated} and ${due} < ${today}::date) or ${tasks.status} = 'carried_over')`,
    in_progress_on_time: sql`((${openDated} and ${due} >= ${today}::date) or ${tasks.status} = 'carried_over')`,
    completed_on_time: sql`${tasks.status} = 'completed'`,
    completed_late: sql`${tasks.status} = 'completed'`,
    undated: sql`${tasks.deadlineKind} <> 'recurring'`,
    recurring: sql`${tasks.deadlineKind} = 'recurring'`,
  };
  return or(...[...new Set(classes)].map((c) => hint[c]))!;
}

const assigned = alias(agencies, 'assigned_agency');

/** What a task list shows: the filter, and cancelled tasks only when asked for by status. */
export function listWhere(actor: Actor, filter: TaskFilter): SQL | undefined {
  return and(
    filterWhere(actor, filter),
    filter.status || filter.taskIds ? undefined : sql`${tasks.status} <> 'cancelled'`,
  );
}

/** How many tasks `listTasks` would list with no limit. */
export async function countTasks(input: { actor: Actor; filter?: TaskFilter }, db?: DbOrTx): Promise<number> {
  const d = await resolveDb(db);
  const [row] = await d
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(tasks)
    .where(listWhere(input.actor, input.filter ?? {}));
  return row?.n ?? 0;
}

/** Several counts of `countTasks` in one statement (one round trip for a page's counters), in the filters' order. */
export async function countTasksEach<const F extends readonly TaskFilter[]>(
  input: { actor: Actor; filters: F },
  db?: DbOrTx,
): Promise<{ [K in keyof F]: number }> {
  const d = await resolveDb(db);
  const counts = input.filters.map(
    (f, i) =>
      sql`(select count(*) from ${tasks} where ${listWhere(input.actor, f)})::int as ${sql.identifier(`n${i}`)}`,
  );
  const [row] = await queryRows<Record<string, number>>(d, sql`select ${sql.join(counts, sql`, `)}`);
  return input.filters.map((_, i) => Number(row![`n${i}`])) as { [K in keyof F]: number };
}

/**
 * Tasks the actor may read, soonest deadline first, with their directive, session and agencies. With
 * `order: 'action'` (an agency head's lists): what needs action first (overdue, then due soon, then the
 * other open tasks, closed ones last; see lib/tasks/urgency), each group by deadline. With `after` (cursor
 * paging, the API): by id, those after that id.
 */
export async function listTasks(
  input: {
    actor: Actor;
    filter?: TaskFilter;
    limit?: number;
    offset?: number;
    after?: number;
    order?: 'deadline' | 'action';
  },
  db?: DbOrTx,
) {
  const d = await resolveDb(db);
  const filter = input.filter ?? {};
  const today = filter.today ?? vnDate();
  const rank = actionRankSql(today, filter.basis);
  const byDeadline = [sql`${dueSql(filter.basis)} asc nulls last`, asc(tasks.id)];
  const rows = await selectTasksInContext(d, {
    id: tasks.id,
    version: tasks.version,
    directiveId: tasks.directiveId,
    status: tasks.status,
    progress: tasks.progress,
    deadlineKind: tasks.deadlineKind,
    dueDate: tasks.dueDate,
    originalDueDate: tasks.originalDueDate,
    recurrence: tasks.recurrence,
    completedOn: tasks.completedOn,
    completionPending: tasks.completionPending,
    timeliness: filterTimelinessSql(filter),
    /** The deadline counted: as it stood on the `asOf` day when there is one. */
    dueCounted: (filter.asOf ? dueAtSql(filter.asOf, filter.basis) : dueSql(filter.basis)) as SQL<IsoDate | null>,
    actionRank: rank,
    directiveText: directives.text,
    directiveOrdinal: directives.ordinal,
    directiveConfidential: directives.isConfidential,
    sessionId: tasks.sessionId,
    sessionNumber: sessions.number,
    /** A directive from a document rather than a session (decision 027) is named by its document. */
    sourceDocument: directives.sourceDocument,
    leadAgencyId: tasks.leadAgencyId,
    leadName: agencies.name,
    assignedAgencyId: tasks.assignedAgencyId,
    assignedName: assigned.name,
  })
    .innerJoin(assigned, eq(assigned.id, tasks.assignedAgencyId))
    .where(and(listWhere(input.actor, filter), input.after === undefined ? undefined : gt(tasks.id, input.after)))
    .orderBy(
      ...(input.after !== undefined
        ? [asc(tasks.id)]
        : input.order === 'action'
          ? [sql`${rank} asc`, ...byDeadline]
          : byDeadline),
    )
    .limit(input.limit ?? 200)
    .offset(input.offset ?? 0);
  return rows.map((r) => ({
    ...r,
    timeliness: r.timeliness as Timeliness,
    actionRank: r.actionRank as ActionRank,
    daysOverdue: r.timeliness === 'overdue' && r.dueCounted ? daysBetween(r.dueCounted, filter.asOf ?? today) : null,
  }));
}

export type TaskListItem = Awaited<ReturnType<typeof listTasks>>[number];
