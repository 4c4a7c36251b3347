import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import {
  agencies,
  agencyKind,
  committees,
  directives,
  extensionRequests,
  reformAreas,
  sessions,
  taskMonthTallies,
  tasks,
  type AgencyKind,
} from '@/db/schema';
import { queryRows, resolveDb } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import { committeeFilter } from '@/lib/committees/scope';
import { assertCan, type Actor } from '@/lib/policy';
import { selectTasksInContext } from '@/lib/tasks/context';
import { countTasks, filterWhere, listTasks, listWhere, matchFilter, type TaskFilter } from '@/lib/tasks/queries';
import { taskFilterFromParams, taskFilterToParams } from '@/lib/tasks/schemas';
import {
  dueSql,
  emptyCounts,
  timelinessRates,
  timelinessSql,
  TIMELINESS_CLASSES,
  type TimelinessClass,
  type TimelinessCounts,
} from '@/lib/tasks/timeliness';
import { addDays, daysBetween, vnDate, type IsoDate } from '@/lib/time';
import { summarize, summarizeTotal, tallyAsOfSql, tallyCellsWhere, tallyServes, type SummaryKey } from './summary';

const REPORT_KEYS = [
  'committeeId',
  'sessionId',
  'year',
  'assignedFrom',
  'assignedTo',
  'areaCode',
  'agencyKind',
  'agencyId',
  'basis',
  'asOf',
] as const satisfies readonly (keyof TaskFilter)[];

/**
 * The filters a report takes: a subset of the task filter, so every figure drills down (docs/design.md, "Deadlines
 * and the four timeliness classes").
 */
export type ReportFilter = Pick<TaskFilter, (typeof REPORT_KEYS)[number] | 'today'>;

/** Reads a report filter from URL params (the same names as the task list's), dropping invalid values. */
export function reportFilterFromParams(raw: Record<string, string | string[] | undefined>): {
  filter: ReportFilter;
  ignored: string[];
} {
  const { filter, ignored } = taskFilterFromParams(raw);
  const out: ReportFilter = {};
  for (const k of REPORT_KEYS) if (filter[k] !== undefined) (out as Record<string, unknown>)[k] = filter[k];
  return { filter: out, ignored };
}

export function reportParams(filter: ReportFilter): URLSearchParams {
  return taskFilterToParams({ ...filter, today: undefined });
}

/** The task list of exactly the tasks a figure counts. */
export function drillHref(filter: ReportFilter, narrow: TaskFilter): string {
  return `/tasks?${taskFilterToParams({ ...filter, ...narrow, today: undefined })}`;
}

export const AGENCY_KINDS: readonly AgencyKind[] = agencyKind.enumValues;

/** Figures derived from class counts, as the Government's reports print them. */
export function derive(counts: TimelinessCounts) {
  const completed = counts.completed_on_time + counts.completed_late;
  const notCompleted = counts.in_progress_on_time + counts.overdue;
  const assigned = TIMELINESS_CLASSES.reduce((s, c) => s + counts[c], 0);
  return { ...timelinessRates(counts), completed, notCompleted, assigned, cameDue: completed + counts.overdue };
}

const COMPLETED: TimelinessClass[] = ['completed_on_time', 'completed_late'];
const MISSED: TimelinessClass[] = ['completed_late', 'overdue'];

export type TrendMonth = {
  month: string;
  from: IsoDate;
  to: IsoDate;
  completedOnTime: number;
  completedLate: number;
  /** Dated tasks whose deadline fell in the month and that were not done by it (done late, or still overdue). */
  missed: number;
};

/** The months a trend covers: the chosen period, or the twelve months to this one; at most 60, none after today. */
export function trendMonths(filter: ReportFilter, today: IsoDate): { from: IsoDate; to: IsoDate }[] {
  const first =
    filter.assignedFrom ?? (filter.year ? `${filter.year}-01-01` : addMonths(today.slice(0, 7), -11) + '-01');
  let last = filter.assignedTo ?? (filter.year ? `${filter.year}-12-31` : today);
  if (last > today) last = today;
  const months: { from: IsoDate; to: IsoDate }[] = [];
  for (let m = first.slice(0, 7); m <= last.slice(0, 7); m = addMonths(m, 1)) {
    months.push({ from: `${m}-01`, to: addDays(`${addMonths(m, 1)}-01`, -1) });
  }
  return months.slice(-60);
}

