import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { extensionRequests } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, canRequestExtension, type Actor } from '@/lib/policy';
import { formatDate, vnDate, type IsoDate } from '@/lib/time';
import { confirmNotPast } from './deadlines';
import { addToTimeline } from './timeline';
import { anyReader, requireTask, writeTask } from './task-write';

/**
 * The lead agency asks for a later date; one pending request per task. `now`: when it asked (now by
 * default; the demo seed records a past request with it); `today` defaults to its Vietnam day.
 */
export async function requestExtension(
  input: {
    actor: Actor;
    taskId: number;
    requestedDueDate: string;
    reason: string;
    confirmPast?: boolean;
    today?: IsoDate;
    now?: Date;
  },
  db?: DbOrTx,
): Promise<number> {
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, canRequestExtension);
    if (task.deadlineKind !== 'dated' || !task.dueDate) throw invalid(msg('errors.tasks.extendDatedOnly'));
    if (task.status === 'completed' || task.status === 'cancelled' || task.status === 'carried_over')
      throw invalid(msg('errors.tasks.ended'));
    if (input.requestedDueDate <= task.dueDate)
      throw invalid(msg('errors.tasks.requestedAfterCurrent'), {
        requestedDueDate: msg('errors.tasks.chooseAfterCurrent'),
      });
    const now = input.now ?? new Date();
    confirmNotPast(input.requestedDueDate, input.confirmPast, 'requestedDueDate', input.today ?? vnDate(now));
    const [pending] = await tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(and(eq(extensionRequests.taskId, task.id), eq(extensionRequests.status, 'pending')));
    if (pending) throw invalid(msg('errors.tasks.extensionPending'));
    const [row] = await tx
      .insert(extensionRequests)
      .values({
        taskId: task.id,
        previousDueDate: task.dueDate,
        requestedDueDate: input.requestedDueDate,
        reason: input.reason,
        requestedById: input.actor.userId,
        createdAt: now,
      })
      .returning({ id: extensionRequests.id });
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'extension_requested',
      note: input.reason,
      data: { extensionId: row!.id, requestedDueDate: input.requestedDueDate },
      createdAt: now,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.extension_request',
      entityType: 'task',
      entityId: task.id,
      after: { extensionId: row!.id, requestedDueDate: input.requestedDueDate, reason: input.reason },
    });
    return row!.id;
  });
}

/**
 * The secretariat accepts (the current deadline moves; the original stays) or refuses a request. It may grant
 * another date than the one asked (`grantedDueDate`, still after the current deadline); the timeline, the
 * notice to the lead agency and the audit say which date was granted. `now`: when it decided (as for
 * requestExtension).
 */
export async function decideExtension(
  input: {
    actor: Actor;
    extensionId: number;
    decision: 'accepted' | 'refused';
    note: string | null;
    grantedDueDate?: IsoDate | null;
    confirmPast?: boolean;
    today?: IsoDate;
    now?: Date;
  },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'extension.decide');
  const d = await resolveDb(db);
  const now = input.now ?? new Date();
  await d.transaction(async (tx) => {
    const [ref] = await tx
      .select({ taskId: extensionRequests.taskId })
      .from(extensionRequests)
      .where(eq(extensionRequests.id, input.extensionId));
    if (!ref) throw notFound(msg('errors.tasks.extensionNotFound'));
    // The task first: outside the reader's committees the request is not found, decided or not. And locked first,
    // then the request, the order every task write keeps (a reassignment locks the task, then withdraws its pending
    // request): the other way round, a decision made while the task was reassigned deadlocked (attacker pass 29).
    const { task } = await requireTask(tx, input.actor, ref.taskId, anyReader);
    const [request] = await tx
      .select()
      .from(extensionRequests)
      .where(eq(extensionRequests.id, input.extensionId))
      .for('update');
    if (!request) throw notFound(msg('errors.tasks.extensionNotFound'));
    if (request.status !== 'pending') throw invalid(msg('errors.tasks.extensionDecided'));
    const granted = input.grantedDueDate ?? request.requestedDueDate;
    if (input.decision === 'accepted') {
      if (task.status === 'completed' || task.status === 'cancelled' || task.status === 'carried_over')
        throw invalid(msg('errors.tasks.endedNoExtension'));
      if (input.grantedDueDate && task.dueDate && granted <= task.dueDate) {
        throw invalid(msg('errors.tasks.grantedAfterCurrent'), {
          grantedDueDate: msg('errors.tasks.chooseAfter', { date: formatDate(task.dueDate) }),
        });
      }
      if (!task.dueDate || granted <= task.dueDate) {
        throw invalid(msg('errors.tasks.requestNotAfterCurrent'));
      }
      confirmNotPast(granted, input.confirmPast, 'grantedDueDate', input.today ?? vnDate(now));
    }
    await tx
      .update(extensionRequests)
      .set({ status: input.decision, decidedById: input.actor.userId, decisionNote: input.note, decidedAt: now })
      .where(eq(extensionRequests.id, request.id));
    if (input.decision === 'accepted') await writeTask(tx, task.id, task.version, { dueDate: granted }, now);
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'extension_decided',
      note: input.note,
      data: {
        extensionId: request.id,
        accepted: input.decision === 'accepted',
        dueDate: input.decision === 'accepted' ? granted : request.requestedDueDate,
        requestedDueDate: request.requestedDueDate,
      },
      createdAt: now,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: `task.extension_${input.decision}`,
      entityType: 'task',
      entityId: task.id,
      before: { dueDate: task.dueDate },
      after: {
        dueDate: input.decision === 'accepted' ? granted : task.dueDate,
        requestedDueDate: request.requestedDueDate,
      },
    });
  });
}
