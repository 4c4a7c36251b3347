'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction, say } from '@/lib/action';
import { addCommitteeMember, createCommittee, endCommitteeMember, updateCommittee } from '@/lib/committees/mutations';
import { addMemberSchema, committeeSchema, endMemberSchema, updateCommitteeSchema } from '@/lib/committees/schemas';
import type { ActionResult, FormState } from '@/lib/forms/result';

// POST (server action) /admin/committees/new - create a committee, then open it
export async function createCommitteeAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(committeeSchema, input, (actor, values) => createCommittee({ actor, values }), {
    permission: 'committee.manage',
    echo: true,
  });
  if (!r.ok) return r;
  revalidatePath('/admin/committees');
  redirect(`/admin/committees/${r.data}`);
}

// POST (server action) /admin/committees/[committeeId] - edit the committee's details
export async function updateCommitteeAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(
    updateCommitteeSchema,
    input,
    (actor, { committeeId, ...values }) => updateCommittee({ actor, committeeId, values }),
    { permission: 'committee.manage', echo: true },
  );
  if (!r.ok) return r;
  revalidatePath('/admin/committees', 'layout');
  const membersEnded = r.data?.membersEnded ?? 0;
  return {
    ok: true,
    message: await (membersEnded > 0 ? say('done.savedMembersEnded', { count: membersEnded }) : say('done.saved')),
  };
}

// POST (server action) /admin/committees/[committeeId] - add a member (an agency and/or a person)
export async function addMemberAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(addMemberSchema, input, (actor, values) => addCommitteeMember({ actor, values }), {
    permission: 'committee.manage',
    echo: true,
  });
  if (!r.ok) return r;
  revalidatePath('/admin/committees', 'layout');
  return { ok: true, message: await say('done.memberAdded') };
}

// POST (server action) /admin/committees/[committeeId] - end a membership on a day (kết thúc)
export async function endMemberAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(endMemberSchema, input, (actor, v) => endCommitteeMember({ actor, ...v }), {
    permission: 'committee.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/committees', 'layout');
  return { ok: true, message: await say('done.memberEnded') };
}
