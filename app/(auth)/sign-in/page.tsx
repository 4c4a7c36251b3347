import type { Metadata } from 'next';
import { LocaleSwitch } from '@/app/locale-switch';
import { getMessages } from '@/lib/i18n';
import { safeRedirectPath } from '@/lib/urls';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signIn.title };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string }>;
}) {
  const { t, locale } = await getMessages();
  const { callbackUrl, changed } = await searchParams;
  const back = callbackUrl ? safeRedirectPath(callbackUrl) : undefined;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-xs font-semibold tracking-[0.14em] text-brand-700 uppercase">{t.appTagline}</p>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t.appName}</h1>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="text-lg font-semibold text-slate-900">{t.signIn.title}</h2>
          <p className="mt-1 mb-5 text-sm text-slate-600">{t.signIn.intro}</p>
          {changed ? (
            <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              {t.account.changed}
            </p>
          ) : null}
          <SignInForm
            callbackUrl={back}
            labels={{
              email: t.signIn.email,
              password: t.signIn.password,
              submit: t.signIn.submit,
              submitting: t.signIn.submitting,
              codeIntro: t.signIn.codeIntro,
              code: t.signIn.code,
              codeSubmit: t.signIn.codeSubmit,
              back: t.signIn.back,
            }}
          />
        </div>
        <div className="mt-6 flex justify-center">
          <LocaleSwitch locale={locale} label={t.language.label} back="/sign-in" />
        </div>
      </div>
    </main>
  );
}
