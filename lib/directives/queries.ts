import 'server-only';
import { and, asc, eq, exists, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  agencies,
  committees,
  directiveAreas,
  directives,
  reformAreas,
  sessions,
  taskCoordinators,
  tasks,
  type DeadlineKind,
  type RecurrencePeriod,
  type TaskStatus,
} from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { committeeFilter } from '@/lib/committees/scope';
import { can, type Actor } from '@/lib/policy';
import { containsFolded } from '@/lib/search';
import { sortVi } from '@/lib/text';
import { visibleTasksWhere } from '@/lib/tasks/queries';
import type { DirectiveFilter } from './schemas';

/**
 * Directives an actor may read, as a WHERE clause. Confidential ones reach only roles cleared for
 * them and the agencies with a task under them; agencies otherwise read the directives of sessions
 * whose notice is published, and those they have tasks under. A user limited to some committees reads only the
 * directives of their committees' sessions (and those of no session: lib/committees/scope.ts).
 */
export function visibleDirectivesWhere(actor: Actor): SQL | undefined {
  const hasVisibleTask = exists(
    sql`(select 1 from ${tasks} where ${tasks.directiveId} = ${directives.id} and ${visibleTasksWhere({ ...actor, role: 'agency' })})`,
  );
  const confidentialOk = can(actor, 'directive.readConfidential')
    ? undefined
    : or(eq(directives.isConfidential, false), hasVisibleTask);
  const sessionOk = can(actor, 'session.readUnpublished')
    ? undefined
    : or(
        sql`exists (select 1 from ${sessions} s where s.id = ${directives.sessionId} and s.status = 'minutes_published')`,
        hasVisibleTask,
      );
  const committeeOk = committeeFilter(
    actor,
    sql`(select s.committee_id from ${sessions} s where s.id = ${directives.sessionId})`,
  );
  return and(confidentialOk, sessionOk, committeeOk);
}

export type TaskSummary = {
  id: number;
  leadAgencyId: number;
  leadName: string;
  coordinatorNames: string[];
  monitorName: string | null;
  deadlineKind: DeadlineKind;
  dueDate: string | null;
  recurrence: RecurrencePeriod | null;
  status: TaskStatus;
};

