import 'server-only';
import { eq, getTableColumns, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { builtOnce } from '@/db/built-once';
import type { DbOrTx } from '@/db/client';
import {
  agencies,
  directives,
  evidenceFiles,
  extensionRequests,
  sessions,
  taskCoordinators,
  taskUpdateDrafts,
  taskUpdates,
  tasks,
  users,
} from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { can, canCommentOnTask, canReadTask, canRequestExtension, canUpdateTask, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { selectTasksInContext } from './context';
import { taskDraftsFor, type TaskDraftRow } from './drafts';
import { periodsMissing } from './progress';
import { periodsBetween } from './periods';
import { classifyTask } from './timeliness';

const assigned = alias(agencies, 'assigned');
const monitor = alias(agencies, 'monitor');

/** A table's row as one JSON object keyed by the schema's names (`createdAt`), for a list read in a subquery. */
function jsonRow(table: PgTable) {
  const pairs = Object.entries(getTableColumns(table)).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}
/** The row back, each value as drizzle reads it from the driver (a timestamp as a Date). */
function fromJsonRow<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)))
    out[key] = json[key] == null ? null : column.mapFromDriverValue(json[key]);
  return out as T['$inferSelect'];
}

/** Rows of a table as one JSON list (for a task's own statement), read back with `fromJsonList`. */
function jsonList(table: PgTable, where: SQL, order: SQL) {
  return sql<Record<string, unknown>[] | string>`coalesce((select json_agg(${jsonRow(table)} order by ${order})
    from ${table} where ${where}), '[]'::json)`;
}
const fromJsonList = <T extends PgTable>(table: T, list: Record<string, unknown>[] | string) =>
  (typeof list === 'string' ? (JSON.parse(list) as Record<string, unknown>[]) : list).map((r) => fromJsonRow(table, r));

type TimelineEntry = { update: typeof taskUpdates.$inferSelect; authorName: string | null; agencyName: string | null };

/**
 * A task's timeline, newest first (the newest `limit` only; null: all), with each author's and agency's name,
 * as one JSON column of the task's own statement.
 */
function timelineOf(limit: Placeholder) {
  return sql<{ update: Record<string, unknown>; authorName: string | null; agencyName: string | null }[] | string>`
    coalesce((select json_agg(e.entry order by e.at desc, e.id desc) from (
      select json_build_object('update', ${jsonRow(taskUpdates)}, 'authorName', au.name, 'agencyName', ag.name) as entry,
        ${taskUpdates.createdAt} as at, ${taskUpdates.id} as id
      from ${taskUpdates}
        left join ${users} au on au.id = ${taskUpdates.authorId}
        left join ${agencies} ag on ag.id = ${taskUpdates.authorAgencyId}
      where ${taskUpdates.taskId} = ${tasks.id}
      order by ${taskUpdates.createdAt} desc, ${taskUpdates.id} desc
      limit ${limit}) e), '[]'::json)`;
}

/** The drafts column read back as `readTaskDrafts`' rows. */
function draftRows(list: { draft: Record<string, unknown>; authorName: string }[] | string): TaskDraftRow[] {
  return (typeof list === 'string' ? (JSON.parse(list) as Exclude<typeof list, string>) : list).map((e) => {
    const r = fromJsonRow(taskUpdateDrafts, e.draft);
    return {
      id: r.id,
      authorId: r.authorId,
      authorName: e.authorName,
      status: r.status,
      progress: r.progress,
      note: r.note,
      completedOn: r.completedOn,
      createdAt: r.createdAt,
      updateId: r.updateId,
      isOpen: r.submittedAt === null && r.discardedAt === null,
    };
  });
}

/**
 * The task's statement, its SQL built once per process (`builtOnce`): with its page's extension requests and files, or
 * `lean` without them; the timeline's limit and the task are its values.
 */
