'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { formOf, runAction, say } from '@/lib/action';
import type { MessageKey } from '@/lib/i18n/message';
import { decideExtension, requestExtension } from '@/lib/tasks/extensions';
import { cancelTask, commentOnTask, reassignTask } from '@/lib/tasks/mutations';
import { createDraft, discardDraft, submitDraft } from '@/lib/tasks/drafts';
import { decideCompletion, reportPeriod, updateTaskProgress } from '@/lib/tasks/progress';
import {
  cancelTaskSchema,
  commentSchema,
  completionDecisionSchema,
  discardDraftSchema,
  submitDraftSchema,
  taskDraftSchema,
  extensionDecisionSchema,
  extensionRequestSchema,
  periodReportSchema,
  reassignTaskSchema,
  taskUpdateFormValues,
  taskUpdateSchema,
} from '@/lib/tasks/schemas';

type State = ActionResult;
const done = async (message: MessageKey, values?: Record<string, unknown>): Promise<State> => {
  revalidatePath('/tasks', 'layout');
  return { ok: true, message: await say(message), ...(values ? { values } : {}) };
};

// POST (server action) /tasks/[id] - the lead agency's progress update, at the version read; answers the task as
// saved, so the form shows it (and its new version) for the next save
export async function updateTaskAction(_prev: FormState, posted: FormData): Promise<State> {
  const input = formOf(posted);
  const uploads = input.getAll('evidence').filter((f): f is File => f instanceof File && f.size > 0);
  input.delete('evidence');
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const r = await runAction(taskUpdateSchema, input, (actor, values) => updateTaskProgress({ actor, values, files }));
  return r.ok ? done('done.updateSaved', taskUpdateFormValues(r.data!)) : r;
}

// POST (server action) /tasks/[id] - a comment on the timeline
export async function commentAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(commentSchema, input, (actor, v) => commentOnTask({ actor, ...v }));
  return r.ok ? done('done.commentSent') : r;
}

// POST (server action) /tasks/[id] - a recurring task's report for one period
export async function periodReportAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(periodReportSchema, input, (actor, v) => reportPeriod({ actor, ...v }));
  return r.ok ? done('done.reportSent') : r;
}

// POST (server action) /tasks/[id] - the lead agency asks for a later deadline
export async function requestExtensionAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(extensionRequestSchema, input, (actor, v) => requestExtension({ actor, ...v }));
  return r.ok ? done('done.extensionRequested') : r;
}

// POST (server action) /tasks/[id] - the secretariat accepts or refuses an extension
export async function decideExtensionAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(extensionDecisionSchema, input, (actor, v) =>
    decideExtension({ actor, ...v, note: v.note }),
  );
  return r.ok ? done('done.extensionDecided') : r;
}

// POST (server action) /tasks/[id] - the secretariat cancels a task with a reason
export async function cancelTaskAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(cancelTaskSchema, input, (actor, v) => cancelTask({ actor, ...v }));
  return r.ok ? done('done.taskCancelled') : r;
}

// POST (server action) /tasks/[id] - the secretariat gives the task to another lead agency
export async function reassignTaskAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(reassignTaskSchema, input, (actor, v) => reassignTask({ actor, ...v }));
  return r.ok ? done('done.leadReassigned') : r;
}

// POST (server action) /tasks/[id] - the secretariat confirms a back-dated completion, or returns it with a reason
export async function decideCompletionAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(completionDecisionSchema, input, (actor, values) => decideCompletion({ actor, values }));
  if (!r.ok) return r;
  return done(r.data?.status === 'completed' ? 'done.completionConfirmed' : 'done.completionReturned');
}

// POST (server action) /tasks/[id] - the lead agency's staff (or a focal point) drafts a progress update
export async function createDraftAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(taskDraftSchema, input, (actor, values) => createDraft({ actor, values }));
  return r.ok ? done('done.people.draftSaved') : r;
}

// POST (server action) /tasks/[id] - a focal point of the lead agency submits a draft as their progress update
export async function submitDraftAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(submitDraftSchema, input, (actor, values) => submitDraft({ actor, values }));
  return r.ok ? done('done.people.draftSubmitted') : r;
}

// POST (server action) /tasks/[id] - a focal point of the lead agency, or its author, discards a draft
export async function discardDraftAction(_prev: FormState, input: FormData): Promise<State> {
  const r = await runAction(discardDraftSchema, input, (actor, v) => discardDraft({ actor, ...v }));
  return r.ok ? done('done.people.draftDiscarded') : r;
}