function addMonths(yyyyMm: string, n: number): string {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * The trend: per month of the period, tasks completed (on time, late) and deadlines missed, for the
 * tasks matching the other filters. The period here is when things happened, not when tasks were assigned.
 */
export async function getTrend(
  input: {
    actor: Actor;
    filter: ReportFilter;
    /** `tasks` counts from the tasks even where the month tallies could answer (tests and benchmarks compare the two). */
    source?: 'auto' | 'tasks';
  },
  db?: DbOrTx,
): Promise<TrendMonth[]> {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const today = input.filter.today ?? vnDate();
  const months = trendMonths(input.filter, today);
  if (months.length === 0) return [];
  const window = { from: months[0]!.from, to: months.at(-1)!.to };
  const base = trendBase(input.filter);
  const fromTallies = input.source !== 'tasks' && tallyServes(input.actor, base, 'total');
  const rows = await queryRows<{ m: string; cls: string; n: number }>(
    d,
    fromTallies ? trendFromTallies(base, today, window) : trendFromTasks(input.actor, base, today, window),
  );
  const done = rows.filter((r) => r.cls !== 'missed');
  const missed = rows.filter((r) => r.cls === 'missed');
  return months.map(({ from, to }) => {
    const m = from.slice(0, 7);
    const n = (rows: { m: string; n: number; cls?: string }[], cls?: string) =>
      rows.filter((r) => r.m === m && (cls === undefined || r.cls === cls)).reduce((s, r) => s + r.n, 0);
    return {
      month: m,
      from,
      to,
      completedOnTime: n(done, 'completed_on_time'),
      completedLate: n(done, 'completed_late'),
      missed: n(missed),
    };
  });
}

type Window = { from: IsoDate; to: IsoDate };

/**
 * The trend from `task_month_tallies` (decision 100): the window's month cells, plus, as for the tallies, the open
 * tasks whose deadline fell between the tallies' day and `today` (+1 to their month's missed if overdue today, −1 if
 * overdue on that day). The window is whole months.
 */
function trendFromTallies(base: ReportFilter, today: IsoDate, window: Window): SQL {
  const asOf = tallyAsOfSql();
  const due = dueSql(base.basis);
  const cells = and(
    sql`${taskMonthTallies.basis} = ${base.basis ?? 'current'}`,
    sql`${taskMonthTallies.month} between ${window.from}::date and ${window.to}::date`,
    tallyCellsWhere(base, taskMonthTallies),
  );
  const moved = and(
    sql`${tasks.status} in ('not_started', 'in_progress') and ${tasks.deadlineKind} = 'dated'`,
    sql`${due} >= least(${asOf}, ${today}::date) and ${due} < greatest(${asOf}, ${today}::date)`,
    sql`${due} between ${window.from}::date and ${window.to}::date`,
    matchFilter({ ...base, today: undefined }),
  );
  return sql`select to_char(x.month, 'YYYY-MM') as m, x.series as cls, sum(x.n)::int as n from (
      select ${taskMonthTallies.month} as month, ${taskMonthTallies.series} as series, ${taskMonthTallies.n} as n
      from ${taskMonthTallies} where ${cells}
      union all
      select date_trunc('month', ${due}::timestamp)::date, 'missed', d.sign
      from ${tasks}, (values (${today}::date, 1), (${asOf}, -1)) as d(day, sign)
      where ${moved} and task_timeliness(${tasks.status}, ${tasks.deadlineKind}, ${due}, ${tasks.countedCompletedOn}, d.day) = 'overdue'
    ) x group by 1, 2`;
}

/** The trend counted from the tasks: one statement, the completions by month and class and the missed deadlines by month. */
function trendFromTasks(actor: Actor, base: ReportFilter, today: IsoDate, window: Window): SQL {
  const month = (col: SQL) => sql`to_char(${col}, 'YYYY-MM')`;
  const doneWhere = filterWhere(actor, {
    ...base,
    timeliness: COMPLETED,
    completedFrom: window.from,
    completedTo: window.to,
  });
  const missedWhere = filterWhere(actor, { ...base, timeliness: MISSED, dueFrom: window.from, dueTo: window.to });
  return sql`select ${month(sql`${tasks.countedCompletedOn}`)} as m, ${timelinessSql(today, base.basis)} as cls, count(*)::int as n
      from ${tasks} ${doneWhere ? sql`where ${doneWhere}` : sql``} group by 1, 2
      union all
      select ${month(dueSql(base.basis))}, 'missed', count(*)::int from ${tasks} ${missedWhere ? sql`where ${missedWhere}` : sql``} group by 1`;
}

/** The trend counts events in its months, so the assignment period is not a task filter there. */
export function trendBase(filter: ReportFilter): ReportFilter {
  return { ...filter, year: undefined, assignedFrom: undefined, assignedTo: undefined };
}

export function trendDrill(filter: ReportFilter, m: TrendMonth, series: 'completed' | 'missed'): string {
  const base = trendBase(filter);
  return series === 'completed'
    ? drillHref(base, { timeliness: COMPLETED, completedFrom: m.from, completedTo: m.to })
    : drillHref(base, { timeliness: MISSED, dueFrom: m.from, dueTo: m.to });
}

/**
 * The overview: counts, rates, the most overdue tasks (`top`, 10 by default), the trend (unless `trend: false`).
 * What is not asked for is not computed (the API's overview has neither list nor trend).
 */
export async function getOverview(
  input: { actor: Actor; filter: ReportFilter; top?: number; trend?: boolean },
  db?: DbOrTx,
) {
  assertCan(input.actor, 'report.read');
  const today = input.filter.today ?? vnDate();
  const top = input.top ?? 10;
  const [counts, mostOverdue, trend, awaitingConfirmation] = await Promise.all([
    summarizeTotal({ actor: input.actor, filter: input.filter }, db),
    top > 0 ? listMostOverdue({ actor: input.actor, filter: input.filter, limit: top, today }, db) : [],
    input.trend === false ? [] : getTrend(input, db),
    // Decision 023: the completions counted by the day they were reported until confirmed, a handful of rows
    // through a partial index; its drill-down (`confirm=pending`) lists exactly these.
    countTasks({ actor: input.actor, filter: { ...input.filter, awaitingConfirmation: true } }, db),
  ]);
  return { today, counts, ...derive(counts), mostOverdue, trend, awaitingConfirmation };
}

/**
 * The most overdue tasks: the first `limit` of the overdue list (`listTasks` with `timeliness: 'overdue'`, the same
 * tasks in the same order), with only what a report shows of them. The tasks are chosen and limited before their
 * directive and agency are joined, so the statement reads `limit` directives, not one for every overdue task.
 */
export async function listMostOverdue(
  input: { actor: Actor; filter: ReportFilter; limit: number; today: IsoDate },
  db?: DbOrTx,
) {
  const d = await resolveDb(db);
  const basis = input.filter.basis ?? 'current';
  const top = d
    .select({
      id: tasks.id,
      directiveId: tasks.directiveId,
      leadAgencyId: tasks.leadAgencyId,
      dueDate: tasks.dueDate,
      originalDueDate: tasks.originalDueDate,
    })
    .from(tasks)
    .where(listWhere(input.actor, { ...input.filter, timeliness: 'overdue' }))
    .orderBy(sql`${dueSql(basis)} asc nulls last`, asc(tasks.id))
    .limit(input.limit)
    .as('t');
  const rows = await d
    .select({
      id: top.id,
      dueDate: top.dueDate,
      originalDueDate: top.originalDueDate,
      directiveOrdinal: directives.ordinal,
      directiveText: directives.text,
      leadName: agencies.name,
    })
    .from(top)
    .innerJoin(directives, eq(directives.id, top.directiveId))
    .innerJoin(agencies, eq(agencies.id, top.leadAgencyId))
    .orderBy(
      basis === 'original'
        ? sql`coalesce(${top.originalDueDate}, ${top.dueDate}) asc nulls last`
        : sql`${top.dueDate} asc nulls last`,
      asc(top.id),
    );
  return rows.map((t) => {
    const due = (basis === 'original' ? t.originalDueDate : null) ?? t.dueDate!;
    return { ...t, due, daysOverdue: daysBetween(due, input.today) };
  });
}

/** How far ahead the secretariat's desk looks for deadlines: today and the six days after (7 Vietnam days). */
export const DESK_DAYS = 7;

/**
 * The secretariat's desk ("Việc cần xử lý"): the extension requests waiting for a decision, the back-dated
 * completions waiting for confirmation (decision 023), and the open tasks falling due in the next seven
 * Vietnam calendar days (today included). Each list has its count and its first `limit` rows; the lists
 * hold only tasks the actor may read.
 */
export async function getSecretariatDesk(input: { actor: Actor; today?: IsoDate; limit?: number }, db?: DbOrTx) {
  assertCan(input.actor, 'extension.decide');
  assertCan(input.actor, 'task.confirmCompletion');
  const d = await resolveDb(db);
  const today = input.today ?? vnDate();
  const limit = input.limit ?? 10;
  const dueSoon: TaskFilter = {
    today,
    timeliness: 'in_progress_on_time',
    dueFrom: today,
    dueTo: addDays(today, DESK_DAYS - 1),
  };
  const awaiting: TaskFilter = { today, awaitingConfirmation: true };
  const pendingWhere = and(eq(extensionRequests.status, 'pending'), filterWhere(input.actor, { today }));
  const [extensionRows, extensionCount, awaitingRows, awaitingCount, dueRows, dueCount] = await Promise.all([
    selectTasksInContext(d, {
      id: extensionRequests.id,
      taskId: tasks.id,
      previousDueDate: extensionRequests.previousDueDate,
      requestedDueDate: extensionRequests.requestedDueDate,
      requestedAt: extensionRequests.createdAt,
      leadName: agencies.name,
      directiveOrdinal: directives.ordinal,
      directiveText: directives.text,
    })
      .innerJoin(extensionRequests, eq(extensionRequests.taskId, tasks.id))
      .where(pendingWhere)
      .orderBy(asc(extensionRequests.createdAt), asc(extensionRequests.id))
      .limit(limit),
    d
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(extensionRequests)
      .innerJoin(tasks, eq(tasks.id, extensionRequests.taskId))
      .where(pendingWhere),
    listTasks({ actor: input.actor, filter: awaiting, limit }, db),
    countTasks({ actor: input.actor, filter: awaiting }, db),
    listTasks({ actor: input.actor, filter: dueSoon, limit }, db),
    countTasks({ actor: input.actor, filter: dueSoon }, db),
  ]);
  return {
    today,
    extensions: { count: extensionCount[0]?.n ?? 0, items: extensionRows },
    awaitingConfirmation: { count: awaitingCount, items: awaitingRows, href: drillHref({}, awaiting) },
    dueSoon: {
      count: dueCount,
      items: dueRows,
      from: dueSoon.dueFrom!,
      to: dueSoon.dueTo!,
      href: drillHref({}, dueSoon),
    },
  };
}

export type SecretariatDesk = Awaited<ReturnType<typeof getSecretariatDesk>>;

export type AgencyRankingSort = 'overdue' | 'overdueRate' | 'completionRate' | 'assigned' | 'oldest' | 'name';
export const AGENCY_SORTS: readonly AgencyRankingSort[] = [
  'overdue',
  'overdueRate',
  'completionRate',
  'assigned',
  'oldest',
  'name',
];

const successor = alias(agencies, 'successor');

/**
 * The ranking by agency. Tasks count under the agency leading them: an agency that ended keeps what it
 * finished (its own name, its period); its open work counts under the successor it was handed to.
 */
export async function getAgencyRanking(
  input: { actor: Actor; filter: ReportFilter; sort?: AgencyRankingSort; dir?: 'asc' | 'desc' },
  db?: DbOrTx,
) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const today = input.filter.today ?? vnDate();
  const [byAgency, oldest] = await Promise.all([
    summarize({ actor: input.actor, filter: input.filter, by: 'agency' }, db),
    d
      .select({ id: tasks.leadAgencyId, due: sql<string>`min(${dueSql(input.filter.basis)})::text` })
      .from(tasks)
      .where(filterWhere(input.actor, { ...input.filter, timeliness: 'overdue' }))
      .groupBy(tasks.leadAgencyId),
  ]);
  const ids = [...byAgency.keys()].filter((k): k is number => typeof k === 'number');
  const info = ids.length
    ? await d
        .select({
          id: agencies.id,
          name: agencies.name,
          shortName: agencies.shortName,
          kind: agencies.kind,
          validTo: agencies.validTo,
          successorId: agencies.successorId,
          successorName: successor.name,
        })
        .from(agencies)
        .leftJoin(successor, eq(successor.id, agencies.successorId))
        .where(inArray(agencies.id, ids))
    : [];
  const oldestDue = new Map(oldest.map((r) => [r.id, r.due]));
  const rows = info.map((a) => {
    const counts = byAgency.get(a.id) ?? emptyCounts();
    const due = oldestDue.get(a.id);
    return { ...a, counts, ...derive(counts), oldestOverdueDays: due ? daysBetween(due, today) : null };
  });
  return sortRanking(rows, input.sort ?? 'overdue', input.dir);
}

