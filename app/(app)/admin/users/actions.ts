'use server';

import { revalidatePath } from 'next/cache';
import { runAction, say } from '@/lib/action';
import { revokeAnyApiToken } from '@/lib/api/tokens';
import { revokeTokenSchema } from '@/lib/api/schemas';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { setUserActive } from '@/lib/users/mutations';
import { sendUserLink } from '@/lib/users/links';
import { sendLinkSchema, setUserActiveSchema } from '@/lib/users/schemas';

// POST (server action) /admin/users - disable or enable an account
export async function setUserActiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(setUserActiveSchema, input, (actor, v) => setUserActive({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/users');
  return { ok: true };
}

// POST (server action) /admin/users - the administrator revokes any user's API token (api_token.manage)
export async function revokeUserTokenAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(revokeTokenSchema, input, (actor, v) => revokeAnyApiToken({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/users');
  return { ok: true };
}

/** Sends a user a single-use link (user.manage): emailed, or kept in the outbox without SMTP. */
async function sendLink(input: FormData, purpose: 'invite' | 'reset'): Promise<ActionResult> {
  const r = await runAction(sendLinkSchema, input, (actor, v) => sendUserLink({ actor, userId: v.userId, purpose }), {
    permission: 'user.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users');
  return { ok: true, message: await say(purpose === 'invite' ? 'done.inviteSent' : 'done.resetSent') };
}

// POST (server action) /admin/users - send again the invitation to set a password
export async function resendInviteAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  return sendLink(input, 'invite');
}

// POST (server action) /admin/users - send a user a link to set a new password; the current password works until
// the link is used
export async function sendResetAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  return sendLink(input, 'reset');
}
