import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import {
  directives,
  evidenceFiles,
  extensionRequests,
  taskCoordinators,
  taskUpdates,
  tasks,
  type Task,
} from '@/db/schema';
import { deleteEvidence, readEvidence, safeDisplayName, sniffEvidence, storeEvidence } from '@/lib/files/evidence';
import { writeAudit } from '@/lib/audit';
import { addToTimeline } from './timeline';
import { resolveDb } from '@/lib/db';
import { conflict, forbidden, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import {
  assertCan,
  can,
  canCommentOnTask,
  canReadTask,
  canRequestExtension,
  canUpdateTask,
  isReadOnly,
  refusalMessage,
  type Actor,
  type TaskParties,
} from '@/lib/policy';
import { formatDate, vnDate, type IsoDate } from '@/lib/time';
import { activeAgencyIds } from '@/lib/agencies/policy';
import { missedPeriods, periodsBetween, type Period } from './periods';
import type { CompletionDecisionInput, TaskUpdateInput } from './schemas';

/** A task and who it involves, locked for the rest of the transaction. */
export async function loadTaskForWrite(
  tx: DbOrTx,
  taskId: number,
  lock = true,
): Promise<{ task: Task; parties: TaskParties }> {
  const query = tx
    .select({ task: tasks, isConfidential: directives.isConfidential })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .where(eq(tasks.id, taskId));
  const [row] = lock ? await query.for('update', { of: tasks }) : await query;
  if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
  const coordinators = await tx
    .select({ agencyId: taskCoordinators.agencyId })
    .from(taskCoordinators)
    .where(eq(taskCoordinators.taskId, taskId));
  return {
    task: row.task,
    parties: {
      leadAgencyId: row.task.leadAgencyId,
      assignedAgencyId: row.task.assignedAgencyId,
      monitorAgencyId: row.task.monitorAgencyId,
      coordinatorIds: coordinators.map((c) => c.agencyId),
      isConfidential: row.isConfidential,
    },
  };
}

/**
 * Loads a task for a write by `actor`: refused first to a user of an ended agency (who may change nothing, and
 * is told why whatever the task), then unknown to those who may not read it, refused to those who may not do this.
 */
async function requireTask(
  tx: DbOrTx,
  actor: Actor,
  taskId: number,
  allowed: (actor: Actor, parties: TaskParties) => boolean,
) {
  if (isReadOnly(actor)) throw forbidden(refusalMessage(actor));
  const loaded = await loadTaskForWrite(tx, taskId);
  if (!canReadTask(actor, loaded.parties)) throw notFound('Không tìm thấy nhiệm vụ.');
  if (!allowed(actor, loaded.parties)) throw forbidden(refusalMessage(actor));
  return loaded;
}

/** Writes the task if it is still at `version`; otherwise the caller is told it was saved by someone else. */
async function writeTask(
  tx: Tx,
  taskId: number,
  version: number,
  set: Partial<typeof tasks.$inferInsert>,
): Promise<Task> {
  const [row] = await tx
    .update(tasks)
    .set({ ...set, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(tasks.id, taskId), eq(tasks.version, version)))
    .returning();
  if (!row) throw conflict(STALE_MESSAGE);
  return row;
}

export type EvidenceUpload = { name: string; bytes: Uint8Array };

/** Checks every file's type from its content before anything is written; one bad file refuses the update. */
async function checkEvidence(files: EvidenceUpload[]) {
  if (files.length > 10) throw invalid('Tối đa 10 tệp mỗi lần.', { evidence: 'Tối đa 10 tệp mỗi lần.' });
  const checked = [];
  for (const f of files) {
    const sniff = await sniffEvidence(f.bytes, f.name);
    if (!sniff.ok)
      throw invalid(`${safeName(f.name)}: ${sniff.reason}`, { evidence: `${safeName(f.name)}: ${sniff.reason}` });
    checked.push({ ...f, type: sniff.type });
  }
  return checked;
}
const safeName = (name: string) => name.replace(/\p{Cc}|\p{Cf}/gu, '').slice(0, 120);

/**
 * A lead agency's progress report: status, progress, result, completion date and evidence files, at
 * the version read. Files are checked by content first, stored under server-made names, and removed
 * again if the update does not commit.
 */
export async function updateTaskProgress(
  input: { actor: Actor; values: TaskUpdateInput; files?: EvidenceUpload[] },
  db?: DbOrTx,
): Promise<Task> {
  const v = input.values;
  const d = await resolveDb(db);
  const files = await checkEvidence(input.files ?? []);
  const stored: string[] = [];
  try {
    return await d.transaction(async (tx) => {
      const { task } = await requireTask(tx, input.actor, v.taskId, canUpdateTask);
      if (task.status === 'cancelled') throw invalid('Nhiệm vụ đã hủy.');
      const today = vnDate();
      if (v.completedOn && v.completedOn > today)
        throw invalid('Ngày hoàn thành không được sau hôm nay.', {
          completedOn: 'Ngày hoàn thành không được sau hôm nay.',
        });
      if (v.completedOn && v.completedOn < task.assignedOn)
        throw invalid('Ngày hoàn thành trước ngày giao.', { completedOn: 'Ngày hoàn thành trước ngày giao nhiệm vụ.' });
      const completed = v.status === 'completed';
      // Decision 023: a completion names what completed the work, and one dated before today (Vietnam calendar)
      // counts from today until the secretariat confirms it. Re-saving the same completion keeps its record.
      const sameCompletion = completed && task.status === 'completed' && task.completedOn === v.completedOn;
      const completionDocument = v.completionDocument ?? (sameCompletion ? task.completionDocument : null);
      if (completed && !sameCompletion && !completionDocument && files.length === 0) {
        const message = 'Nêu văn bản/kết quả hoàn thành (số, ký hiệu, ngày) hoặc đính kèm tệp minh chứng.';
        throw invalid(message, { completionDocument: message });
      }
      const backDated = completed && !sameCompletion && v.completedOn! < today;
      // The secretariat's own report of a back-dated completion is its confirmation.
      const selfConfirmed = backDated && can(input.actor, 'task.confirmCompletion');
      const completion = !completed
        ? {
            completionDocument: null,
            completionReportedOn: null,
            completionConfirmedAt: null,
            completionConfirmedById: null,
          }
        : sameCompletion
          ? { completionDocument }
          : {
              completionDocument,
              completionReportedOn: today,
              completionConfirmedAt: selfConfirmed ? new Date() : null,
              completionConfirmedById: selfConfirmed ? input.actor.userId : null,
            };
      // The successor correcting the work of an ended predecessor: open work is the successor's (decision 022).
      const takeOver =
        !completed &&
        input.actor.agencyId !== null &&
        input.actor.agencyId !== task.leadAgencyId &&
        (input.actor.inheritedAgencyIds ?? []).includes(task.leadAgencyId);
      const after = await writeTask(tx, task.id, v.version, {
        status: v.status,
        progress: completed ? 100 : v.progress,
        result: v.result,
        completedOn: completed ? v.completedOn : null,
        ...completion,
        ...(takeOver ? { leadAgencyId: input.actor.agencyId! } : {}),
      });
      if (takeOver)
        await addToTimeline(tx, input.actor, {
          taskId: task.id,
          kind: 'handed_over',
          note: 'Cơ quan kế thừa tiếp nhận nhiệm vụ đang thực hiện của cơ quan đã chấm dứt hoạt động.',
          data: { fromAgencyId: task.leadAgencyId, toAgencyId: input.actor.agencyId },
        });
      const [update] = await addToTimeline(tx, input.actor, {
        taskId: task.id,
        kind: 'progress',
        statusFrom: task.status,
        statusTo: after.status,
        progress: after.progress,
        note: v.note ?? v.result,
        data: completed
          ? {
              completedOn: v.completedOn,
              completionDocument: after.completionDocument,
              awaitingConfirmation: after.completionPending,
            }
          : null,
      });
      const evidence = [];
      for (const f of files) {
        const saved = await storeEvidence(f.bytes, f.type);
        stored.push(saved.storageKey);
        evidence.push({
          taskId: task.id,
          updateId: update!,
          storageKey: saved.storageKey,
          originalName: safeDisplayName(f.name, f.type),
          mimeType: f.type.mime,
          sizeBytes: saved.sizeBytes,
          sha256: saved.sha256,
          uploadedById: input.actor.userId,
        });
      }
      if (evidence.length) await tx.insert(evidenceFiles).values(evidence);
      await writeAudit(tx, {
        actor: input.actor,
        action: 'task.update',
        entityType: 'task',
        entityId: task.id,
        before: task,
        after: { ...after, updateId: update!, files: evidence.map((e) => e.originalName) },
      });
      return after;
    });
  } catch (error) {
    await Promise.all(stored.map((key) => deleteEvidence(key).catch(() => undefined)));
    throw error;
  }
}

/** An evidence file's bytes for a reader of its task (the check is the task's, including confidentiality). */
export async function readEvidenceFile(input: { actor: Actor; fileId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [file] = await d.select().from(evidenceFiles).where(eq(evidenceFiles.id, input.fileId));
  if (!file) throw notFound('Không tìm thấy tệp.');
  const { parties } = await loadTaskForWrite(d, file.taskId, false);
  if (!canReadTask(input.actor, parties)) throw notFound('Không tìm thấy tệp.');
  return { file, bytes: await readEvidence(file.storageKey) };
}

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

/** One report per period for a recurring task (a second report for the same period is refused). */
export async function reportPeriod(
  input: { actor: Actor; taskId: number; period: string; note: string },
  db?: DbOrTx,
): Promise<number> {
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, canUpdateTask);
    if (task.deadlineKind !== 'recurring' || !task.recurrence) throw invalid('Nhiệm vụ này không báo cáo định kỳ.');
    const open = periodsBetween(task.recurrence, task.assignedOn, vnDate());
    if (!open.includes(input.period))
      throw invalid('Kỳ báo cáo chưa đến hoặc trước ngày giao.', { period: 'Chọn kỳ báo cáo khác.' });
    const [dup] = await tx
      .select({ id: taskUpdates.id })
      .from(taskUpdates)
      .where(
        and(
          eq(taskUpdates.taskId, task.id),
          eq(taskUpdates.kind, 'period_report'),
          eq(taskUpdates.period, input.period),
        ),
      );
    if (dup) throw invalid('Kỳ này đã có báo cáo.', { period: 'Kỳ này đã có báo cáo.' });
    const [row] = await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'period_report',
      period: input.period,
      note: input.note,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.period_report',
      entityType: 'task',
      entityId: task.id,
      after: { period: input.period, note: input.note },
    });
    return row!;
  });
}

