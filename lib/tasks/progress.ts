import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { evidenceFiles, taskUpdates, type Task } from '@/db/schema';
import { deleteEvidence, readEvidence, safeDisplayName, sniffEvidence, storeEvidence } from '@/lib/files/evidence';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, can, canReadTask, canUpdateTask, type Actor } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { missedPeriods, periodsBetween, type Period } from './periods';
import { isAwaitingConfirmation } from './timeliness';
import type { CompletionDecisionInput, TaskUpdateInput } from './schemas';
import { addToTimeline } from './timeline';
import { TAKE_OVER_NOTE } from './timeline-vocabulary';
import { liveLeads, loadTaskForWrite, requireTask, writeTask } from './task-write';

/** At most this many evidence files with one update. */
const MAX_FILES = 10;

export type EvidenceUpload = { name: string; bytes: Uint8Array };

/** Checks every file's type from its content before anything is written; one bad file refuses the update. */
async function checkEvidence(files: EvidenceUpload[]) {
  if (files.length > MAX_FILES) {
    const message = msg('errors.tasks.tooManyFiles', { max: MAX_FILES });
    throw invalid(message, { evidence: message });
  }
  const checked = [];
  for (const f of files) {
    const sniff = await sniffEvidence(f.bytes, f.name);
    if (!sniff.ok) {
      const message = msg('errors.tasks.badFile', { name: safeName(f.name), reason: sniff.reason });
      throw invalid(message, { evidence: message });
    }
    checked.push({ ...f, type: sniff.type });
  }
  return checked;
}
const safeName = (name: string) => name.replace(/\p{Cc}|\p{Cf}/gu, '').slice(0, 120);

/**
 * A lead agency's progress report: status, progress, result, completion date and evidence files, at
 * the version read. Files are checked by content first, stored under server-made names, and removed
 * again if the update does not commit. `now`: when the report was made (now by default; the demo seed
 * records its past reports with it).
 */
