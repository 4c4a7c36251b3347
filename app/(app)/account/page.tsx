import { ButtonForm } from '@/components/forms/button-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getTwoFactor } from '@/lib/auth/two-factor';
import { getMessages } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/lib/time';
import { buttonClass } from '@/components/ui/field';
import { listApiTokens, MAX_ACTIVE_TOKENS, TOKEN_LIFETIMES } from '@/lib/api/tokens';
import { revokeTokenAction } from './actions';
import { CreateTokenForm } from './api-tokens';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { getOwnProfile } from '@/lib/users/queries';
import { ConfirmTwoFactor, DisableTwoFactor, StartTwoFactor } from './two-factor';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.account.title);

/** The user's own account: the password (every session ends; sign in again) and the second factor. */
export default async function AccountPage() {
  const actor = await requireActor({ enrolment: true });
  const { t } = await getMessages();
  const tf = t.account.twoFactor;
  const tt = t.account.tokens;
  const tr = await getTranslations('account.tokens');
  const [status, tokens, profile] = await Promise.all([
    getTwoFactor(actor),
    listApiTokens({ actor }),
    getOwnProfile({ actor }),
  ]);
  return (
    <>
      <PageHeader title={t.account.title} intro={`${actor.name} · ${actor.email}`} />
      <div className="space-y-6">
        {actor.mustEnrolSecondFactor ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            {tf.required}
          </p>
        ) : null}
        <Card title={t.account.profile.title} id="profile">
          <p className="mb-4 max-w-prose text-sm text-slate-700">{t.account.profile.intro}</p>
          <ProfileForm t={t.account.profile} profile={profile} />
        </Card>
        <Card title={tf.title} id="two-factor">
          <p className="mb-4 max-w-prose text-sm text-slate-700">{tf.intro}</p>
          {status.state === 'off' ? (
            <>
              <p className="mb-3 text-sm font-medium text-slate-900">{tf.off}</p>
              <StartTwoFactor t={tf} />
            </>
          ) : status.state === 'pending' ? (
            <div className="space-y-5">
              <div>
                <p className="mb-3 text-sm text-slate-800">{tf.scan}</p>
                <div className="flex flex-wrap items-center gap-5">
                  <div
                    role="img"
                    aria-label={tf.qrLabel}
                    className="rounded-md border border-slate-200 bg-white p-2 [&>svg]:h-44 [&>svg]:w-44"
                    dangerouslySetInnerHTML={{ __html: status.qrSvg }}
                  />
                  <div>
                    <p className="text-xs font-medium text-slate-600">{tf.secret}</p>
                    <p
                      className="mt-1 font-mono text-base tracking-wider break-all text-slate-900"
                      data-testid="totp-secret"
                    >
                      {status.secret.match(/.{1,4}/g)!.join(' ')}
                    </p>
                  </div>
                </div>
              </div>
              <div>
                <p className="mb-3 text-sm text-slate-800">{tf.enterCode}</p>
                <ConfirmTwoFactor t={tf} password={status.askPassword ? t.account.current : undefined} />
              </div>
              <StartTwoFactor t={tf} restart />
            </div>
          ) : (
            <div className="space-y-4">
              <p className="text-sm font-medium text-emerald-800">
                {tf.on} {formatDateTime(status.enabledAt)}
              </p>
              {status.required ? (
                <p className="text-sm text-slate-700">{tf.requiredNote}</p>
              ) : (
                <>
                  <p className="text-sm text-slate-700">{tf.disableHint}</p>
                  <DisableTwoFactor t={tf} />
                </>
              )}
            </div>
          )}
        </Card>
        {actor.mustEnrolSecondFactor ? null : (
          <Card
            title={tt.title}
            id="api-tokens"
            actions={
              <a href="/api-docs" className={buttonClass.link}>
                {tt.reference}
              </a>
            }
          >
            <p className="mb-4 max-w-prose text-sm text-slate-700">{tt.intro}</p>
            <CreateTokenForm
              t={tt}
              lifetimes={TOKEN_LIFETIMES}
              secondFactor={status.state === 'on'}
              max={MAX_ACTIVE_TOKENS}
            />
            {tokens.length === 0 ? (
              <p className="mt-4 text-sm text-slate-600">{tt.none}</p>
            ) : (
              <div className="mt-5 overflow-x-auto">
                <table className="w-full min-w-[40rem] text-left text-sm">
                  <thead className="border-b border-slate-200 text-xs text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.name}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.prefix}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.expiresAt}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.lastUsed}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.status}
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        <span className="sr-only">{tt.revoke}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {tokens.map((k) => {
                      const state = k.state;
                      return (
                        <tr key={k.id}>
                          <td className="py-2 pr-3 font-medium text-slate-900">{k.name}</td>
                          <td className="py-2 pr-3 font-mono text-xs text-slate-700">{k.prefix}…</td>
                          <td className="py-2 pr-3 whitespace-nowrap">{formatDate(k.expiresAt)}</td>
                          <td className="py-2 pr-3 whitespace-nowrap">
                            {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : tt.never}
                          </td>
                          <td className="py-2 pr-3">
                            <span
                              className={
                                state === 'active' ? 'font-medium text-emerald-800' : 'font-medium text-slate-600'
                              }
                            >
                              {tt[state]}
                            </span>
                          </td>
                          <td className="py-2 text-right">
                            {state === 'active' ? (
                              <ButtonForm
                                action={revokeTokenAction}
                                fields={{ tokenId: k.id }}
                                className="flex flex-wrap items-center justify-end gap-2"
                              >
                                <button
                                  type="submit"
                                  className={buttonClass.danger}
                                  aria-label={tr('revokeLabel', { name: k.name })}
                                >
                                  {tt.revoke}
                                </button>
                              </ButtonForm>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        )}
        <Card title={t.account.changePassword} id="change-password">
          <PasswordForm t={t.account} />
        </Card>
      </div>
    </>
  );
}