export type AgencyRankingRow = Awaited<ReturnType<typeof getAgencyRanking>>[number];

/**
 * The rows the printed report lists: the agencies with something in its four columns, i.e. a dated task in
 * scope. `omitted` counts those left out that still lead tasks in scope (undated or recurring only: counted in
 * the key figures, said under the table); agencies with no task in scope at all are not rows at all.
 */
export function reportableAgencies<R extends { counts: TimelinessCounts }>(rows: readonly R[]) {
  const dated = (r: R) =>
    r.counts.completed_on_time + r.counts.completed_late + r.counts.in_progress_on_time + r.counts.overdue;
  const listed = rows.filter((r) => dated(r) > 0);
  const omitted = rows.filter((r) => dated(r) === 0 && r.counts.undated + r.counts.recurring > 0).length;
  return { listed, omitted };
}
type RankingSortable = {
  name: string;
  counts: TimelinessCounts;
  assigned: number;
  overdueRate: number | null;
  completionRate: number | null;
  oldestOverdueDays: number | null;
};

function sortRanking<R extends RankingSortable>(rows: R[], sort: AgencyRankingSort, dir?: 'asc' | 'desc'): R[] {
  const value = (r: R): number | string => {
    switch (sort) {
      case 'name':
        return r.name;
      case 'overdueRate':
        return r.overdueRate ?? -1;
      case 'completionRate':
        return r.completionRate ?? -1;
      case 'assigned':
        return r.assigned;
      case 'oldest':
        return r.oldestOverdueDays ?? -1;
      default:
        return r.counts.overdue;
    }
  };
  const direction = (dir ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const collator = new Intl.Collator('vi');
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
    return c !== 0 ? c * direction : collator.compare(a.name, b.name);
  });
}