/** The periods a recurring task has not reported on yet (closed periods only). */
export function periodsMissing(
  task: Pick<Task, 'recurrence' | 'assignedOn'>,
  reported: string[],
  today = vnDate(),
): string[] {
  return task.recurrence ? missedPeriods(task.recurrence as Period, task.assignedOn, today, reported) : [];
}

/** The warning given when a deadline being set is already past (before today, Vietnam time); null otherwise. */
export function pastDateWarning(date: IsoDate, today: IsoDate = vnDate()): string | null {
  return date < today
    ? `Ngày ${formatDate(date)} đã qua (hôm nay là ${formatDate(today)}). Nếu đúng là ngày này, hãy đánh dấu “Xác nhận ngày đã qua” rồi gửi lại.`
    : null;
}

/**
 * A deadline already past is refused with the warning, on the date's field and on `confirmPast` (the form then
 * shows the box), unless the user ticked it: such a date makes the task overdue at once.
 */
function confirmNotPast(date: IsoDate, confirmed: boolean | undefined, field: string, today?: IsoDate) {
  const warning = pastDateWarning(date, today);
  if (warning && !confirmed) throw invalid(warning, { [field]: warning, confirmPast: warning });
}

/** The lead agency asks for a later date; one pending request per task. */
export async function requestExtension(
  input: {
    actor: Actor;
    taskId: number;
    requestedDueDate: string;
    reason: string;
    confirmPast?: boolean;
    today?: IsoDate;
  },
  db?: DbOrTx,
): Promise<number> {
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, canRequestExtension);
    if (task.deadlineKind !== 'dated' || !task.dueDate) throw invalid('Chỉ gia hạn nhiệm vụ có thời hạn.');
    if (task.status === 'completed' || task.status === 'cancelled') throw invalid('Nhiệm vụ đã kết thúc.');
    if (input.requestedDueDate <= task.dueDate)
      throw invalid('Thời hạn đề nghị phải sau thời hạn hiện tại.', {
        requestedDueDate: 'Chọn ngày sau thời hạn hiện tại.',
      });
    confirmNotPast(input.requestedDueDate, input.confirmPast, 'requestedDueDate', input.today);
    const [pending] = await tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(and(eq(extensionRequests.taskId, task.id), eq(extensionRequests.status, 'pending')));
    if (pending) throw invalid('Đã có đề nghị gia hạn đang chờ xử lý.');
    const [row] = await tx
      .insert(extensionRequests)
      .values({
        taskId: task.id,
        previousDueDate: task.dueDate,
        requestedDueDate: input.requestedDueDate,
        reason: input.reason,
        requestedById: input.actor.userId,
      })
      .returning({ id: extensionRequests.id });
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: 'extension_requested',
      note: input.reason,
      data: { extensionId: row!.id, requestedDueDate: input.requestedDueDate },
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
 * notice to the lead agency and the audit say which date was granted.
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
  },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'extension.decide');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(extensionRequests)
      .where(eq(extensionRequests.id, input.extensionId))
      .for('update');
    if (!request) throw notFound('Không tìm thấy đề nghị gia hạn.');
    if (request.status !== 'pending') throw invalid('Đề nghị đã được xử lý.');
    const { task } = await loadTaskForWrite(tx, request.taskId);
    const granted = input.grantedDueDate ?? request.requestedDueDate;
    if (input.decision === 'accepted') {
      if (task.status === 'completed' || task.status === 'cancelled')
        throw invalid('Nhiệm vụ đã kết thúc, không gia hạn.');
      if (input.grantedDueDate && task.dueDate && granted <= task.dueDate) {
        throw invalid('Thời hạn chấp thuận phải sau thời hạn hiện hành.', {
          grantedDueDate: `Chọn ngày sau ${formatDate(task.dueDate)}.`,
        });
      }
      if (!task.dueDate || granted <= task.dueDate) {
        throw invalid('Thời hạn đề nghị không sau thời hạn hiện hành (đã được điều chỉnh); hãy từ chối đề nghị này.');
      }
      confirmNotPast(granted, input.confirmPast, 'grantedDueDate', input.today);
    }
    await tx
      .update(extensionRequests)
      .set({ status: input.decision, decidedById: input.actor.userId, decisionNote: input.note, decidedAt: new Date() })
      .where(eq(extensionRequests.id, request.id));
    if (input.decision === 'accepted') await writeTask(tx, task.id, task.version, { dueDate: granted });
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
      .where(inArray(tasks.id, input.taskIds));
    const open = rows.filter((r) => r.status === 'not_started' || r.status === 'in_progress').map((r) => r.id);
    if (open.length === 0) throw invalid('Không có nhiệm vụ đang thực hiện nào để đôn đốc.');
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

