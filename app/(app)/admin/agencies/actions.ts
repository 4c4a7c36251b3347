'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { handOverAgency } from '@/lib/agencies/handover';
import { handOverSchema } from '@/lib/agencies/schemas';

// POST (server action) /admin/agencies - hand an ended agency's open tasks to its successor
export async function handOverAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(handOverSchema, input, (actor, v) => handOverAgency({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  const moved = r.data!.userIds.length;
  return {
    ok: true,
    message: await say(moved ? 'done.handedOverAndMoved' : 'done.handedOver', { count: r.data!.taskIds.length, moved }),
  };
}