/**
 * The leader's home: the counts and rates, the most overdue tasks and the agencies with most overdue tasks
 * (the ranking of /reports/agencies, its worst `top` with anything overdue), for every task or one session's;
 * and the sessions the filter offers (the leader reads every session, newest first).
 */
export async function getLeaderHome(
  input: { actor: Actor; sessionId?: number | null; today?: IsoDate; top?: number },
  db?: DbOrTx,
) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const filter: ReportFilter = { today: input.today ?? vnDate(), sessionId: input.sessionId ?? undefined };
  const top = input.top ?? 5;
  const [counts, overdue, ranking, sessionRows] = await Promise.all([
    summarizeTotal({ actor: input.actor, filter }, db),
    listTasks({ actor: input.actor, filter: { ...filter, timeliness: 'overdue' }, limit: 10 }, db),
    getAgencyRanking({ actor: input.actor, filter, sort: 'overdue' }, db),
    d
      .select({ id: sessions.id, number: sessions.number, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(
        and(
          sql`exists (select 1 from ${tasks} where ${tasks.sessionId} = ${sessions.id})`,
          committeeFilter(input.actor, sessions.committeeId),
        ),
      )
      .orderBy(desc(sessions.startsAt))
      .limit(200),
  ]);
  return {
    filter,
    counts,
    ...derive(counts),
    overdue,
    worstAgencies: ranking.filter((r) => r.counts.overdue > 0).slice(0, top),
    agencyCount: ranking.length,
    sessions: sessionRows,
  };
}

/** A label in both languages, like the reform areas' names (`name`, `nameEn`). */
const bothLanguages = (key: MessageKey) => ({ name: translatorFor('vi')(key), nameEn: translatorFor('en')(key) });

/** Counts per reporting area: the six areas in the programme's order, then cross-cutting and unclassified. */
export async function getAreaSummary(input: { actor: Actor; filter: ReportFilter }, db?: DbOrTx) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const [byArea, areas] = await Promise.all([
    summarize({ actor: input.actor, filter: input.filter, by: 'area' }, db),
    d.select().from(reformAreas).orderBy(asc(reformAreas.position)),
  ]);
  const rows = [
    ...areas.map((a) => ({ code: a.code, name: a.name, nameEn: a.nameEn })),
    { code: 'cross_cutting', ...bothLanguages('fields.areaCrossCutting') },
    { code: 'unclassified', ...bothLanguages('fields.areaUnclassified') },
  ];
  return rows
    .map((a) => {
      const counts = byArea.get(a.code) ?? emptyCounts();
      return { ...a, counts, ...derive(counts) };
    })
    .filter((r) => r.assigned > 0 || !['cross_cutting', 'unclassified'].includes(r.code));
}

