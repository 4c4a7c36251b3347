'use server';

import { revalidatePath } from 'next/cache';
import type { ActionFormState } from '@/components/forms/use-action-form';
import { runAction } from '@/lib/action';
import { handOverAgency } from '@/lib/tasks/handover';
import { id, z } from '@/lib/zod';

/** The hand-over form: the agency, and whether its users' accounts move to the successor (a checkbox). */
const handOverSchema = z.object({
  agencyId: id('Cơ quan'),
  moveUsers: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});

// POST (server action) /admin/agencies - hand an ended agency's open tasks to its successor
export async function handOverAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const r = await runAction(handOverSchema, input, (actor, v) => handOverAgency({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  const moved = r.data!.userIds.length;
  return {
    ok: true,
    message: `Đã bàn giao ${r.data!.taskIds.length} nhiệm vụ.${moved ? ` Đã chuyển ${moved} tài khoản sang cơ quan kế thừa.` : ''}`,
  };
}
