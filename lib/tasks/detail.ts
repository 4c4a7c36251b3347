import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import {
  agencies,
  directives,
  evidenceFiles,
  extensionRequests,
  sessions,
  taskCoordinators,
  taskUpdates,
  tasks,
  users,
} from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { can, canCommentOnTask, canReadTask, canRequestExtension, canUpdateTask, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { selectTasksInContext } from './context';
import { readTaskDrafts } from './drafts';
import { periodsMissing } from './progress';
import { periodsBetween } from './periods';
import { classifyTask } from './timeliness';

const assigned = alias(agencies, 'assigned');
const monitor = alias(agencies, 'monitor');
const authorAgency = alias(agencies, 'author_agency');

/**
 * One task with everything its page shows, or null when the actor may not read it. `lean`: the task, its
 * coordinators and its timeline only (the API's answer), without the extension requests and files.
 * `timelineLimit`: the newest entries only; `timelineTotal` says how many there are in all.
 */
export async function getTaskDetail(
  input: { actor: Actor; taskId: number; lean?: boolean; timelineLimit?: number },
  db?: DbOrTx,
) {
  const d = await resolveDb(db);
  // The task, its names and its coordinators in one statement.
  const [row] = await selectTasksInContext(d, {
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
  })
    .innerJoin(assigned, eq(assigned.id, tasks.assignedAgencyId))
    .leftJoin(monitor, eq(monitor.id, tasks.monitorAgencyId))
    .where(eq(tasks.id, input.taskId));
  if (!row) return null;
  const coordinators = typeof row.coordinators === 'string' ? JSON.parse(row.coordinators) : row.coordinators;
  const parties = {
    leadAgencyId: row.task.leadAgencyId,
    assignedAgencyId: row.task.assignedAgencyId,
    monitorAgencyId: row.task.monitorAgencyId,
    coordinatorIds: coordinators.map((c: { id: number }) => c.id),
    isConfidential: row.directive.isConfidential,
    committeeId: row.task.committeeId,
  };
  if (!canReadTask(input.actor, parties)) return null;
  const [timeline, extensions, files, drafts] = await Promise.all([
    d
      .select({
        update: taskUpdates,
        authorName: users.name,
        agencyName: authorAgency.name,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(taskUpdates)
      .leftJoin(users, eq(users.id, taskUpdates.authorId))
      .leftJoin(authorAgency, eq(authorAgency.id, taskUpdates.authorAgencyId))
      .where(eq(taskUpdates.taskId, input.taskId))
      .orderBy(desc(taskUpdates.createdAt), desc(taskUpdates.id))
      .limit(input.timelineLimit ?? 1_000_000),
    input.lean
      ? []
      : d
          .select()
          .from(extensionRequests)
          .where(eq(extensionRequests.taskId, input.taskId))
          .orderBy(desc(extensionRequests.createdAt)),
    input.lean
      ? []
      : d
          .select()
          .from(evidenceFiles)
          .where(eq(evidenceFiles.taskId, input.taskId))
          .orderBy(asc(evidenceFiles.createdAt)),
    input.lean
      ? { open: [], authors: new Map<number, string>() }
      : readTaskDrafts(d, input.actor, input.taskId, parties),
  ]);
  const today = vnDate();
  const reported = timeline
    .filter((t) => t.update.kind === 'period_report' && t.update.period)
    .map((t) => t.update.period!);
  const open = row.task.status === 'not_started' || row.task.status === 'in_progress';
  return {
    ...row,
    coordinators: coordinators as { id: number; name: string }[],
    timeline,
    timelineTotal: timeline[0]?.total ?? 0,
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
