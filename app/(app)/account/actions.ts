'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runAction, say } from '@/lib/action';
import { clientAddress } from '@/lib/auth/client-address';
import { signOut } from '@/lib/auth/config';
import { changePassword } from '@/lib/auth/password-rules';
import { changePasswordSchema, codeSchema, enableTwoFactorSchema } from '@/lib/auth/schemas';
import { enableTwoFactor } from '@/lib/auth/reauth';
import { disableTwoFactor, startEnrolment } from '@/lib/auth/two-factor';
import { createApiToken, revokeApiToken } from '@/lib/api/tokens';
import { createTokenSchema, revokeTokenSchema } from '@/lib/api/schemas';
import { noFields } from '@/lib/zod';
import { updateOwnProfile } from '@/lib/users/mutations';
import { ownProfileSchema } from '@/lib/users/schemas';

/** This request's client address, for the throttle on the current password and code (as at sign-in). */
const ipOf = async () => clientAddress(await headers());

// POST (server action) /account - change one's own password (throttled), then sign in again
export async function changePasswordAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const ip = await ipOf();
  const r = await runAction(changePasswordSchema, input, (actor, v) =>
    changePassword({ actor, current: v.current, next: v.next, ip }),
  );
  if (!r.ok) return r;
  await signOut({ redirectTo: '/sign-in?changed=1' });
  return { ok: true };
}

// POST (server action) /account - correct one's own name, position and phone
export async function updateProfileAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(ownProfileSchema, input, (actor, v) => updateOwnProfile({ actor, fields: v }));
  if (!r.ok) return r;
  revalidatePath('/', 'layout');
  return {
    ok: true,
    message: await say(r.data?.changed ? 'done.people.profileSaved' : 'done.people.profileUnchanged'),
  };
}

// POST (server action) /account - start (or restart) setting up the second factor: a new secret
export async function startTwoFactorAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(noFields, input, (actor) => startEnrolment(actor));
  if (!r.ok) return r;
  revalidatePath('/account');
  return { ok: true };
}

// POST (server action) /account - turn the second factor on: the current password (throttled) and a first code
export async function confirmTwoFactorAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const ip = await ipOf();
  const r = await runAction(enableTwoFactorSchema, input, (actor, v) =>
    enableTwoFactor({ actor, code: v.code, current: v.current, ip }),
  );
  if (!r.ok) return r;
  revalidatePath('/', 'layout');
  return { ok: true };
}

// POST (server action) /account - turn the second factor off (a current code, throttled; refused where required)
export async function disableTwoFactorAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const ip = await ipOf();
  const r = await runAction(codeSchema, input, (actor, v) => disableTwoFactor(actor, v.code, undefined, undefined, ip));
  if (!r.ok) return r;
  revalidatePath('/account');
  return { ok: true };
}

// POST (server action) /account - create a personal API token (current password, and code when two-step is
// on; throttled; at most MAX_ACTIVE_TOKENS in force); the token is returned once
export async function createTokenAction(
  _prev: FormState<{ token: string }>,
  input: FormData,
): Promise<ActionResult<{ token: string }>> {
  const ip = await ipOf();
  const r = await runAction(createTokenSchema, input, (actor, v) => createApiToken({ actor, ...v, ip }));
  if (!r.ok) return r;
  revalidatePath('/account');
  return { ok: true, data: { token: r.data!.token } };
}

// POST (server action) /account - revoke one of one's own API tokens
export async function revokeTokenAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(revokeTokenSchema, input, (actor, v) => revokeApiToken({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/account');
  return { ok: true };
}