/**
 * Sets a new current deadline on the selected dated tasks, with a reason; the original deadline stays. A date
 * already past is set only once confirmed (`confirmPast`).
 */
export async function changeDeadlines(
  input: {
    actor: Actor;
    taskIds: number[];
    dueDate: string;
    reason: string;
    confirmPast?: boolean;
    today?: IsoDate;
  },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'task.manage');
  confirmNotPast(input.dueDate, input.confirmPast, 'dueDate', input.today);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    let changed = 0;
    for (const taskId of input.taskIds) {
      const { task } = await loadTaskForWrite(tx, taskId);
      if (task.deadlineKind !== 'dated' || task.status === 'cancelled') continue;
      await writeTask(tx, task.id, task.version, { dueDate: input.dueDate });
      await addToTimeline(tx, input.actor, {
        taskId,
        kind: 'deadline_changed',
        note: input.reason,
        data: { from: task.dueDate, to: input.dueDate },
      });
      await writeAudit(tx, {
        actor: input.actor,
        action: 'task.change_deadline',
        entityType: 'task',
        entityId: taskId,
        before: { dueDate: task.dueDate },
        after: { dueDate: input.dueDate, reason: input.reason },
      });
      changed++;
    }
    if (changed === 0) throw invalid('Không có nhiệm vụ có thời hạn nào để đổi.');
    return changed;
  });
}

