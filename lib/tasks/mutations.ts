import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { extensionRequests, taskCoordinators, tasks, taskUpdateDrafts } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { committeeFilter } from '@/lib/committees/scope';
import { assertCan, canCommentOnTask, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { activeAgencyIds } from '@/lib/agencies/policy';
import { addToTimeline } from './timeline';
import { anyReader, liveLeads, requireTask, writeTask } from './task-write';

/*
 * Task operations of the timeline and of task management. The other writes live by concern:
 * lib/tasks/progress.ts (progress, period reports, evidence, completion decisions), lib/tasks/extensions.ts,
 * lib/tasks/deadlines.ts; the shared write path in lib/tasks/task-write.ts.
 */

/** A comment on the timeline: by the lead and coordinating agencies, the secretariat and leaders. */
export async function commentOnTask(
  input: { actor: Actor; taskId: number; note: string },
  db?: DbOrTx,
): Promise<number> {
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    await requireTask(tx, input.actor, input.taskId, canCommentOnTask);
    const [row] = await addToTimeline(tx, input.actor, {
      taskId: input.taskId,
      kind: 'comment',
      note: input.note,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.comment',
      entityType: 'task',
      entityId: input.taskId,
      after: { note: input.note },
    });
    return row!;
  });
}

/** Urges (đôn đốc) the selected tasks: a timeline entry on each; notifications hook in later. */
export async function urgeTasks(
  input: { actor: Actor; taskIds: number[]; note: string | null },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const rows = await tx
      .select({ id: tasks.id, status: tasks.status })
      .from(tasks)
      .where(and(inArray(tasks.id, input.taskIds), committeeFilter(input.actor, tasks.committeeId)));
    const open = rows.filter((r) => r.status === 'not_started' || r.status === 'in_progress').map((r) => r.id);
    if (open.length === 0) throw invalid(msg('errors.tasks.noneOpenToUrge'));
    await addToTimeline(
      tx,
      input.actor,
      open.map((taskId) => ({
        taskId,
        kind: 'urged' as const,
        note: input.note,
      })),
    );
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.urge',
      entityType: 'task',
      entityId: open.join(','),
      after: { taskIds: open, note: input.note },
    });
    return open.length;
  });
}

export async function cancelTask(
  input: { actor: Actor; taskId: number; version: number; reason: string },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, anyReader);
    if (task.status === 'cancelled') throw invalid(msg('errors.tasks.cancelled'));
    // A completed task keeps its completion date: cancelling it would rewrite its agency's on-time figures (attacker pass 20).
    if (task.status === 'carried_over' || task.status === 'completed') throw invalid(msg('errors.tasks.ended'));
    const after = await writeTask(tx, task.id, input.version, {
      status: 'cancelled',
      cancelReason: input.reason,
      completedOn: null,
    });
    const { closedDrafts, withdrawn } = await closeOpenWork(tx, input.actor, [task.id], input.reason);
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'cancelled',
      statusFrom: task.status,
      statusTo: 'cancelled',
      note: input.reason,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.cancel',
      entityType: 'task',
      entityId: task.id,
      before: task,
      after: {
        ...after,
        ...(closedDrafts.length ? { draftsClosed: closedDrafts } : {}),
        ...(withdrawn.length ? { extensionsClosed: withdrawn } : {}),
      },
    });
  });
}

/**
 * What a task's lead agency had begun and not finished, closed with the task's move or end: its unsent drafts are
 * discarded and its pending extension request withdrawn, with `reason` as the decision's note. A reassignment closes
 * them (attacker pass 18), and so do a cancellation, a carry-over into a later directive and a merger's hand-over into
 * the successor's own task: a request left pending on a closed task stayed on the secretariat's desk as work to decide,
 * and its drafts open to its focal points, though neither could take effect (attacker pass 37). Returns their ids.
 */
export async function closeOpenWork(
  tx: DbOrTx,
  actor: Actor | null,
  taskIds: readonly number[],
  reason: string,
  now = new Date(),
): Promise<{ closedDrafts: number[]; withdrawn: number[] }> {
  if (taskIds.length === 0) return { closedDrafts: [], withdrawn: [] };
  const by = actor?.userId ?? null;
  const closedDrafts = await tx
    .update(taskUpdateDrafts)
    .set({ discardedAt: now, discardedById: by })
    .where(
      and(
        inArray(taskUpdateDrafts.taskId, [...taskIds]),
        isNull(taskUpdateDrafts.submittedAt),
        isNull(taskUpdateDrafts.discardedAt),
      ),
    )
    .returning({ id: taskUpdateDrafts.id });
  const withdrawn = await tx
    .update(extensionRequests)
    .set({ status: 'withdrawn', decidedById: by, decidedAt: now, decisionNote: reason })
    .where(and(inArray(extensionRequests.taskId, [...taskIds]), eq(extensionRequests.status, 'pending')))
    .returning({ id: extensionRequests.id });
  return { closedDrafts: closedDrafts.map((r) => r.id), withdrawn: withdrawn.map((r) => r.id) };
}

/** Gives an open task to another (active) lead agency; who was first assigned stays on record. */
export async function reassignTask(
  input: { actor: Actor; taskId: number; version: number; leadAgencyId: number; reason: string },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, anyReader);
    if (task.status === 'completed' || task.status === 'cancelled' || task.status === 'carried_over')
      throw invalid(msg('errors.tasks.ended'));
    if (!(await activeAgencyIds(tx, [input.leadAgencyId], vnDate())).has(input.leadAgencyId))
      throw invalid(msg('errors.tasks.agencyEnded'));
    // One live task per directive and lead agency, as when assigning (attacker pass 18).
    const [taken] = await liveLeads(tx, {
      directiveId: task.directiveId,
      agencyIds: [input.leadAgencyId],
      exceptTaskId: task.id,
    });
    if (taken) throw invalid(msg('errors.tasks.alreadyAssigned', { names: taken.name }));
    const after = await writeTask(tx, task.id, input.version, { leadAgencyId: input.leadAgencyId });
    // The new lead was one of its partners: it leads now, and is not its own partner (as when assigning).
    const leftPartners = await tx
      .delete(taskCoordinators)
      .where(and(eq(taskCoordinators.taskId, task.id), eq(taskCoordinators.agencyId, input.leadAgencyId)))
      .returning({ agencyId: taskCoordinators.agencyId });
    // What the agency that led it had begun is its own: its unsent drafts are closed and its pending extension request
    // withdrawn, so the new lead neither reads nor sends them, nor gets a deadline it never asked for.
    const { closedDrafts, withdrawn } = await closeOpenWork(tx, input.actor, [task.id], input.reason);
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'reassigned',
      note: input.reason,
      data: { fromAgencyId: task.leadAgencyId, toAgencyId: input.leadAgencyId },
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.reassign',
      entityType: 'task',
      entityId: task.id,
      before: { leadAgencyId: task.leadAgencyId },
      after: {
        leadAgencyId: after.leadAgencyId,
        reason: input.reason,
        ...(leftPartners.length ? { coordinatorRemoved: input.leadAgencyId } : {}),
        ...(closedDrafts.length ? { draftsClosed: closedDrafts } : {}),
        ...(withdrawn.length ? { extensionsClosed: withdrawn } : {}),
      },
    });
  });
}
