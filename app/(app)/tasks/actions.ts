'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { changeDeadlines } from '@/lib/tasks/deadlines';
import { urgeTasks } from '@/lib/tasks/mutations';
import { changeDeadlineSchema, urgeSchema } from '@/lib/tasks/schemas';

// POST (server action) /tasks - urge (đôn đốc) the selected tasks
export async function urgeAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(urgeSchema, input, (actor, v) => urgeTasks({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/tasks', 'layout');
  return { ok: true, message: await say('done.urged', { count: r.data! }) };
}

// POST (server action) /tasks - a new current deadline for the selected tasks, with a reason
export async function changeDeadlineAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(changeDeadlineSchema, input, (actor, v) => changeDeadlines({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/tasks', 'layout');
  return { ok: true, message: await say('done.deadlinesChanged', { count: r.data! }) };
}
