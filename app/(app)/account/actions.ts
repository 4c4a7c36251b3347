'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionFormState } from '@/components/forms/use-action-form';
import { runAction } from '@/lib/action';
import { clientAddress } from '@/lib/auth/client-address';
import { signOut } from '@/lib/auth/config';
import { changePassword, changePasswordSchema } from '@/lib/auth/password-rules';
import { codeSchema, confirmEnrolment, disableTwoFactor, startEnrolment } from '@/lib/auth/two-factor';
import { createApiToken, createTokenSchema, revokeApiToken, revokeTokenSchema } from '@/lib/api/tokens';
import { z } from '@/lib/zod';

/** This request's client address, for the throttle on the current password and code (as at sign-in). */
const ipOf = async () => clientAddress(await headers());

// POST (server action) /account - change one's own password (throttled), then sign in again
export async function changePasswordAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const ip = await ipOf();
  const r = await runAction(changePasswordSchema, input, (actor, v) =>
    changePassword({ actor, current: v.current, next: v.next, ip }),
  );
  if (!r.ok) return r;
  await signOut({ redirectTo: '/sign-in?changed=1' });
  return { ok: true };
}

// POST (server action) /account - start (or restart) setting up the second factor: a new secret
export async function startTwoFactorAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const r = await runAction(z.object({}), input, (actor) => startEnrolment(actor));
  revalidatePath('/account');
  return r;
}

// POST (server action) /account - confirm the second factor with a first code
export async function confirmTwoFactorAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const r = await runAction(codeSchema, input, (actor, v) => confirmEnrolment(actor, v.code));
  if (r.ok) revalidatePath('/', 'layout');
  return r;
}

// POST (server action) /account - turn the second factor off (a current code, throttled; refused where required)
export async function disableTwoFactorAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const ip = await ipOf();
  const r = await runAction(codeSchema, input, (actor, v) => disableTwoFactor(actor, v.code, undefined, undefined, ip));
  if (r.ok) revalidatePath('/account');
  return r;
}

// POST (server action) /account - create a personal API token (current password, and code when two-step is
// on; throttled; at most MAX_ACTIVE_TOKENS in force); the token is returned once
export async function createTokenAction(
  _prev: (ActionFormState & { token?: string }) | null,
  input: FormData,
): Promise<ActionFormState & { token?: string }> {
  const ip = await ipOf();
  const r = await runAction(createTokenSchema, input, (actor, v) => createApiToken({ actor, ...v, ip }));
  if (!r.ok) return r;
  revalidatePath('/account');
  return { ok: true, token: r.data!.token };
}

// POST (server action) /account - revoke one of one's own API tokens
export async function revokeTokenAction(input: FormData): Promise<void> {
  await runAction(revokeTokenSchema, input, (actor, v) => revokeApiToken({ actor, ...v }));
  revalidatePath('/account');
}
