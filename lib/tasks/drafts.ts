import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { taskUpdateDrafts, taskUpdates, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, can, canReadTask, leadsTask, refusalMessage, type Actor, type TaskParties } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { updateTaskProgress } from './progress';
import type { SubmitDraftInput, TaskDraftInput } from './schemas';
import { loadTaskForWrite, requireTask } from './task-write';

/*
 * Drafts of progress updates (issue 18, decision 029). An agency's staff read its tasks and draft updates; a focal
 * point of the agency submits a draft, which then goes through the one progress-update path (`updateTaskProgress`)
 * as the focal point's own update, with the draft and its author in the timeline entry's data.
 */

/** Whether the actor may draft an update of the task: staff or a focal point of the agency that leads it. */
export function canDraftTask(actor: Actor | null, task: TaskParties): boolean {
  return !!actor && can(actor, 'task.draftUpdate') && leadsTask(actor, task);
}

/**
 * Whether the actor may submit (or discard) the drafts of a task: a focal point of the agency that leads it, who
 * could update the task themselves. Staff may not; neither may the secretariat, which updates tasks directly.
 */
export function canSubmitDraft(actor: Actor | null, task: TaskParties): boolean {
  return !!actor && can(actor, 'task.updateOwn') && can(actor, 'task.draftUpdate') && leadsTask(actor, task);
}

const open = sql`${taskUpdateDrafts.submittedAt} is null and ${taskUpdateDrafts.discardedAt} is null`;

/** Staff (or a focal point) of the lead agency drafts a progress update. Answers the draft's id. */
export async function createDraft(
  input: { actor: Actor; values: TaskDraftInput; now?: Date },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'task.draftUpdate');
  const v = input.values;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, v.taskId, canDraftTask);
    if (task.status === 'cancelled' || task.status === 'completed' || task.status === 'carried_over')
      throw invalid(msg('errors.people.draftTaskClosed'));
    const now = input.now ?? new Date();
    const completed = v.status === 'completed';
    if (completed && v.completedOn! > vnDate(now))
      throw invalid(msg('errors.tasks.completedInFuture'), { completedOn: msg('errors.tasks.completedInFuture') });
    if (completed && v.completedOn! < task.assignedOn) {
      const message = msg('errors.tasks.completedBeforeAssigned', { date: formatDate(task.assignedOn) });
      throw invalid(message, { completedOn: message });
    }
    const values = {
      taskId: task.id,
      authorId: input.actor.userId,
      status: v.status,
      progress: completed ? 100 : v.progress,
      note: v.note,
      completedOn: completed ? v.completedOn : null,
      createdAt: now,
    };
    const [row] = await tx.insert(taskUpdateDrafts).values(values).returning({ id: taskUpdateDrafts.id });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.draft',
      entityType: 'task',
      entityId: task.id,
      after: { draftId: row!.id, ...values },
    });
    return row!.id;
  });
}

/**
 * A draft, locked, with its task's parties; unknown to whoever may not read the task. The task is locked first, then
 * the draft, the order every task write keeps (a reassignment locks the task, then closes its drafts): locked the
 * other way round, a draft submitted while the secretariat reassigned its task deadlocked, and PostgreSQL ended one of
 * the two with an error (attacker pass 29).
 */
async function loadDraft(tx: DbOrTx, actor: Actor, draftId: number) {
  const [ref] = await tx
    .select({ taskId: taskUpdateDrafts.taskId })
    .from(taskUpdateDrafts)
    .where(eq(taskUpdateDrafts.id, draftId));
  if (!ref) throw notFound(msg('errors.people.draftNotFound'));
  const { task, parties } = await loadTaskForWrite(tx, ref.taskId);
  if (!canReadTask(actor, parties)) throw notFound(msg('errors.people.draftNotFound'));
  // A draft never moves to another task.
  const [draft] = await tx.select().from(taskUpdateDrafts).where(eq(taskUpdateDrafts.id, draftId)).for('update');
  if (!draft) throw notFound(msg('errors.people.draftNotFound'));
  if (draft.submittedAt || draft.discardedAt)
    throw conflict(msg(draft.submittedAt ? 'errors.people.draftSubmitted' : 'errors.people.draftDiscarded'));
  return { draft, task, parties };
}

/**
 * A focal point of the lead agency submits a draft: it becomes the focal point's progress update (through
 * `updateTaskProgress`, at the task's version the focal point read), with `{ draftId, draftedBy }` in the timeline
 * entry's data, and the draft is marked submitted with that entry. A draft is submitted once.
 */
export async function submitDraft(input: { actor: Actor; values: SubmitDraftInput }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'task.updateOwn');
  const v = input.values;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { draft, task, parties } = await loadDraft(tx, input.actor, v.draftId);
    if (!canSubmitDraft(input.actor, parties)) throw forbidden(refusalMessage(input.actor));
    const now = new Date();
    await updateTaskProgress(
      {
        actor: input.actor,
        values: {
          taskId: task.id,
          version: v.version,
          status: draft.status as 'not_started' | 'in_progress' | 'completed',
          progress: draft.progress ?? task.progress,
          result: task.result,
          note: draft.note,
          completedOn: draft.status === 'completed' ? draft.completedOn : null,
          completionDocument: v.completionDocument,
        },
        data: { draftId: draft.id, draftedBy: draft.authorId },
        now,
      },
      tx,
    );
    const [update] = await tx
      .select({ id: taskUpdates.id })
      .from(taskUpdates)
      .where(
        and(
          eq(taskUpdates.taskId, task.id),
          eq(taskUpdates.kind, 'progress'),
          sql`(${taskUpdates.data}->>'draftId')::int = ${draft.id}`,
        ),
      );
    await tx
      .update(taskUpdateDrafts)
      .set({ submittedAt: now, submittedById: input.actor.userId, updateId: update!.id })
      .where(eq(taskUpdateDrafts.id, draft.id));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.draft_submit',
      entityType: 'task',
      entityId: task.id,
      after: { draftId: draft.id, draftedBy: draft.authorId, updateId: update!.id },
    });
    return update!.id;
  });
}

