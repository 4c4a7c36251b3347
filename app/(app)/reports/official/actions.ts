'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { approveReport, changeReportStatus, createReport, saveReport } from '@/lib/official-reports/mutations';
import {
  createReportSchema,
  reportApprovalSchema,
  reportFieldsSchema,
  reportStatusSchema,
} from '@/lib/official-reports/schemas';

// POST (server action) /reports/official - start a report on a scope as of a day, then open it
export async function createReportAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(createReportSchema, input, (actor, values) => createReport({ actor, values }), {
    permission: 'document.manage',
    echo: true,
  });
  if (!result.ok) return result;
  revalidatePath('/reports/official');
  redirect(`/reports/official/${result.data}`);
}

// POST (server action) /reports/official/[id] - save the header and narrative (a new revision)
export async function saveReportAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(reportFieldsSchema, input, (actor, values) =>
    saveReport({ actor, values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/reports/official/${result.data!.reportId}`);
  return { ok: true, message: await say('done.saved') };
}

// POST (server action) /reports/official/[id] - send for review, return to draft, publish (figures frozen)
export async function changeReportStatusAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(reportStatusSchema, input, (actor, values) =>
    changeReportStatus({ actor, ...values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/reports/official/${result.data!.reportId}`);
  revalidatePath('/reports/official');
  return { ok: true, message: await say(result.data!.to === 'published' ? 'done.published' : 'done.statusChanged') };
}

// POST (server action) /reports/official/[id] - approve the report in review (decision 024)
export async function approveReportAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(reportApprovalSchema, input, (actor, values) =>
    approveReport({ actor, ...values }).then(() => values),
  );
  if (!result.ok) return result;
  revalidatePath(`/reports/official/${result.data!.reportId}`);
  return { ok: true, message: await say('done.approved') };
}