function taskDetailQuery(lean: boolean) {
  return builtOnce((d: DbOrTx) =>
    selectTasksInContext(d, {
      task: tasks,
      directive: directives,
      session: { id: sessions.id, title: sessions.title, number: sessions.number, startsAt: sessions.startsAt },
      leadName: agencies.name,
      assignedName: assigned.name,
      monitorName: monitor.name,
      coordinators: sql<{ id: number; name: string }[]>`coalesce((
      select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.name)
      from ${taskCoordinators} tc join ${agencies} c on c.id = tc.agency_id
      where tc.task_id = ${tasks.id}), '[]'::json)`,
      timeline: timelineOf(sql.placeholder('timelineLimit')),
      timelineTotal:
        sql<number>`(select count(*) from ${taskUpdates} where ${taskUpdates.taskId} = ${tasks.id})`.mapWith(Number),
      // Every period reported, newest first, whatever part of the timeline is read.
      reportedPeriods: sql<string[] | string>`coalesce((select json_agg(${taskUpdates.period}
        order by ${taskUpdates.createdAt} desc, ${taskUpdates.id} desc) from ${taskUpdates}
        where ${taskUpdates.taskId} = ${tasks.id} and ${taskUpdates.kind} = 'period_report'
          and ${taskUpdates.period} is not null), '[]'::json)`,
      // The page's open and submitted drafts, oldest first, with their authors' names (`taskDraftsFor` picks
      // what the reader sees).
      drafts: lean
        ? sql<string>`'[]'::json`
        : sql<{ draft: Record<string, unknown>; authorName: string }[] | string>`coalesce((select json_agg(
            json_build_object('draft', ${jsonRow(taskUpdateDrafts)}, 'authorName', du.name)
            order by ${taskUpdateDrafts.createdAt}, ${taskUpdateDrafts.id})
          from ${taskUpdateDrafts} join ${users} du on du.id = ${taskUpdateDrafts.authorId}
          where ${taskUpdateDrafts.taskId} = ${tasks.id}
            and ((${taskUpdateDrafts.submittedAt} is null and ${taskUpdateDrafts.discardedAt} is null)
              or ${taskUpdateDrafts.updateId} is not null)), '[]'::json)`,
      // The page's extension requests and evidence files (not the API's answer).
      extensions: lean
        ? sql<string>`'[]'::json`
        : jsonList(
            extensionRequests,
            sql`${extensionRequests.taskId} = ${tasks.id}`,
            sql`${extensionRequests.createdAt} desc, ${extensionRequests.id} desc`,
          ),
      files: lean
        ? sql<string>`'[]'::json`
        : jsonList(
            evidenceFiles,
            sql`${evidenceFiles.taskId} = ${tasks.id}`,
            sql`${evidenceFiles.createdAt}, ${evidenceFiles.id}`,
          ),
    })
      .innerJoin(assigned, eq(assigned.id, tasks.assignedAgencyId))
      .leftJoin(monitor, eq(monitor.id, tasks.monitorAgencyId))
      .where(eq(tasks.id, sql.placeholder('taskId'))),
  );
}
const detailQuery = taskDetailQuery(false);
const leanDetailQuery = taskDetailQuery(true);

/**
 * One task with everything its page shows, in one statement, or null when the actor may not read it. `lean`: the
 * task, its coordinators and its timeline only (the API's answer), without the extension requests, files and drafts.
 * `timelineLimit`: the newest entries only; `timelineTotal` says how many there are in all.
 */
export async function getTaskDetail(
  input: { actor: Actor; taskId: number; lean?: boolean; timelineLimit?: number },
  db?: DbOrTx,
) {
  const d = await resolveDb(db);
  // The timeline's LIMIT null is no limit.
  const [row] = await (input.lean ? leanDetailQuery : detailQuery)(d, {
    taskId: input.taskId,
    timelineLimit: input.timelineLimit ?? null,
  });
  if (!row) return null;
  const coordinators = typeof row.coordinators === 'string' ? JSON.parse(row.coordinators) : row.coordinators;
  const timeline: TimelineEntry[] = (typeof row.timeline === 'string' ? JSON.parse(row.timeline) : row.timeline).map(
    (e: { update: Record<string, unknown>; authorName: string | null; agencyName: string | null }) => ({
      update: fromJsonRow(taskUpdates, e.update),
      authorName: e.authorName,
      agencyName: e.agencyName,
    }),
  );
  const parties = {
    leadAgencyId: row.task.leadAgencyId,
    assignedAgencyId: row.task.assignedAgencyId,
    monitorAgencyId: row.task.monitorAgencyId,
    coordinatorIds: coordinators.map((c: { id: number }) => c.id),
    isConfidential: row.directive.isConfidential,
    committeeId: row.task.committeeId,
  };
  if (!canReadTask(input.actor, parties)) return null;
  const drafts = taskDraftsFor(input.actor, parties, input.lean ? [] : draftRows(row.drafts));
  const extensions = fromJsonList(extensionRequests, row.extensions);
  const files = fromJsonList(evidenceFiles, row.files);
  const today = vnDate();
  const reported: string[] =
    typeof row.reportedPeriods === 'string' ? JSON.parse(row.reportedPeriods) : row.reportedPeriods;
  const open = row.task.status === 'not_started' || row.task.status === 'in_progress';
  return {
    ...row,
    coordinators: coordinators as { id: number; name: string }[],
    timeline,
    extensions,
    files,
    /** Open drafts (for who may draft on the task) and who drafted its submitted updates; none when `lean`. */
    drafts,
    timeliness: classifyTask(row.task, today),
    timelinessOriginal: classifyTask(row.task, today, 'original'),
    periods: row.task.recurrence ? periodsBetween(row.task.recurrence, row.task.assignedOn, today) : [],
    reportedPeriods: reported,
    missedPeriods: periodsMissing(row.task, reported, today),
    rights: {
      update: open && canUpdateTask(input.actor, parties),
      comment: canCommentOnTask(input.actor, parties),
      requestExtension: open && canRequestExtension(input.actor, parties) && row.task.deadlineKind === 'dated',
      decideExtension: can(input.actor, 'extension.decide'),
      manage: can(input.actor, 'task.manage'),
      confirmCompletion: row.task.completionPending && can(input.actor, 'task.confirmCompletion'),
    },
  };
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;