export async function updateTaskProgress<R = never>(
  input: {
    actor: Actor;
    values: TaskUpdateInput;
    files?: EvidenceUpload[];
    now?: Date;
    /** Kept in the timeline entry's `data` with the rest (a submitted draft: `{ draftId, draftedBy }`). */
    data?: Record<string, unknown>;
    /**
     * A read of the result made in the same transaction, sent with the last write (the API's answer: one round trip
     * less than reading it after the commit). Returned as `read`.
     */
    read?: (tx: Tx) => Promise<R>;
  },
  db?: DbOrTx,
): Promise<Task & { read?: R }> {
  const v = input.values;
  const d = await resolveDb(db);
  // Files are read and scanned only for someone who may make this update (checked again, locked, below).
  if (input.files?.length) await requireTask(d, input.actor, v.taskId, canUpdateTask);
  const files = await checkEvidence(input.files ?? []);
  const stored: string[] = [];
  try {
    return await d.transaction(async (tx) => {
      const { task } = await requireTask(tx, input.actor, v.taskId, canUpdateTask);
      if (task.status === 'cancelled') throw invalid(msg('errors.tasks.cancelled'));
      if (task.status === 'carried_over') throw invalid(msg('errors.tasks.ended'));
      const now = input.now ?? new Date();
      const today = vnDate(now);
      if (v.completedOn && v.completedOn > today)
        throw invalid(msg('errors.tasks.completedInFuture'), { completedOn: msg('errors.tasks.completedInFuture') });
      if (v.completedOn && v.completedOn < task.assignedOn) {
        const message = msg('errors.tasks.completedBeforeAssigned', { date: formatDate(task.assignedOn) });
        throw invalid(message, { completedOn: message });
      }
      const completed = v.status === 'completed';
      // Status and progress agree: a completed task is at 100 %, and progress reported on a task not started means the
      // work has begun. "Not started, 100 %" was stored as sent and shown so to the leaders (attacker pass 33); an agency
      // head who types 50 % and leaves the status as it was has started the work, and keeps their 50 %.
      const status = v.status === 'not_started' && v.progress > 0 ? 'in_progress' : v.status;
      const progress = completed ? 100 : v.progress;
      // Decision 023: a completion names what completed the work, and one dated before today (Vietnam calendar)
      // counts from today until the secretariat confirms it. Re-saving the same completion keeps its record.
      // A different document is a new report of the completion, to be confirmed again (attacker pass 25: a confirmed
      // completion's document could be swapped for "(không có văn bản)" and stay confirmed).
      const sameCompletion =
        completed &&
        task.status === 'completed' &&
        task.completedOn === v.completedOn &&
        (v.completionDocument ?? task.completionDocument) === task.completionDocument;
      const completionDocument = v.completionDocument ?? (sameCompletion ? task.completionDocument : null);
      if (completed && !sameCompletion && !completionDocument && files.length === 0) {
        const message = msg('errors.tasks.completionDocumentRequired');
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
              completionConfirmedAt: selfConfirmed ? now : null,
              completionConfirmedById: selfConfirmed ? input.actor.userId : null,
            };
      // The successor correcting the work of an ended predecessor: open work is the successor's (decision 022).
      const takeOver =
        !completed &&
        input.actor.agencyId !== null &&
        input.actor.agencyId !== task.leadAgencyId &&
        (input.actor.inheritedAgencyIds ?? []).includes(task.leadAgencyId);
      if (task.version !== v.version) throw conflict(STALE_MESSAGE);
      // One live task per directive and lead agency (attacker pass 25): a successor that already leads the directive
      // reports on its own task; the secretariat closes the other.
      if (takeOver) {
        const [own] = await liveLeads(tx, { directiveId: task.directiveId, agencyIds: [input.actor.agencyId!] });
        if (own) throw invalid(msg('errors.tasks.takeOverDuplicate', { agency: own.name }));
      }
      // One round trip for the task and its timeline entries, one for the files, the audit row and the caller's read:
      // each statement is sent without waiting for the one before, on the transaction's connection (issue 21: the
      // write was seven round trips).
      // What the database will keep as `completion_pending` (a generated column), for the timeline entry.
      const awaiting = isAwaitingConfirmation({ ...task, ...completion, status, completedOn: v.completedOn });
      const [after, , [update]] = await Promise.all([
        writeTask(
          tx,
          task.id,
          v.version,
          {
            status,
            progress,
            result: v.result,
            completedOn: completed ? v.completedOn : null,
            ...completion,
            ...(takeOver ? { leadAgencyId: input.actor.agencyId! } : {}),
          },
          now,
        ),
        takeOver
          ? addToTimeline(tx, input.actor, {
              taskId: task.id,
              kind: 'handed_over',
              note: TAKE_OVER_NOTE,
              data: { fromAgencyId: task.leadAgencyId, toAgencyId: input.actor.agencyId },
              createdAt: now,
            })
          : [],
        addToTimeline(tx, input.actor, {
          taskId: task.id,
          kind: 'progress',
          statusFrom: task.status,
          statusTo: status,
          progress,
          note: v.note ?? v.result,
          data: completed
            ? {
                completedOn: v.completedOn,
                completionDocument,
                awaitingConfirmation: awaiting,
                ...input.data,
              }
            : (input.data ?? null),
          createdAt: now,
        }),
      ]);
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
      // Sent in this order: the read comes last, so it sees the files and everything above.
      const [, , read] = await Promise.all([
        evidence.length ? tx.insert(evidenceFiles).values(evidence) : null,
        writeAudit(tx, {
          actor: input.actor,
          action: 'task.update',
          entityType: 'task',
          entityId: task.id,
          before: task,
          after: { ...after, updateId: update!, files: evidence.map((e) => e.originalName) },
        }),
        input.read?.(tx),
      ]);
      return input.read ? { ...after, read: read as R } : after;
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
  if (!file) throw notFound(msg('errors.fileNotFound'));
  const { parties } = await loadTaskForWrite(d, file.taskId, false);
  if (!canReadTask(input.actor, parties)) throw notFound(msg('errors.fileNotFound'));
  return { file, bytes: await readEvidence(file.storageKey) };
}

/** One report per period for a recurring task (a second report for the same period is refused). */
export async function reportPeriod(
  input: { actor: Actor; taskId: number; period: string; note: string },
  db?: DbOrTx,
): Promise<number> {
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const { task } = await requireTask(tx, input.actor, input.taskId, canUpdateTask);
    if (task.status === 'cancelled') throw invalid(msg('errors.tasks.cancelled'));
    if (task.status === 'carried_over') throw invalid(msg('errors.tasks.ended'));
    if (task.deadlineKind !== 'recurring' || !task.recurrence) throw invalid(msg('errors.tasks.notRecurring'));
    const open = periodsBetween(task.recurrence, task.assignedOn, vnDate());
    if (!open.includes(input.period))
      throw invalid(msg('errors.tasks.periodNotOpen'), { period: msg('errors.tasks.choosePeriod') });
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
    if (dup) throw invalid(msg('errors.tasks.periodReported'), { period: msg('errors.tasks.periodReported') });
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
    if (!canReadTask(input.actor, parties)) throw notFound(msg('errors.tasks.notFound'));
    if (!task.completionPending) {
      if (task.version !== v.version) throw conflict(STALE_MESSAGE);
      throw invalid(msg('errors.tasks.noPendingCompletion'));
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
