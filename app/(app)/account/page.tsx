import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getTwoFactor } from '@/lib/auth/two-factor';
import { getMessages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/time';
import { PasswordForm } from './password-form';
import { ConfirmTwoFactor, DisableTwoFactor, StartTwoFactor } from './two-factor';

/** The user's own account: the password (every session ends; sign in again) and the second factor. */
export default async function AccountPage() {
  const actor = await requireActor({ enrolment: true });
  const { t } = await getMessages();
  const tf = t.account.twoFactor;
  const status = await getTwoFactor(actor);
  return (
    <>
      <PageHeader title={t.account.title} intro={`${actor.name} · ${actor.email}`} />
      <div className="space-y-6">
        {actor.mustEnrolSecondFactor ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            {tf.required}
          </p>
        ) : null}
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
                <ConfirmTwoFactor t={tf} />
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
        <Card title={t.account.changePassword} id="change-password">
          <PasswordForm t={t.account} />
        </Card>
      </div>
    </>
  );
}
