'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/config';
import { signInSchema } from '@/lib/auth/sign-in';
import { getMessages } from '@/lib/i18n';
import { safeRedirectPath } from '@/lib/urls';

export type SignInState = { error?: string; email?: string };

// POST (server action) /sign-in - check the password; on success next-auth sets the cookie and redirects
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const { t } = await getMessages();
  const email = String(formData.get('email') ?? '').slice(0, 320);
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') });
  if (!parsed.success) return { error: t.signIn.invalid, email };
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(formData.get('callbackUrl')),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = error instanceof CredentialsSignin && error.code === 'throttled';
      return { error: throttled ? t.signIn.throttled : t.signIn.invalid, email };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
