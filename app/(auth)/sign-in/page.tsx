import type { Metadata } from 'next';
import Link from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitch } from '@/app/locale-switch';
import { buttonClass } from '@/components/ui/field';
import { oidcSettings, passwordsEnabled } from '@/lib/auth/oidc';
import { readTicket } from '@/lib/auth/totp';
import { getMessages } from '@/lib/i18n';
import { safeRedirectPath } from '@/lib/urls';
import { ADMIN_CREATE_COMMAND, hasAdministrator, usesEmbeddedDatabase } from '@/lib/users/first-admin';
import { SignInForm } from './sign-in-form';
import { SsoButton } from './sso-button';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signIn.title };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string; password?: string; ticket?: string | string[] }>;
}) {
  const { t, locale } = await getMessages();
  const tr = await getTranslations('sso');
  const { callbackUrl, changed, password, ticket } = await searchParams;
  const back = callbackUrl ? safeRedirectPath(callbackUrl) : undefined;
  // Single sign-on (decision 030): the button when a provider is configured; the password form unless
  // AUTH_PASSWORDS=off. An account with a second factor comes back from the provider to the code step (`ticket`).
  const sso = oidcSettings();
  const passwords = passwordsEnabled();
  const ticketEmail = typeof ticket === 'string' && ticket.length <= 500 ? readTicket(ticket) : null;
  const codeStep = ticketEmail && typeof ticket === 'string' ? { email: ticketEmail, ticket } : undefined;
  // A deployment without the demo starts with no account: the page says how to make the first administrator. With
  // the database out of reach the question cannot be asked: the form shows, as it did before (test:faults).
  const firstRun = !(await hasAdministrator().catch(() => true));
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className={firstRun ? 'w-full max-w-md' : 'w-full max-w-sm'}>
        <div className="mb-6 text-center">
          <p className="text-xs font-semibold tracking-[0.14em] text-brand-700 uppercase">{t.appTagline}</p>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t.appName}</h1>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          {firstRun ? (
            <section aria-labelledby="first-run" data-testid="first-run">
              <h2 id="first-run" className="text-lg font-semibold text-slate-900">
                {t.links.noAdminTitle}
              </h2>
              <p className="mt-2 text-sm text-slate-700">{t.links.noAdminIntro}</p>
              <pre className="mt-3 rounded-md bg-slate-900 px-3 py-2 font-mono text-xs whitespace-pre-wrap break-words text-white">
                {`${ADMIN_CREATE_COMMAND} --email `}
                {/* An address is never wrapped at its hyphen (it read as two lines of one word). */}
                <span className="whitespace-nowrap">{t.links.commandEmail}</span>{' '}
                <span className="whitespace-nowrap">{`--name "${t.links.commandName}"`}</span>
              </pre>
              {usesEmbeddedDatabase() ? (
                <p className="mt-3 text-sm text-slate-700" data-testid="first-run-embedded">
                  {t.links.noAdminEmbedded}
                </p>
              ) : null}
              <p className="mt-3 text-sm text-slate-700">
                {passwords ? t.links.noAdminAfter : t.links.noAdminAfterSso}
              </p>
            </section>
          ) : (
            <>
              <h2 className="text-lg font-semibold text-slate-900">{t.signIn.title}</h2>
              <p className="mt-1 mb-5 text-sm text-slate-600">{t.signIn.intro}</p>
              {password === 'set' ? (
                <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  {t.links.done}
                </p>
              ) : null}
              {changed ? (
                <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  {t.account.changed}
                </p>
              ) : null}
              {sso && !codeStep ? (
                <SsoButton
                  label={tr('button', { name: sso.name })}
                  busyLabel={tr('redirecting', { name: sso.name })}
                  callbackUrl={back}
                />
              ) : null}
              {sso && passwords && !codeStep ? (
                <p className="my-4 text-center text-xs tracking-wide text-slate-500 uppercase">{t.sso.or}</p>
              ) : null}
              {passwords || codeStep ? (
                <SignInForm
                  callbackUrl={back}
                  initialStep={codeStep}
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
              ) : null}
              {passwords ? (
                <p className="mt-4 text-center">
                  <Link href="/forgot-password" className={buttonClass.link}>
                    {t.links.forgotLink}
                  </Link>
                </p>
              ) : null}
            </>
          )}
        </div>
        <div className="mt-6 flex justify-center">
          <LocaleSwitch locale={locale} label={t.language.label} back="/sign-in" />
        </div>
      </div>
    </main>
  );
}
