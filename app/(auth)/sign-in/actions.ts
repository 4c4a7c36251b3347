'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { formOf } from '@/lib/action';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { signIn } from '@/lib/auth/config';
import { passwordsEnabled } from '@/lib/auth/oidc';
import { secondFactorSchema, signInSchema } from '@/lib/auth/sign-in';
import { issueTicket } from '@/lib/auth/totp';
import { getMessages } from '@/lib/i18n';
import { safeRedirectPath } from '@/lib/urls';

/** The step the form shows next: with a `ticket`, the password was right and the code step is shown. */
export type SignInStep = { email: string; ticket?: string };

/** A refusal, echoing the address (and, in the code step, the ticket) so the form stays where it was. */
const refused = (message: string, values: SignInStep): ActionResult<SignInStep> => ({ ok: false, message, values });

// POST (server action) /sign-in - the password step, or the code step when `ticket` is posted; on success
// next-auth sets the cookie and redirects. It runs before there is an actor, so it is not a `runAction`: its
// answers are the one form pipeline's all the same (ActionResult, shown by the form hook).
export async function signInAction(_prev: FormState<SignInStep>, input: FormData): Promise<ActionResult<SignInStep>> {
  const formData = formOf(input);
  const { t } = await getMessages();
  const redirectTo = safeRedirectPath(formData.get('callbackUrl'));
  if (formData.has('ticket')) {
    const email = String(formData.get('email') ?? '').slice(0, 320);
    const ticket = String(formData.get('ticket') ?? '').slice(0, 500);
    const parsed = secondFactorSchema.safeParse({ ticket, code: formData.get('code') });
    if (!parsed.success) return refused(t.signIn.codeInvalid, { email, ticket });
    try {
      await signIn('credentials', { ...parsed.data, redirectTo });
    } catch (error) {
      if (error instanceof AuthError) {
        const throttled = error instanceof CredentialsSignin && error.code === 'throttled';
        return throttled ? refused(t.signIn.throttled, { email }) : refused(t.signIn.codeInvalid, { email, ticket });
      }
      throw error; // the redirect after a successful sign-in
    }
    return { ok: true };
  }
  const email = String(formData.get('email') ?? '').slice(0, 320);
  // AUTH_PASSWORDS=off: the password step is closed (the provider's config refuses it too).
  if (!passwordsEnabled()) return refused(t.sso.passwordsOff, { email });
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') });
  if (!parsed.success) return refused(t.signIn.invalid, { email });
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : undefined;
      if (code === 'second_factor')
        return { ok: true, data: { email: parsed.data.email, ticket: issueTicket(parsed.data.email) } };
      const message =
        code === 'throttled' ? t.signIn.throttled : code === 'disabled' ? t.signIn.disabled : t.signIn.invalid;
      return refused(message, { email });
    }
    throw error;
  }
  return { ok: true };
}
