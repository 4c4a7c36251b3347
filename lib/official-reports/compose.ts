import 'server-only';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, officialReports, tasks, type ReportScope } from '@/db/schema';
import { queryRows } from '@/lib/db';
import type { Actor } from '@/lib/policy';
import { filterWhere, listTasks, type TaskFilter } from '@/lib/tasks/queries';
import { filterTimelinessSql, emptyCounts, TIMELINESS_CLASSES, type TimelinessClass } from '@/lib/tasks/timeliness';
import { addDays, vnToInstant } from '@/lib/time';
import type { ReportAgencyRow, ReportSnapshot, ReportTaskLine } from './types';

/** How many tasks each list of a report names; the figures count them all. */
export const LIST_LIMIT = 300;

/** The task filter of a report's scope as of its day: the same one the dashboard and the task list apply. */
export function scopeFilter(scope: ReportScope, asOf: string): TaskFilter {
  const sessions = scope.sessionIds ?? [];
  return {
    asOf,
    ...(sessions.length === 1 ? { sessionId: sessions[0] } : sessions.length > 1 ? { sessionIds: sessions } : {}),
    ...(scope.committeeId ? { committeeId: scope.committeeId } : {}),
    ...(scope.agencyId ? { agencyId: scope.agencyId } : {}),
    ...(scope.from ? { assignedFrom: scope.from } : {}),
    ...(scope.to ? { assignedTo: scope.to } : {}),
  };
}

/** The scope written one way, so reports of the same scope follow one another whatever order it was given in. */
export function scopeKey(scope: ReportScope): string {
  const sessions = [...new Set(scope.sessionIds ?? [])].sort((a, b) => a - b);
  return JSON.stringify([
    sessions,
    scope.committeeId ?? null,
    scope.agencyId ?? null,
    scope.from ?? null,
    scope.to ?? null,
  ]);
}

/** The ids of the tasks each class counts, as of the filter's day: what the figures are and link to. */
export async function taskIdsByClass(
  db: DbOrTx,
  actor: Actor,
  filter: TaskFilter,
): Promise<Record<TimelinessClass, number[]>> {
  const rows = await db
    .select({ id: tasks.id, cls: filterTimelinessSql(filter) })
    .from(tasks)
    .where(and(filterWhere(actor, filter), inArray(filterTimelinessSql(filter), [...TIMELINESS_CLASSES])))
    .orderBy(tasks.id);
  const out = Object.fromEntries(TIMELINESS_CLASSES.map((c) => [c, [] as number[]])) as Record<
    TimelinessClass,
    number[]
  >;
  for (const r of rows) out[r.cls as TimelinessClass].push(r.id);
  return out;
}

async function agencyRows(db: DbOrTx, ids: Record<TimelinessClass, number[]>): Promise<ReportAgencyRow[]> {
  const all = TIMELINESS_CLASSES.flatMap((c) => ids[c]);
  if (all.length === 0) return [];
  const leads = await queryRows<{ id: number; agency: number }>(
    db,
    sql`select t.id, t.lead_agency_id as agency from ${tasks} t where t.id = any(${sql.param(all)}::int[])`,
  );
  const leadOf = new Map(leads.map((r) => [r.id, r.agency]));
  const counts = new Map<number, Record<TimelinessClass, number>>();
  for (const c of TIMELINESS_CLASSES) {
    for (const id of ids[c]) {
      const a = leadOf.get(id)!;
      const row = counts.get(a) ?? emptyCounts();
      row[c] += 1;
      counts.set(a, row);
    }
  }
  const agencyIds = [...counts.keys()];
  const info = await queryRows<{
    id: number;
    name: string;
    valid_to: string | null;
    successor: string | null;
    predecessors: string[] | null;
  }>(
    db,
    sql`select a.id, a.name, a.valid_to::text, s.name as successor,
          (select array_agg(p.name order by p.name) from ${agencies} p where p.successor_id = a.id) as predecessors
        from ${agencies} a left join ${agencies} s on s.id = a.successor_id
        where a.id = any(${sql.param(agencyIds)}::int[])`,
  );
  const rows = info.map((a) => ({
    agencyId: a.id,
    name: a.name,
    endedOn: a.valid_to,
    successor: a.successor,
    predecessors: a.predecessors ?? [],
    counts: counts.get(a.id)!,
  }));
  // Ranked as the Government's tracking reports rank them: most overdue first, then the lower completion rate.
  const rate = (c: Record<TimelinessClass, number>) => {
    const done = c.completed_on_time + c.completed_late;
    const due = done + c.overdue;
    return due === 0 ? 1 : done / due;
  };
  return rows.sort(
    (a, b) =>
      b.counts.overdue - a.counts.overdue || rate(a.counts) - rate(b.counts) || a.name.localeCompare(b.name, 'vi'),
  );
}

