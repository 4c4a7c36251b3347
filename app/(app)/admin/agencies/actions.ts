'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { handOverAgency } from '@/lib/agencies/handover';
import { createAgency, endAgency, updateAgency } from '@/lib/agencies/mutations';
import { createAgencySchema, endAgencySchema, handOverSchema, updateAgencySchema } from '@/lib/agencies/schemas';
import { formatDate } from '@/lib/time';

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

// POST (server action) /admin/agencies/new - create an agency, then open its page
export async function createAgencyAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(createAgencySchema, input, (actor, values) => createAgency({ actor, values }), {
    permission: 'agency.manage',
    echo: true,
  });
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  redirect(`/admin/agencies/${r.data!.agencyId}`);
}

// POST (server action) /admin/agencies/[id]/edit - save an agency's details, then open its page
export async function updateAgencyAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(updateAgencySchema, input, (actor, values) => updateAgency({ actor, values }), {
    permission: 'agency.manage',
    echo: true,
  });
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  redirect(`/admin/agencies/${r.data!.agencyId}`);
}

// POST (server action) /admin/agencies/[id] - record an agency's last day and its successor
export async function endAgencyAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(endAgencySchema, input, (actor, values) => endAgency({ actor, values }), {
    permission: 'agency.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/agencies');
  revalidatePath(`/admin/agencies/${r.data!.agencyId}`);
  return {
    ok: true,
    message: await say('done.agencyEnded', { name: r.data!.name, date: formatDate(r.data!.validTo) }),
  };
}
