'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction } from '@/lib/action';
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
    message: `Đã bàn giao ${r.data!.taskIds.length} nhiệm vụ.${moved ? ` Đã chuyển ${moved} tài khoản sang cơ quan kế thừa.` : ''}`,
  };
}
