'use server';

import { revalidatePath } from 'next/cache';
import type { ActionFormState } from '@/components/forms/use-action-form';
import { runAction } from '@/lib/action';
import { handOverAgency } from '@/lib/tasks/handover';
import { id, z } from '@/lib/zod';

// POST (server action) /admin/agencies - hand an ended agency's open tasks to its successor
export async function handOverAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const r = await runAction(z.object({ agencyId: id('Cơ quan') }), input, (actor, v) =>
    handOverAgency({ actor, ...v }),
  );
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  return { ok: true, message: `Đã bàn giao ${r.data!.length} nhiệm vụ.` };
}