async function tasksOf(d: DbOrTx, actor: Actor, directiveIds: number[]): Promise<Map<number, TaskSummary[]>> {
  const out = new Map<number, TaskSummary[]>();
  if (directiveIds.length === 0) return out;
  const rows = await d
    .select({
      id: tasks.id,
      directiveId: tasks.directiveId,
      leadAgencyId: tasks.leadAgencyId,
      leadName: agencies.name,
      monitorName: sql<string | null>`(select name from ${agencies} m where m.id = ${tasks.monitorAgencyId})`,
      deadlineKind: tasks.deadlineKind,
      dueDate: tasks.dueDate,
      recurrence: tasks.recurrence,
      status: tasks.status,
    })
    .from(tasks)
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(and(inArray(tasks.directiveId, directiveIds), visibleTasksWhere(actor), sql`${tasks.status} <> 'cancelled'`))
    .orderBy(asc(tasks.id));
  const coordinators = rows.length
    ? await d
        .select({ taskId: taskCoordinators.taskId, name: agencies.name })
        .from(taskCoordinators)
        .innerJoin(agencies, eq(agencies.id, taskCoordinators.agencyId))
        .where(
          inArray(
            taskCoordinators.taskId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  for (const r of rows) {
    const list = out.get(r.directiveId) ?? [];
    list.push({
      ...r,
      coordinatorNames: sortVi(
        coordinators.filter((c) => c.taskId === r.id).map((c) => c.name),
        (n) => n,
      ),
    });
    out.set(r.directiveId, list);
  }
  return out;
}

async function areasOf(d: DbOrTx, directiveIds: number[]) {
  if (directiveIds.length === 0) return new Map<number, string[]>();
  const rows = await d
    .select({ directiveId: directiveAreas.directiveId, code: reformAreas.code })
    .from(directiveAreas)
    .innerJoin(reformAreas, eq(reformAreas.id, directiveAreas.areaId))
    .where(inArray(directiveAreas.directiveId, directiveIds))
    .orderBy(asc(reformAreas.position));
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.directiveId, [...(out.get(r.directiveId) ?? []), r.code]);
  return out;
}

export type DirectiveLink = { id: number; ordinal: string; sessionId: number; sessionNumber: number };

/** The links between sessions' directives (decision 036): what each continues, and what continues it. */
async function linksOf(d: DbOrTx, actor: Actor, rows: { id: number; continuesDirectiveId: number | null }[]) {
  const ids = rows.map((r) => r.id);
  const earlier = rows.flatMap((r) => (r.continuesDirectiveId ? [r.continuesDirectiveId] : []));
  if (ids.length === 0)
    return { continues: new Map<number, DirectiveLink>(), continuedBy: new Map<number, DirectiveLink[]>() };
  const found = await d
    .select({
      id: directives.id,
      ordinal: directives.ordinal,
      sessionId: sessions.id,
      sessionNumber: sessions.number,
      continuesDirectiveId: directives.continuesDirectiveId,
    })
    .from(directives)
    .innerJoin(sessions, eq(sessions.id, directives.sessionId))
    .where(
      and(
        or(
          earlier.length ? inArray(directives.id, earlier) : sql`false`,
          inArray(directives.continuesDirectiveId, ids),
        ),
        visibleDirectivesWhere(actor),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(directives.position));
  const continues = new Map<number, DirectiveLink>();
  const continuedBy = new Map<number, DirectiveLink[]>();
  for (const r of rows) {
    const e = found.find((f) => f.id === r.continuesDirectiveId);
    if (e) continues.set(r.id, e);
  }
  for (const f of found) {
    if (f.continuesDirectiveId && ids.includes(f.continuesDirectiveId))
      continuedBy.set(f.continuesDirectiveId, [...(continuedBy.get(f.continuesDirectiveId) ?? []), f]);
  }
  return { continues, continuedBy };
}

/** A session's directives in order (parents followed by their sub-items), with areas and tasks. */
export async function listSessionDirectives(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const rows = await d
    .select()
    .from(directives)
    .where(and(eq(directives.sessionId, input.sessionId), visibleDirectivesWhere(input.actor)))
    .orderBy(asc(directives.position), asc(directives.id));
  const ids = rows.map((r) => r.id);
  const [areas, taskMap, links] = await Promise.all([
    areasOf(d, ids),
    tasksOf(d, input.actor, ids),
    linksOf(d, input.actor, rows),
  ]);
  return rows.map((r) => ({
    ...r,
    areaCodes: areas.get(r.id) ?? [],
    tasks: taskMap.get(r.id) ?? [],
    continues: links.continues.get(r.id) ?? null,
    continuedBy: links.continuedBy.get(r.id) ?? [],
  }));
}

export type SessionDirective = Awaited<ReturnType<typeof listSessionDirectives>>[number];

/** The day a directive dates from: its session's (Vietnam calendar), else its source document's. */
const directiveDay = sql`coalesce((${sessions.startsAt} at time zone 'Asia/Ho_Chi_Minh')::date, ${directives.sourceDocumentDate})`;

/** The WHERE of a directive list: what the actor may read, narrowed by the filter (`area: false` leaves the area out). */
function directiveListWhere(actor: Actor, f: DirectiveFilter, area: boolean) {
  const areaWhere = !area
    ? undefined
    : f.area === 'cross_cutting'
      ? eq(directives.isCrossCutting, true)
      : f.area
        ? sql`exists (select 1 from ${directiveAreas} da join ${reformAreas} ra on ra.id = da.area_id
            where da.directive_id = ${directives.id} and ra.code = ${f.area})`
        : undefined;
  return and(
    visibleDirectivesWhere(actor),
    f.committee ? eq(sessions.committeeId, f.committee) : undefined,
    f.session ? eq(sessions.id, f.session) : undefined,
    f.year ? sql`extract(year from ${directiveDay}) = ${f.year}` : undefined,
    areaWhere,
    f.q ? containsFolded(directives.text, f.q) : undefined,
  );
}

/**
 * Directives across sessions and source documents, newest first (by the session's date, or the document's for a
 * directive that came from a document, decision 027), filtered and searched without accents; with `after`, by id.
 * A committee or session filter keeps to sessions' directives.
 */
export async function listDirectives(
  input: { actor: Actor; filter: DirectiveFilter; limit?: number; offset?: number; after?: number; only?: number },
  db?: DbOrTx,
) {
  const d = await resolveDb(db);
  const rows = await d
    .select({
      id: directives.id,
      ordinal: directives.ordinal,
      text: directives.text,
      isAssessment: directives.isAssessment,
      isCrossCutting: directives.isCrossCutting,
      isConfidential: directives.isConfidential,
      sourceDocument: directives.sourceDocument,
      sourceDocumentDate: directives.sourceDocumentDate,
      sessionId: sessions.id,
      sessionNumber: sessions.number,
      sessionTitle: sessions.title,
      sessionStartsAt: sessions.startsAt,
      committeeName: committees.name,
    })
    .from(directives)
    .leftJoin(sessions, eq(sessions.id, directives.sessionId))
    .leftJoin(committees, eq(committees.id, sessions.committeeId))
    .where(
      and(
        directiveListWhere(input.actor, input.filter, true),
        input.after === undefined ? undefined : gt(directives.id, input.after),
        input.only === undefined ? undefined : eq(directives.id, input.only),
      ),
    )
    .orderBy(
      ...(input.after === undefined
        ? [
            sql`coalesce(${sessions.startsAt}, ${directives.sourceDocumentDate}::timestamp at time zone 'Asia/Ho_Chi_Minh') desc nulls last`,
            asc(directives.position),
            asc(directives.id),
          ]
        : [asc(directives.id)]),
    )
    .limit(input.limit ?? 300)
    .offset(input.offset ?? 0);
  const areas = await areasOf(
    d,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, areaCodes: areas.get(r.id) ?? [] }));
}

