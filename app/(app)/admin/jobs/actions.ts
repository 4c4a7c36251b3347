'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/action';
import { runDailySweepNow } from '@/lib/jobs/admin';
import { z } from '@/lib/zod';

// POST (server action) /admin/jobs - queue the daily sweep now and run the worker
export async function runSweepNowAction(input: FormData): Promise<void> {
  const r = await runAction(z.object({}), input, (actor) => runDailySweepNow({ actor }));
  revalidatePath('/admin/jobs');
  redirect(r.ok ? '/admin/jobs?ran=1' : '/admin/jobs?error=1');
}
