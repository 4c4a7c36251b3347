import { and, asc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, sessions, taskCoordinators, tasks } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { containsFolded } from '@/lib/search';
import { can, type Actor } from '@/lib/policy';
import { vnDate, type IsoDate } from '@/lib/time';
import {
  emptyCounts,
  TIMELINESS_CLASSES,
  timelinessSql,
  type DeadlineBasis,
  type Timeliness,
  type TimelinessClass,
  type TimelinessCounts,
} from './timeliness';

/**
 * The tasks an actor may read, as a WHERE clause: the SQL twin of `canReadTask` in lib/policy.
 * Agencies see tasks where their agency (or one it succeeded) leads, was assigned, coordinates or
 * monitors; confidential directives only reach those parties and roles cleared for them.
 */
export function visibleTasksWhere(actor: Actor): SQL | undefined {
  const scope = actor.agencyScope.length ? actor.agencyScope : [-1];
  const isParty = or(
    inArray(tasks.leadAgencyId, scope),
    inArray(tasks.assignedAgencyId, scope),
    inArray(tasks.monitorAgencyId, scope),
    exists(
      sql`(select 1 from ${taskCoordinators} where ${taskCoordinators.taskId} = ${tasks.id} and ${inArray(taskCoordinators.agencyId, scope)})`,
    ),
  )!;
  const notConfidential = sql`not exists (select 1 from ${directives} d where d.id = ${tasks.directiveId} and d.is_confidential)`;
  if (can(actor, 'task.readAll')) {
    return can(actor, 'directive.readConfidential') ? undefined : or(notConfidential, isParty);
  }
  return isParty;
}

export type TaskFilter = {
  timeliness?: TimelinessClass;
  /** For agency users: which relation to their agency. */
  relation?: 'lead' | 'other';
  basis?: DeadlineBasis;
  today?: IsoDate;
  status?: 'not_started' | 'in_progress' | 'completed' | 'cancelled';
  sessionId?: number | null;
  areaCode?: string;
  /** Tasks an agency leads now or was first given. */
  agencyId?: number | null;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Searched in the directive's text, without accents. */
  q?: string;
};

function filterWhere(actor: Actor, filter: TaskFilter): SQL | undefined {
  const today = filter.today ?? vnDate();
  const scope = actor.agencyScope.length ? actor.agencyScope : [-1];
  return and(
    visibleTasksWhere(actor),
    filter.timeliness ? sql`${timelinessSql(today, filter.basis)} = ${filter.timeliness}` : undefined,
    filter.relation === 'lead' ? inArray(tasks.leadAgencyId, scope) : undefined,
    filter.relation === 'other' ? sql`not ${inArray(tasks.leadAgencyId, scope)}` : undefined,
    filter.status ? eq(tasks.status, filter.status) : undefined,
    filter.agencyId
      ? or(eq(tasks.leadAgencyId, filter.agencyId), eq(tasks.assignedAgencyId, filter.agencyId))
      : undefined,
    filter.dueFrom ? sql`${tasks.dueDate} >= ${filter.dueFrom}::date` : undefined,
    filter.dueTo ? sql`${tasks.dueDate} <= ${filter.dueTo}::date` : undefined,
    filter.sessionId || filter.areaCode || filter.q
      ? exists(
          sql`(select 1 from ${directives} dd where dd.id = ${tasks.directiveId}
            ${filter.sessionId ? sql`and dd.session_id = ${filter.sessionId}` : sql``}
            ${filter.q ? sql`and ${containsFolded(sql.raw('dd.text'), filter.q)}` : sql``}
            ${
              filter.areaCode === 'cross_cutting'
                ? sql`and dd.is_cross_cutting`
                : filter.areaCode
                  ? sql`and exists (select 1 from directive_areas da join reform_areas ra on ra.id = da.area_id where da.directive_id = dd.id and ra.code = ${filter.areaCode})`
                  : sql``
            })`,
        )
      : undefined,
  );
}

const assigned = alias(agencies, 'assigned_agency');

/** Tasks the actor may read, soonest deadline first, with their directive, session and agencies. */
export async function listTasks(input: { actor: Actor; filter?: TaskFilter; limit?: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const filter = input.filter ?? {};
  const today = filter.today ?? vnDate();
  const rows = await d
    .select({
      id: tasks.id,
      status: tasks.status,
      progress: tasks.progress,
      deadlineKind: tasks.deadlineKind,
      dueDate: tasks.dueDate,
      originalDueDate: tasks.originalDueDate,
      recurrence: tasks.recurrence,
      completedOn: tasks.completedOn,
      timeliness: timelinessSql(today, filter.basis),
      directiveText: directives.text,
      directiveOrdinal: directives.ordinal,
      sessionId: sessions.id,
      sessionNumber: sessions.number,
      leadAgencyId: tasks.leadAgencyId,
      leadName: agencies.name,
      assignedAgencyId: tasks.assignedAgencyId,
      assignedName: assigned.name,
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .leftJoin(sessions, eq(sessions.id, directives.sessionId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .innerJoin(assigned, eq(assigned.id, tasks.assignedAgencyId))
    .where(and(filterWhere(input.actor, filter), filter.status ? undefined : sql`${tasks.status} <> 'cancelled'`))
    .orderBy(sql`${tasks.dueDate} asc nulls last`, asc(tasks.id))
    .limit(input.limit ?? 200);
  return rows.map((r) => ({ ...r, timeliness: r.timeliness as Timeliness }));
}

export type TaskListItem = Awaited<ReturnType<typeof listTasks>>[number];

/** Counts in each timeliness class over the tasks the actor may read. */
export async function countTasksByTimeliness(
  input: { actor: Actor; filter?: Omit<TaskFilter, 'timeliness'> },
  db?: DbOrTx,
): Promise<TimelinessCounts> {
  const d = await resolveDb(db);
  const filter = input.filter ?? {};
  const cls = timelinessSql(filter.today ?? vnDate(), filter.basis);
  const rows = await d
    .select({ cls, n: sql<number>`count(*)`.mapWith(Number) })
    .from(tasks)
    .where(filterWhere(input.actor, filter))
    .groupBy(sql`1`);
  const counts = emptyCounts();
  for (const r of rows) {
    if ((TIMELINESS_CLASSES as readonly string[]).includes(r.cls)) counts[r.cls as TimelinessClass] = r.n;
  }
  return counts;
}