/** Counts per session, the sessions with most overdue first; `limit` rows from `offset`. */
export async function getSessionSummary(
  input: { actor: Actor; filter: ReportFilter; limit?: number; offset?: number },
  db?: DbOrTx,
) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const bySession = await summarize({ actor: input.actor, filter: input.filter, by: 'session' }, db);
  const all = [...bySession.entries()]
    .map(([key, counts]) => ({ key, counts, ...derive(counts) }))
    .sort((a, b) => b.counts.overdue - a.counts.overdue || Number(b.key ?? 0) - Number(a.key ?? 0));
  const page = all.slice(input.offset ?? 0, (input.offset ?? 0) + (input.limit ?? 50));
  const ids = page.map((r) => r.key).filter((k): k is number => typeof k === 'number');
  const info = ids.length
    ? await d
        .select({
          id: sessions.id,
          number: sessions.number,
          title: sessions.title,
          startsAt: sessions.startsAt,
          committeeName: committees.name,
        })
        .from(sessions)
        .innerJoin(committees, eq(committees.id, sessions.committeeId))
        .where(inArray(sessions.id, ids))
        .orderBy(desc(sessions.startsAt))
    : [];
  const byId = new Map(info.map((s) => [s.id, s]));
  return {
    total: all.length,
    rows: page.map((r) => ({ ...r, session: typeof r.key === 'number' ? (byId.get(r.key) ?? null) : null })),
  };
}

