'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/action';
import { revokeAnyApiToken, revokeTokenSchema } from '@/lib/api/tokens';
import { sendUserLink } from '@/lib/users/links';
import { setUserActive } from '@/lib/users/mutations';
import { sendLinkSchema } from '@/lib/users/schemas';
import { id, z } from '@/lib/zod';

const schema = z.object({ userId: id('Người dùng'), active: z.enum(['true', 'false']).transform((v) => v === 'true') });

// POST (server action) /admin/users - disable or enable an account
export async function setUserActiveAction(input: FormData): Promise<void> {
  const r = await runAction(schema, input, (actor, v) => setUserActive({ actor, ...v }));
  revalidatePath('/admin/users');
  redirect(r.ok ? '/admin/users' : `/admin/users?error=${encodeURIComponent(r.message)}`);
}

// POST (server action) /admin/users - the administrator revokes any user's API token (api_token.manage)
export async function revokeUserTokenAction(input: FormData): Promise<void> {
  const r = await runAction(revokeTokenSchema, input, (actor, v) => revokeAnyApiToken({ actor, ...v }));
  revalidatePath('/admin/users');
  redirect(r.ok ? '/admin/users' : `/admin/users?error=${encodeURIComponent(r.message)}`);
}

// POST (server action) /admin/users - send again the invitation to set a password (user.manage); emailed,
// or kept in the outbox without SMTP
export async function resendInviteAction(input: FormData): Promise<void> {
  const r = await runAction(
    sendLinkSchema,
    input,
    (actor, v) => sendUserLink({ actor, userId: v.userId, purpose: 'invite' }),
    { permission: 'user.manage' },
  );
  revalidatePath('/admin/users');
  redirect(r.ok ? '/admin/users?sent=invite' : `/admin/users?error=${encodeURIComponent(r.message)}`);
}

// POST (server action) /admin/users - send a user a link to set a new password (user.manage); the current
// password works until the link is used
export async function sendResetAction(input: FormData): Promise<void> {
  const r = await runAction(
    sendLinkSchema,
    input,
    (actor, v) => sendUserLink({ actor, userId: v.userId, purpose: 'reset' }),
    { permission: 'user.manage' },
  );
  revalidatePath('/admin/users');
  redirect(r.ok ? '/admin/users?sent=reset' : `/admin/users?error=${encodeURIComponent(r.message)}`);
}