export async function cancelTask(
  input: { actor: Actor; taskId: number; version: number; reason: string },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const { task } = await loadTaskForWrite(tx, input.taskId);
    if (task.status === 'cancelled') throw invalid('Nhiệm vụ đã hủy.');
    const after = await writeTask(tx, task.id, input.version, {
      status: 'cancelled',
      cancelReason: input.reason,
      completedOn: null,
    });
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
      after,
    });
  });
}

/** Gives an open task to another (active) lead agency; who was first assigned stays on record. */
export async function reassignTask(
  input: { actor: Actor; taskId: number; version: number; leadAgencyId: number; reason: string },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const { task } = await loadTaskForWrite(tx, input.taskId);
    if (task.status === 'completed' || task.status === 'cancelled') throw invalid('Nhiệm vụ đã kết thúc.');
    if (!(await activeAgencyIds(tx, [input.leadAgencyId], vnDate())).has(input.leadAgencyId))
      throw invalid('Cơ quan đã chấm dứt hoạt động.');
    const after = await writeTask(tx, task.id, input.version, { leadAgencyId: input.leadAgencyId });
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
      after: { leadAgencyId: after.leadAgencyId, reason: input.reason },
    });
  });
}

/**
 * The secretariat confirms a back-dated completion (it then counts by its completion date) or returns it
 * with a reason: the task is not completed, back in progress, with the reason on its timeline and a notice to
 * the lead agency (decision 023).
 */
