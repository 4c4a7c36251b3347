'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formOf } from '@/lib/action';
import { signOut } from '@/lib/auth/config';
import { endCurrentSession } from '@/lib/auth/session';
import { LOCALE_COOKIE } from '@/lib/i18n';
import { localeCookieSecure, localeSchema } from '@/lib/i18n/schemas';
import { plainParams } from '@/lib/keys';
import { safeRedirectPath } from '@/lib/urls';

// POST (server action) - sign out and return to the sign-in page
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: '/sign-in' });
}

// POST (server action) - switch the interface language (a cookie), then reload the same page
export async function setLocaleAction(input: FormData): Promise<void> {
  const formData = formOf(input);
  const parsed = localeSchema.safeParse(
    plainParams(Object.fromEntries([...formData].filter(([, v]) => typeof v === 'string')) as Record<string, string>),
  );
  if (!parsed.success) return;
  const h = await headers();
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
    secure: localeCookieSecure(h.get('x-forwarded-proto')),
  });
  redirect(safeRedirectPath(parsed.data.back ?? refererPath(h)));
}

function refererPath(h: Headers): string | undefined {
  try {
    const url = new URL(h.get('referer') ?? '');
    return url.host === h.get('host') ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}
