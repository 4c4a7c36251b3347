import 'server-only';
import { and, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, taskTallies, taskTallyState, tasks } from '@/db/schema';
import { queryRows, resolveDb } from '@/lib/db';
import type { Actor } from '@/lib/policy';
import { filterWhere, matchFilter, visibleTasksWhere, type TaskFilter } from '@/lib/tasks/queries';
import {
  dueSql,
  emptyCounts,
  TIMELINESS_CLASSES,
  filterTimelinessSql,
  type TimelinessClass,
  type TimelinessCounts,
} from '@/lib/tasks/timeliness';
import { vnDate } from '@/lib/time';

/** What a summary groups by: nothing (one total), or a reporting dimension. */
export type Dimension = 'total' | 'agency' | 'area' | 'session' | 'committee';
export type SummaryKey = number | string | null;

/** The filters the tallies hold cells for; any other filter is counted from the tasks themselves. */
const TALLY_FILTERS = new Set<keyof TaskFilter>([
  'today',
  'basis',
  'agencyId',
  'agencyKind',
  'committeeId',
  'areaCode',
  'year',
]);

/**
 * Whether a summary can be read from `task_tallies` (kept by a trigger in each task write's transaction)
 * rather than by counting tasks: the actor must see every task (no per-row visibility), and every filter
 * and the grouping must be one the tallies keep. Both ways give the same numbers (tested).
 */
export function tallyServes(actor: Actor, filter: TaskFilter, by: Dimension): boolean {
  if (by === 'session' || visibleTasksWhere(actor) !== undefined) return false;
  return Object.entries(filter).every(
    ([k, v]) => v === undefined || v === null || TALLY_FILTERS.has(k as keyof TaskFilter),
  );
}

function taskKey(by: Dimension): SQL {
  switch (by) {
    case 'agency':
      return sql`${tasks.leadAgencyId}`;
    case 'area':
      return sql`${tasks.areaCode}`;
    case 'session':
      return sql`${tasks.sessionId}`;
    case 'committee':
      return sql`${tasks.committeeId}`;
    default:
      return sql`null::int`;
  }
}

function tallyKey(by: Dimension): SQL {
  switch (by) {
    case 'agency':
      return sql`${taskTallies.leadAgencyId}`;
    case 'area':
      return sql`${taskTallies.areaCode}`;
    case 'committee':
      return sql`nullif(${taskTallies.committeeId}, 0)`;
    default:
      return sql`null::int`;
  }
}

/** The cells of a tally table (`task_tallies`, `task_month_tallies`) that a filter keeps. */
export function tallyCellsWhere(
  filter: TaskFilter,
  t: { leadAgencyId: Column; committeeId: Column; areaCode: Column; assignedYear?: Column },
): SQL | undefined {
  return and(
    filter.agencyId ? sql`${t.leadAgencyId} = ${filter.agencyId}` : undefined,
    filter.agencyKind
      ? sql`${t.leadAgencyId} in (select a.id from ${agencies} a where a.kind = ${filter.agencyKind})`
      : undefined,
    filter.committeeId ? sql`${t.committeeId} = ${filter.committeeId}` : undefined,
    filter.areaCode ? sql`${t.areaCode} = ${filter.areaCode}` : undefined,
    filter.year && t.assignedYear ? sql`${t.assignedYear} = ${filter.year}` : undefined,
  );
}

/** The tallies' day, as SQL. */
export function tallyAsOfSql(): SQL {
  return sql`(select ${taskTallyState.asOf} from ${taskTallyState})`;
}

/** The tallies' share of a summary: the cells, plus the open tasks whose deadline fell between the tallies' day and `today`. */
function fromTallies(filter: TaskFilter, by: Dimension): SQL {
  const today = filter.today ?? vnDate();
  const cls = filter.basis === 'original' ? taskTallies.timelinessOriginal : taskTallies.timeliness;
  const cells = tallyCellsWhere(filter, taskTallies);
  const asOf = tallyAsOfSql();
  const due = dueSql(filter.basis);
  const moved = and(
    sql`${tasks.status} in ('not_started', 'in_progress') and ${tasks.deadlineKind} = 'dated'`,
    sql`${due} >= least(${asOf}, ${today}::date) and ${due} < greatest(${asOf}, ${today}::date)`,
    matchFilter({ ...filter, today: undefined }),
  );
  return sql`select ${tallyKey(by)} as k, ${cls} as cls, ${taskTallies.n} as n from ${taskTallies} ${cells ? sql`where ${cells}` : sql``}
    union all
    select ${taskKey(by)}, task_timeliness(${tasks.status}, ${tasks.deadlineKind}, ${due}, ${tasks.countedCompletedOn}, d.day), d.sign
    from ${tasks}, (values (${today}::date, 1), (${asOf}, -1)) as d(day, sign) where ${moved}`;
}

function fromTasks(actor: Actor, filter: TaskFilter, by: Dimension): SQL {
  const where = filterWhere(actor, filter);
  return sql`select ${taskKey(by)} as k, ${filterTimelinessSql(filter)} as cls, 1 as n from ${tasks} ${where ? sql`where ${where}` : sql``}`;
}

/**
 * Counts in each timeliness class, grouped by a dimension, over the tasks the actor may read that
 * match the filter: the numbers every report shows. `listTasks` with the same filter (plus the class)
 * lists exactly the tasks counted.
 */
export async function summarize(
  input: {
    actor: Actor;
    filter?: Omit<TaskFilter, 'timeliness'>;
    by?: Dimension;
    /** `tasks` counts the tasks even where the tallies could answer (tests and benchmarks compare the two). */
    source?: 'auto' | 'tasks';
  },
  db?: DbOrTx,
): Promise<Map<SummaryKey, TimelinessCounts>> {
  const d = await resolveDb(db);
  const filter = input.filter ?? {};
  const by = input.by ?? 'total';
  const useTallies = input.source !== 'tasks' && tallyServes(input.actor, filter, by);
  const source = useTallies ? fromTallies(filter, by) : fromTasks(input.actor, filter, by);
  // One statement, executed directly: this runs on every report and home page, so it skips the query builder.
  const rows = await queryRows<{ k: SummaryKey; cls: string; n: number }>(
    d,
    sql`select x.k, x.cls, sum(x.n)::int as n from (${source}) as x where ${inArray(sql`x.cls`, [...TIMELINESS_CLASSES])} group by 1, 2`,
  );
  const out = new Map<SummaryKey, TimelinessCounts>();
  for (const r of rows) {
    if (r.n === 0) continue;
    const counts = out.get(r.k) ?? emptyCounts();
    counts[r.cls as TimelinessClass] += r.n;
    out.set(r.k, counts);
  }
  return out;
}

/** The counts of one summary with no grouping. */
export async function summarizeTotal(
  input: { actor: Actor; filter?: Omit<TaskFilter, 'timeliness'> },
  db?: DbOrTx,
): Promise<TimelinessCounts> {
  return (await summarize({ ...input, by: 'total' }, db)).get(null) ?? emptyCounts();
}
