'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/action';
import { revokeAnyApiToken } from '@/lib/api/tokens';
import { revokeTokenSchema } from '@/lib/api/schemas';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { setUserActive } from '@/lib/users/mutations';
import { setUserActiveSchema } from '@/lib/users/schemas';

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