export type DirectiveListItem = Awaited<ReturnType<typeof listDirectives>>[number];

/**
 * How many directives the actor may read under the filter: `total` (the filter's area included, for the pages),
 * `all` (any area) and per reform area and cross-cutting (the area links). Counted by the database: the list
 * itself is read one page at a time.
 */
export async function countDirectives(input: { actor: Actor; filter: DirectiveFilter }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const matching = directiveListWhere(input.actor, input.filter, true) ?? sql`true`;
  const [[totals], perArea] = await Promise.all([
    d
      .select({
        all: sql<number>`count(*)::int`,
        total: sql<number>`(count(*) filter (where ${matching}))::int`,
        crossCutting: sql<number>`(count(*) filter (where ${directives.isCrossCutting}))::int`,
      })
      .from(directives)
      .leftJoin(sessions, eq(sessions.id, directives.sessionId))
      .where(directiveListWhere(input.actor, input.filter, false)),
    d
      .select({ code: reformAreas.code, count: sql<number>`count(*)::int` })
      .from(directives)
      .leftJoin(sessions, eq(sessions.id, directives.sessionId))
      .innerJoin(directiveAreas, eq(directiveAreas.directiveId, directives.id))
      .innerJoin(reformAreas, eq(reformAreas.id, directiveAreas.areaId))
      .where(directiveListWhere(input.actor, input.filter, false))
      .groupBy(reformAreas.code),
  ]);
  const byArea: Record<string, number> = { cross_cutting: totals?.crossCutting ?? 0 };
  for (const r of perArea) byArea[r.code] = r.count;
  return { total: totals?.total ?? 0, all: totals?.all ?? 0, byArea };
}

/** Reform areas in programme order, for filters and pickers. */
export async function listReformAreas(db?: DbOrTx) {
  const d = await resolveDb(db);
  return d.select().from(reformAreas).orderBy(asc(reformAreas.position));
}