/** The latest progress report's note (the lead agency's, or the secretariat's record of it), and the latest extension accepted, by the end of `asOf`. */
async function explanations(db: DbOrTx, taskIds: number[], asOf: string) {
  if (taskIds.length === 0) return { notes: new Map(), extensions: new Map() };
  const end = vnToInstant(addDays(asOf, 1)).toISOString();
  const [notes, extensions] = await Promise.all([
    queryRows<{ task_id: number; on: string; note: string }>(
      db,
      sql`select distinct on (u.task_id) u.task_id, to_char(u.created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as on, u.note
          from task_updates u join ${tasks} t on t.id = u.task_id
          where u.task_id = any(${sql.param(taskIds)}::int[]) and u.created_at < ${end}::timestamptz
            and u.note is not null and btrim(u.note) <> '' and u.kind in ('progress', 'period_report')
          order by u.task_id, u.created_at desc, u.id desc`,
    ),
    queryRows<{ task_id: number; from: string; to: string; on: string }>(
      db,
      sql`select distinct on (e.task_id) e.task_id, e.previous_due_date::text as from, e.requested_due_date::text as to,
            to_char(e.decided_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as on
          from extension_requests e
          where e.task_id = any(${sql.param(taskIds)}::int[]) and e.status = 'accepted' and e.decided_at < ${end}::timestamptz
          order by e.task_id, e.decided_at desc`,
    ),
  ]);
  return {
    notes: new Map(notes.map((n) => [n.task_id, { on: n.on, note: n.note }])),
    extensions: new Map(extensions.map((e) => [e.task_id, { from: e.from, to: e.to, on: e.on }])),
  };
}

type Listed = Awaited<ReturnType<typeof listTasks>>[number];

/**
 * A confidential task's line says only that there is one, with its deadline and dates (decision 021): a report is a
 * document that leaves the app (printed, sent as DOCX) and is read by everyone who reads reports, so it carries
 * neither the text nor the agency, session or notes, as the notice and the emails do not. Applied when composed, and
 * when read to what was published before (attacker pass 23).
 */
export function withoutConfidentialDetail(l: ReportTaskLine): ReportTaskLine {
  return l.confidential
    ? { ...l, text: '', agencyName: '', sessionNumber: null, explanation: null, extension: null }
    : l;
}

function line(t: Listed, extra: Partial<ReportTaskLine> = {}): ReportTaskLine {
  return withoutConfidentialDetail({
    taskId: t.id,
    text: t.directiveText,
    confidential: t.directiveConfidential,
    sessionNumber: t.sessionNumber,
    agencyName: t.leadName,
    due: t.dueCounted,
    daysOverdue: t.daysOverdue,
    completedOn: t.completedOn,
    explanation: null,
    extension: null,
    ...extra,
  });
}

/** The latest published report of the same scope before `asOf`: "completed since" counts from its day. */
async function previousReport(db: DbOrTx, key: string, asOf: string, exceptId?: number) {
  const [prev] = await db
    .select({ id: officialReports.id, asOf: officialReports.asOf })
    .from(officialReports)
    .where(
      and(
        eq(officialReports.scopeKey, key),
        eq(officialReports.status, 'published'),
        lt(officialReports.asOf, asOf),
        exceptId ? sql`${officialReports.id} <> ${exceptId}` : undefined,
      ),
    )
    .orderBy(desc(officialReports.asOf), desc(officialReports.id))
    .limit(1);
  return prev ?? null;
}

/**
 * A report's figures and lists for a scope as of a day, over the tasks the actor may read: the four classes, undated
 * and recurring tasks, the table by agency, the overdue tasks with their explanations and extensions, and what was
 * completed since the previous published report of the same scope (or by the day, for a first report).
 */
export async function composeReport(
  db: DbOrTx,
  actor: Actor,
  input: { scope: ReportScope; asOf: string; reportId?: number },
): Promise<ReportSnapshot> {
  const filter = scopeFilter(input.scope, input.asOf);
  const prev = await previousReport(db, scopeKey(input.scope), input.asOf, input.reportId);
  const completedFilter: TaskFilter = {
    ...filter,
    timeliness: ['completed_on_time', 'completed_late'],
    ...(prev ? { completedFrom: addDays(prev.asOf, 1), completedTo: input.asOf } : {}),
  };
  const [taskIds, overdue, completed] = await Promise.all([
    taskIdsByClass(db, actor, filter),
    listTasks({ actor, filter: { ...filter, timeliness: 'overdue' }, limit: LIST_LIMIT }, db),
    listTasks({ actor, filter: completedFilter, limit: LIST_LIMIT }, db),
  ]);
  const completedTotal = prev
    ? await taskIdsByClass(db, actor, {
        ...filter,
        completedFrom: completedFilter.completedFrom,
        completedTo: input.asOf,
      })
    : taskIds;
  const [byAgency, ex] = await Promise.all([
    agencyRows(db, taskIds),
    explanations(
      db,
      overdue.map((t) => t.id),
      input.asOf,
    ),
  ]);
  const counts = emptyCounts();
  for (const c of TIMELINESS_CLASSES) counts[c] = taskIds[c].length;
  return {
    asOf: input.asOf,
    composedAt: new Date().toISOString(),
    previous: prev,
    counts,
    taskIds,
    byAgency,
    overdue: overdue
      .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.id - b.id)
      .map((t) => line(t, { explanation: ex.notes.get(t.id) ?? null, extension: ex.extensions.get(t.id) ?? null })),
    overdueTotal: taskIds.overdue.length,
    completedSince: completed.map((t) => line(t)),
    completedSinceTotal: completedTotal.completed_on_time.length + completedTotal.completed_late.length,
  };
}
