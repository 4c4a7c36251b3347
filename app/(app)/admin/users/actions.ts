'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/action';
import { revokeAnyApiToken, revokeTokenSchema } from '@/lib/api/tokens';
import { setUserActive } from '@/lib/users/mutations';
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