/** A focal point of the lead agency, or the draft's author, discards an open draft. */
export async function discardDraft(input: { actor: Actor; draftId: number }, db?: DbOrTx): Promise<void> {
  assertCan(input.actor, 'task.draftUpdate');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const { draft, task, parties } = await loadDraft(tx, input.actor, input.draftId);
    const own = draft.authorId === input.actor.userId && canDraftTask(input.actor, parties);
    if (!own && !canSubmitDraft(input.actor, parties)) throw forbidden(refusalMessage(input.actor));
    // Refused to a user of an ended agency like every other write (decision 022).
    await requireTask(tx, input.actor, task.id, () => true);
    await tx
      .update(taskUpdateDrafts)
      .set({ discardedAt: new Date(), discardedById: input.actor.userId })
      .where(eq(taskUpdateDrafts.id, draft.id));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.draft_discard',
      entityType: 'task',
      entityId: task.id,
      before: { draftId: draft.id, authorId: draft.authorId },
    });
  });
}

/** A draft of a task as its page shows it, with whether it is still open and the timeline entry it became. */
export type TaskDraftRow = {
  id: number;
  authorId: number;
  authorName: string;
  status: (typeof taskUpdateDrafts.$inferSelect)['status'];
  progress: number | null;
  note: string | null;
  completedOn: string | null;
  createdAt: Date;
  updateId: number | null;
  isOpen: boolean;
};

/**
 * What a reader sees of a task's drafts, from its open and submitted drafts (oldest first): the open ones for whoever
 * may draft on it (the lead agency's staff and focal points; nobody else sees them), and who drafted its submitted
 * updates, by timeline entry, for any reader (the timeline shows the focal point as the author and names the draft's
 * author beside). The task page reads the rows in its task's statement (lib/tasks/detail.ts).
 */
export function taskDraftsFor(actor: Actor, parties: TaskParties, rows: readonly TaskDraftRow[]) {
  if (!canReadTask(actor, parties)) return { open: [], authors: new Map<number, string>() };
  const drafter = canDraftTask(actor, parties);
  return {
    open: rows.filter((r) => drafter && r.isOpen).map(({ updateId: _u, isOpen: _o, ...draft }) => draft),
    authors: new Map(rows.filter((r) => r.updateId !== null).map((r) => [r.updateId!, r.authorName])),
  };
}

/** A task's drafts, in one statement, for an actor and the task's parties as the caller read them (`taskDraftsFor`). */
export async function readTaskDrafts(d: DbOrTx, actor: Actor, taskId: number, parties: TaskParties) {
  if (!canReadTask(actor, parties)) return { open: [], authors: new Map<number, string>() };
  const drafter = canDraftTask(actor, parties);
  const rows = await d
    .select({
      id: taskUpdateDrafts.id,
      authorId: taskUpdateDrafts.authorId,
      authorName: users.name,
      status: taskUpdateDrafts.status,
      progress: taskUpdateDrafts.progress,
      note: taskUpdateDrafts.note,
      completedOn: taskUpdateDrafts.completedOn,
      createdAt: taskUpdateDrafts.createdAt,
      updateId: taskUpdateDrafts.updateId,
      isOpen: sql<boolean>`${open}`,
    })
    .from(taskUpdateDrafts)
    .innerJoin(users, eq(users.id, taskUpdateDrafts.authorId))
    .where(
      and(
        eq(taskUpdateDrafts.taskId, taskId),
        drafter ? sql`(${open} or ${taskUpdateDrafts.updateId} is not null)` : isNotNull(taskUpdateDrafts.updateId),
      ),
    )
    .orderBy(asc(taskUpdateDrafts.createdAt), asc(taskUpdateDrafts.id));
  return taskDraftsFor(actor, parties, rows);
}

export type OpenDraft = Awaited<ReturnType<typeof readTaskDrafts>>['open'][number];

/** The open drafts of a task, oldest first, for whoever may draft on it (see `readTaskDrafts`). */
export async function listOpenDrafts(input: { actor: Actor; taskId: number }, db?: DbOrTx): Promise<OpenDraft[]> {
  assertCan(input.actor, 'task.draftUpdate');
  const d = await resolveDb(db);
  const { parties } = await loadTaskForWrite(d, input.taskId, false);
  return (await readTaskDrafts(d, input.actor, input.taskId, parties)).open;
}

/** Who drafted the task's submitted updates, by timeline entry, for a reader of the task (see `readTaskDrafts`). */
export async function draftAuthorsOf(
  input: { actor: Actor; taskId: number },
  db?: DbOrTx,
): Promise<Map<number, string>> {
  const d = await resolveDb(db);
  const { parties } = await loadTaskForWrite(d, input.taskId, false);
  return (await readTaskDrafts(d, input.actor, input.taskId, parties)).authors;
}
