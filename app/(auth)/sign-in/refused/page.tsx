import type { Metadata } from 'next';
import Link from '@/components/link';
import { buttonClass } from '@/components/ui/field';
import { getMessages } from '@/lib/i18n';
import { AuthFrame } from '../../auth-frame';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.sso.refusedTitle };
}

/**
 * Where a single sign-on that cannot go on lands: the provider's person has no active account here (`reason=unknown`,
 * audited as `auth.sso_refused`), the provider did not vouch for the email (`unverified`), the account is bound to another person of the
 * provider (`other_person`), or next-auth stopped
 * the exchange (`error=…`: a refused consent, a state that does not match, a provider out of reach).
 */
export default async function SsoRefusedPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string | string[] }>;
}) {
  const { t } = await getMessages();
  const { reason } = await searchParams;
  const text =
    reason === 'unknown'
      ? t.sso.refusedUnknown
      : reason === 'unverified'
        ? t.sso.refusedUnverified
        : reason === 'other_person'
          ? t.sso.refusedOtherPerson
          : t.sso.refusedError;
  return (
    <AuthFrame title={t.sso.refusedTitle} back="/sign-in/refused">
      <p role="alert" data-testid="sso-refused" className="mb-5 text-sm text-slate-800">
        {text}
      </p>
      <p className="text-center">
        <Link href="/sign-in" className={buttonClass.link}>
          {t.sso.backToSignIn}
        </Link>
      </p>
    </AuthFrame>
  );
}