/** Sums of class counts over the rows of a dimension. */
export function sumCounts(rows: Iterable<TimelinessCounts>): TimelinessCounts {
  const total = emptyCounts();
  for (const r of rows) for (const c of TIMELINESS_CLASSES) total[c] += r[c];
  return total;
}

export type { SummaryKey, AgencyKind };

/** What the report filter form offers: committees, recent sessions (of the chosen committee or year), areas, agencies, years. */
export async function getReportOptions(input: { actor: Actor; filter: ReportFilter }, db?: DbOrTx) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const f = input.filter;
  const [committeeRows, sessionRows, areaRows, agencyRows, yearRows] = await Promise.all([
    d
      .select({ id: committees.id, name: committees.name })
      .from(committees)
      .where(committeeFilter(input.actor, committees.id))
      .orderBy(asc(committees.id)),
    d
      .select({ id: sessions.id, number: sessions.number, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(
        and(
          committeeFilter(input.actor, sessions.committeeId),
          f.committeeId ? eq(sessions.committeeId, f.committeeId) : undefined,
          f.year
            ? sql`${sessions.startsAt} >= ${`${f.year}-01-01T00:00:00+07:00`}::timestamptz and ${sessions.startsAt} < ${`${f.year + 1}-01-01T00:00:00+07:00`}::timestamptz`
            : undefined,
        ),
      )
      .orderBy(desc(sessions.startsAt))
      .limit(200),
    d.select().from(reformAreas).orderBy(asc(reformAreas.position)),
    d
      .select({ id: agencies.id, name: agencies.name, validTo: agencies.validTo })
      .from(agencies)
      .orderBy(asc(agencies.name)),
    assignedYears(d),
  ]);
  const chosen = f.sessionId && !sessionRows.some((s) => s.id === f.sessionId) ? f.sessionId : null;
  const extra = chosen
    ? await d
        .select({ id: sessions.id, number: sessions.number, title: sessions.title, startsAt: sessions.startsAt })
        .from(sessions)
        .where(and(eq(sessions.id, chosen), committeeFilter(input.actor, sessions.committeeId)))
    : [];
  return {
    committees: committeeRows,
    sessions: [...extra, ...sessionRows],
    areas: areaRows,
    agencies: sortedByName(agencyRows),
    years: yearRows,
  };
}

export type ReportOptions = Awaited<ReturnType<typeof getReportOptions>>;

/**
 * The years in which a task (not cancelled) was assigned, newest first: the report filter's years. Read by skipping
 * through the index on the assignment day, one probe a year (a handful of index reads), not by scanning the tallies'
 * cells (6,324 rows on the bench's 20,114 tasks) for their distinct years.
 */
export async function assignedYears(d: DbOrTx): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    d,
    sql`with recursive y(year) as (
        select extract(year from min(${tasks.assignedOn}))::int from ${tasks} where ${tasks.status} <> 'cancelled'
        union all
        select (select extract(year from min(t.assigned_on))::int from ${tasks} t
          where t.assigned_on >= make_date(y.year + 1, 1, 1) and t.status <> 'cancelled')
        from y where y.year is not null
      )
      select year from y where year is not null order by year desc`,
  );
  return rows.map((r) => Number(r.year));
}

const VI_COLLATOR = new Intl.Collator('vi');
/** The last list sorted, by its names as the database ordered them, and the order the collator gave it. */
let lastSorted: { key: string; order: number[] } | undefined;

/**
 * Rows in Vietnamese alphabetical order (the database's collation is not Vietnamese). Every report page sorts the
 * same ~200 agencies (about 1 ms with the collator), so the order found for a list is kept and used again while the
 * database returns exactly the same names in the same order; any other list is sorted afresh.
 */
export function sortedByName<T extends { name: string }>(rows: T[]): T[] {
  const key = rows.map((r) => r.name).join('\u0000');
  if (lastSorted?.key !== key) {
    const order = rows.map((_, i) => i).sort((a, b) => VI_COLLATOR.compare(rows[a]!.name, rows[b]!.name));
    lastSorted = { key, order };
  }
  return lastSorted.order.map((i) => rows[i]!);
}
