import type { Metadata } from 'next';
import Link from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { passwordsEnabled } from '@/lib/auth/oidc';
import { buttonClass } from '@/components/ui/field';
import { getMessages } from '@/lib/i18n';
import { localizeForReader } from '@/lib/i18n/translate';
import { inspectLink } from '@/lib/users/links';
import { AuthFrame } from '../auth-frame';
import { SetPasswordForm } from './set-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  // The address carries the token: no other site is told it.
  return { title: t.links.resetTitle, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/**
 * A single-use link (/set-password?token=…): the form to set the account's password, or a page that says why
 * the link cannot be used (unknown, used, expired, replaced by a newer one, account disabled) and offers a new one.
 */
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  // AUTH_PASSWORDS=off: there is no password to set; a link sent before sets nothing (decision 060).
  if (!passwordsEnabled()) notFound();
  const { t } = await getMessages();
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const state = await inspectLink(value);
  // The language switch comes back to this same link (a same-site redirect; the proxy logs paths only).
  const back = value ? `/set-password?token=${encodeURIComponent(value)}` : '/set-password';
  if (!state.ok) {
    return (
      <AuthFrame title={t.links.unusableTitle} back={back}>
        <p
          role="alert"
          className="mb-5 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {await localizeForReader(state.message)}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/forgot-password" className={buttonClass.primary}>
            {t.links.requestNew}
          </Link>
          <Link href="/sign-in" className={buttonClass.link}>
            {t.links.backToSignIn}
          </Link>
        </div>
      </AuthFrame>
    );
  }
  const tl = await getTranslations('links');
  return (
    <AuthFrame title={state.purpose === 'invite' ? t.links.inviteTitle : t.links.resetTitle} back={back}>
      <p className="mb-5 text-sm text-slate-700">{tl('account', { email: state.email })}</p>
      <SetPasswordForm t={t.links} token={value} email={state.email} />
    </AuthFrame>
  );
}
