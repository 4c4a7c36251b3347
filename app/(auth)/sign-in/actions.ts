'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { formOf } from '@/lib/action';
import { signIn } from '@/lib/auth/config';
import { secondFactorSchema, signInSchema } from '@/lib/auth/sign-in';
import { issueTicket } from '@/lib/auth/totp';
import { getMessages } from '@/lib/i18n';
import { safeRedirectPath } from '@/lib/urls';

/** `ticket` set: the password was right, the code step is shown. */
export type SignInState = { error?: string; email?: string; ticket?: string };

// POST (server action) /sign-in - the password step, or the code step when `ticket` is posted; on success
// next-auth sets the cookie and redirects
export async function signInAction(_prev: SignInState, input: FormData): Promise<SignInState> {
  const formData = formOf(input);
  const { t } = await getMessages();
  const redirectTo = safeRedirectPath(formData.get('callbackUrl'));
  if (formData.has('ticket')) {
    const email = String(formData.get('email') ?? '').slice(0, 320);
    const ticket = String(formData.get('ticket') ?? '').slice(0, 500);
    const parsed = secondFactorSchema.safeParse({ ticket, code: formData.get('code') });
    if (!parsed.success) return { error: t.signIn.codeInvalid, email, ticket };
    try {
      await signIn('credentials', { ...parsed.data, redirectTo });
    } catch (error) {
      if (error instanceof AuthError) {
        const throttled = error instanceof CredentialsSignin && error.code === 'throttled';
        return throttled ? { error: t.signIn.throttled, email } : { error: t.signIn.codeInvalid, email, ticket };
      }
      throw error; // the redirect after a successful sign-in
    }
    return {};
  }
  const email = String(formData.get('email') ?? '').slice(0, 320);
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') });
  if (!parsed.success) return { error: t.signIn.invalid, email };
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : undefined;
      if (code === 'second_factor') return { email: parsed.data.email, ticket: issueTicket(parsed.data.email) };
      return { error: code === 'throttled' ? t.signIn.throttled : t.signIn.invalid, email };
    }
    throw error;
  }
  return {};
}
