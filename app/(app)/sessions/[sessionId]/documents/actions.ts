'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { approveDocument, changeDocumentStatus, saveDocument } from '@/lib/minutes/mutations';
import { documentApprovalSchema, documentFieldsSchema, documentStatusSchema } from '@/lib/minutes/schemas';

// POST (server action) /sessions/[id]/documents/[kind] - save the document (a new revision)
export async function saveDocumentAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(documentFieldsSchema, input, (actor, values) =>
    saveDocument({ actor, values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/sessions/${result.data!.sessionId}`, 'layout');
  return { ok: true, message: await say('done.saved') };
}

// POST (server action) /sessions/[id]/documents/[kind] - send for review, return to draft, publish
export async function changeDocumentStatusAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(documentStatusSchema, input, (actor, values) =>
    changeDocumentStatus({ actor, ...values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/sessions/${result.data!.sessionId}`, 'layout');
  return { ok: true, message: await say(result.data!.to === 'published' ? 'done.published' : 'done.statusChanged') };
}

// POST (server action) /sessions/[id]/documents/[kind] - approve the document in review for publishing (decision 024)
export async function approveDocumentAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(documentApprovalSchema, input, (actor, values) =>
    approveDocument({ actor, ...values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/sessions/${result.data!.sessionId}`, 'layout');
  return { ok: true, message: await say('done.approved') };
}
