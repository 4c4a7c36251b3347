import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { buttonClass } from '@/components/ui/field';
import { passwordsEnabled } from '@/lib/auth/oidc';
import { getMessages } from '@/lib/i18n';
import { smtpConfigured } from '@/lib/notifications/mailer';
import { AuthFrame } from '../auth-frame';
import { ForgotForm } from './forgot-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.links.forgotTitle };
}

/** "Quên mật khẩu?": anyone asks for a reset link; the answer never says whether the address has an account. */
export default async function ForgotPasswordPage() {
  // AUTH_PASSWORDS=off: there is no password to reset (decision 030).
  if (!passwordsEnabled()) notFound();
  const { t } = await getMessages();
  return (
    <AuthFrame title={t.links.forgotTitle} back="/forgot-password">
      <p className="mb-5 text-sm text-slate-600">{t.links.forgotIntro}</p>
      {smtpConfigured() ? null : (
        <p className="mb-5 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-mail">
          {t.links.noMail}
        </p>
      )}
      <ForgotForm t={t.links} />
      <p className="mt-5 text-center">
        <Link href="/sign-in" className={buttonClass.link}>
          {t.links.backToSignIn}
        </Link>
      </p>
    </AuthFrame>
  );
}