export async function decideCompletion(
  input: { actor: Actor; values: CompletionDecisionInput },
  db?: DbOrTx,
): Promise<Task> {
  assertCan(input.actor, 'task.confirmCompletion');
  const v = input.values;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task, parties } = await loadTaskForWrite(tx, v.taskId);
    if (!canReadTask(input.actor, parties)) throw notFound('Không tìm thấy nhiệm vụ.');
    if (!task.completionPending) {
      if (task.version !== v.version) throw conflict(STALE_MESSAGE);
      throw invalid('Nhiệm vụ không có báo cáo hoàn thành đang chờ xác nhận.');
    }
    const confirm = v.decision === 'confirm';
    const after = await writeTask(
      tx,
      task.id,
      v.version,
      confirm
        ? { completionConfirmedAt: new Date(), completionConfirmedById: input.actor.userId }
        : {
            status: 'in_progress',
            completedOn: null,
            completionDocument: null,
            completionReportedOn: null,
            completionConfirmedAt: null,
            completionConfirmedById: null,
          },
    );
    const data = {
      completedOn: task.completedOn,
      reportedOn: task.completionReportedOn,
      completionDocument: task.completionDocument,
    };
    await addToTimeline(tx, input.actor, {
      taskId: task.id,
      kind: confirm ? 'completion_confirmed' : 'completion_returned',
      statusFrom: task.status,
      statusTo: after.status,
      progress: after.progress,
      note: v.reason,
      data,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: confirm ? 'task.completion_confirm' : 'task.completion_return',
      entityType: 'task',
      entityId: task.id,
      before: task,
      after: { ...after, reason: v.reason },
    });
    return after;
  });
}
