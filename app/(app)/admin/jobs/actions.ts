'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/action';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { getMessages } from '@/lib/i18n';
import { runDailySweepNow } from '@/lib/jobs/admin';
import { noFields } from '@/lib/zod';

// POST (server action) /admin/jobs - queue the daily sweep now and run the worker
export async function runSweepNowAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(noFields, input, (actor) => runDailySweepNow({ actor }));
  if (!r.ok) return r;
  revalidatePath('/admin/jobs');
  return { ok: true, message: (await getMessages()).t.jobs.ran };
}
