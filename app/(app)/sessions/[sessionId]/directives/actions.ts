'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import type { ProposedDirective } from '@/lib/directives/conclusion-parser';
import { proposeForSession } from '@/lib/directives/propose';
import {
  acceptProposals,
  createDirective,
  deleteDirective,
  moveDirective,
  updateDirective,
} from '@/lib/directives/mutations';
import { type NoticeHeader, parseNoticeHeader } from '@/lib/directives/notice-header';
import { noticeIssuerProvince } from '@/lib/directives/conclusion-parser';
import { extractNoticeText, type NoticeSource } from '@/lib/directives/notice-file';
import { fromLegacyVietnamese, type LegacyEncoding } from '@/lib/legacy-vietnamese';
import { addAgencyFromNotice } from '@/lib/agencies/from-notice';
import { addAgencyFromNoticeSchema } from '@/lib/agencies/schemas';
import { getSessionDetail } from '@/lib/sessions/queries';
import { continueDirective } from '@/lib/directives/continue';
import {
  acceptProposalsSchema,
  continueDirectiveSchema,
  createDirectiveSchema,
  deleteDirectiveSchema,
  directiveRefSchema,
  pasteNoticeSchema,
  updateDirectiveFormSchema,
} from '@/lib/directives/schemas';
import { assignToTargets } from '@/lib/tasks/assign';
import { assignFormSchema } from '@/lib/tasks/schemas';
import { forbidden } from '@/lib/errors';
import { can, refusalMessage } from '@/lib/policy';

const back = (sessionId: number) => `/sessions/${sessionId}/directives`;

// POST (server action) /sessions/[id]/directives - add a directive
export async function createDirectiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(createDirectiveSchema, input, (actor, { sessionId, ...values }) =>
    createDirective({ actor, sessionId, values }).then(() => sessionId),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!));
  return { ok: true, message: await say('done.directiveAdded') };
}

// POST (server action) /sessions/[id]/directives?edit=… - save one directive at the version read
export async function updateDirectiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(
    updateDirectiveFormSchema,
    input,
    (actor, { sessionId, directiveId, version, ...values }) =>
      updateDirective({ actor, directiveId, version, values }).then(() => sessionId),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!));
  redirect(back(result.data!));
}

// POST (server action) - move a directive up or down among its siblings
export async function moveDirectiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(directiveRefSchema, input, (actor, { sessionId, directiveId, direction }) =>
    moveDirective({ actor, directiveId, direction: direction ?? 'up' }).then(() => sessionId),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!));
  return { ok: true };
}

// POST (server action) - delete a directive without sub-items or tasks
export async function deleteDirectiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(deleteDirectiveSchema, input, (actor, { sessionId, directiveId, version }) =>
    deleteDirective({ actor, directiveId, version }).then(() => sessionId),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!));
  redirect(back(result.data!));
}

/** The proposals read from a pasted notice, the notice's header, and a stamp told apart from the last read. */
export type Proposals = {
  id: string;
  proposals: ProposedDirective[];
  /** The pasted notice's number, date, place and signer (null fields when not read). */
  header?: NoticeHeader;
  /** When the notice came as a file: the text read from it (shown beside the proposals) and how it was read. */
  extracted?: { text: string; source: NoticeSource };
  /** The notice was typed in TCVN3 (.VnTime) and was read as Unicode: the review says so. */
  legacy?: LegacyEncoding;
};

// POST (server action) - parse a pasted conclusion notice, or its file (DOCX, PDF, scanned PDF), into proposals;
// saves nothing
export async function proposeDirectivesAction(
  _prev: FormState<Proposals>,
  input: FormData,
): Promise<ActionResult<Proposals>> {
  const result = await runAction(pasteNoticeSchema, input, async (actor, { sessionId, text: pasted, file }) => {
    if (!can(actor, 'directive.manage')) throw forbidden(refusalMessage(actor));
    const session = await getSessionDetail({ actor, sessionId });
    // A file wins over pasted text; it is read in memory and never stored.
    const extracted = file
      ? await extractNoticeText(new Uint8Array(await file.arrayBuffer()), 'name' in file ? String(file.name) : '')
      : undefined;
    // Pasted from a .VnTime document, the text is TCVN3 too (a file's was read as Unicode already).
    const pastedText = extracted ? null : fromLegacyVietnamese(pasted);
    const text = extracted?.text ?? pastedText!.text;
    const legacy = extracted?.legacy ?? pastedText?.from ?? undefined;
    return {
      proposals: await proposeForSession(text, session),
      header: { ...parseNoticeHeader(text), province: noticeIssuerProvince(text) },
      extracted: extracted ? { text: extracted.text, source: extracted.source } : undefined,
      legacy,
    };
  });
  if (!result.ok) return result;
  return {
    ok: true,
    data: {
      id: randomUUID(),
      proposals: result.data?.proposals ?? [],
      header: result.data?.header,
      extracted: result.data?.extracted,
      legacy: result.data?.legacy,
    },
  };
}

// POST (server action) - save the reviewed proposals (directives and their tasks) in one transaction; the review
// form posts them as hidden fields (`items.0.text`)
export async function acceptProposalsAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(acceptProposalsSchema, input, (actor, values) =>
    acceptProposals({ actor, ...values }).then(() => values.sessionId),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!));
  redirect(back(result.data!));
}

/** An agency added from the review: its id and name, and whether it is new (false: one of that name existed). */
export type AddedAgency = { agencyId: number; name: string; created: boolean };

// POST (server action) - add a body the notice names that the registry lacks, from the proposals' review
export async function addAgencyFromNoticeAction(
  _prev: FormState<AddedAgency>,
  input: FormData,
): Promise<ActionResult<AddedAgency>> {
  return runAction(addAgencyFromNoticeSchema, input, (actor, values) => addAgencyFromNotice({ actor, values }), {
    permission: 'agency.create',
  });
}

// POST (server action) /sessions/[id]/directives?assign=… - assign a directive (agencies or a group)
export async function assignAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(assignFormSchema, input, (actor, { sessionId, ...v }) =>
    assignToTargets({ actor, ...v }).then((ids) => ({ sessionId, count: ids.length })),
  );
  if (!result.ok) return result;
  revalidatePath(back(result.data!.sessionId));
  return { ok: true, message: await say('done.tasksAssigned', { count: result.data!.count }) };
}

// POST (server action) /sessions/[id] - continue an earlier session's directive here, carrying its open tasks (036)
export async function continueDirectiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(continueDirectiveSchema, input, async (actor, values) => ({
    sessionId: values.sessionId,
    id: await continueDirective({ actor, ...values }),
  }));
  if (!result.ok) return result;
  revalidatePath(`/sessions/${result.data!.sessionId}`, 'layout');
  redirect(`/sessions/${result.data!.sessionId}/directives#directive-${result.data!.id}`);
}
