'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction, say } from '@/lib/action';
import { revokeAnyApiToken } from '@/lib/api/tokens';
import { revokeTokenSchema } from '@/lib/api/schemas';
import type { ActionResult, FormState } from '@/lib/forms/result';
import {
  createUser,
  resetTwoFactor,
  setUserActive,
  setUserCommittees,
  unlinkSso,
  updateUser,
} from '@/lib/users/mutations';
import { passwordsEnabled } from '@/lib/auth/oidc';
import { sendUserLink } from '@/lib/users/links';
import {
  sendLinkSchema,
  setUserActiveSchema,
  updateUserSchema,
  userCommitteesSchema,
  userFieldsSchema,
} from '@/lib/users/schemas';

// POST (server action) /admin/users - disable or enable an account
export async function setUserActiveAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(setUserActiveSchema, input, (actor, v) => setUserActive({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true };
}

// POST (server action) /admin/users - the administrator revokes any user's API token (api_token.manage)
export async function revokeUserTokenAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(revokeTokenSchema, input, (actor, v) => revokeAnyApiToken({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true };
}

/** Sends a user a single-use link (user.manage): emailed, or kept in the outbox without SMTP. */
async function sendLink(input: FormData, purpose: 'invite' | 'reset'): Promise<ActionResult> {
  const r = await runAction(sendLinkSchema, input, (actor, v) => sendUserLink({ actor, userId: v.userId, purpose }), {
    permission: 'user.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  const done = purpose === 'reset' ? 'done.resetSent' : passwordsEnabled() ? 'done.inviteSent' : 'done.signInSent';
  return { ok: true, message: await say(done) };
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

// POST (server action) /admin/users/:id - turn off a user's two-step sign-in (a lost phone) and end their sessions
export async function resetTwoFactorAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(sendLinkSchema, input, (actor, v) => resetTwoFactor({ actor, userId: v.userId }), {
    permission: 'user.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true, message: await say('done.twoFactorReset') };
}

// POST (server action) /admin/users/:id - unbind an account from its single sign-on person and end their sessions
export async function unlinkSsoAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(sendLinkSchema, input, (actor, v) => unlinkSso({ actor, userId: v.userId }), {
    permission: 'user.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true, message: await say('done.ssoUnlinked') };
}

// POST (server action) /admin/users/new - create a user and invite them by email (a link to set a password)
export async function createUserAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(userFieldsSchema, input, (actor, fields) => createUser({ actor, fields }), {
    permission: 'user.manage',
    echo: true,
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  redirect(`/admin/users/${r.data!.userId}?created=1`);
}

// POST (server action) /admin/users/[id] - edit a user's name, email, position, phone, role, agency and duty
export async function updateUserAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(
    updateUserSchema,
    input,
    (actor, { userId, version, ...fields }) => updateUser({ actor, userId, version, fields }),
    { permission: 'user.manage', echo: true },
  );
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true, message: await say('done.people.userSaved') };
}

// POST (server action) /admin/users/[id] - the committees the user serves (none: every committee)
export async function setUserCommitteesAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(userCommitteesSchema, input, (actor, v) => setUserCommittees({ actor, ...v }), {
    permission: 'user.manage',
  });
  if (!r.ok) return r;
  revalidatePath('/admin/users', 'layout');
  return { ok: true, message: await say('done.people.committeesSaved') };
}
