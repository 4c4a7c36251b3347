import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { ButtonForm } from '@/components/forms/button-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { oidcSettings } from '@/lib/auth/oidc';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { LINK_LABEL, linkToSend } from '@/lib/users/links';
import { getUserForEdit, listCommitteeChoices } from '@/lib/users/queries';
import {
  resendInviteAction,
  resetTwoFactorAction,
  sendResetAction,
  setUserActiveAction,
  unlinkSsoAction,
} from '../actions';
import { EditUserForm, UserCommitteesForm } from '../user-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.people.editTitle);

/**
 * One user for the administrator: their fields, their state (active, password set) with the buttons of
 * /admin/users, and the committees they serve.
 */
export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const userId = routeId((await params).userId);
  if (userId === null) notFound();
  const user = await getUserForEdit({ actor, userId });
  if (!user) notFound();
  const { t } = await getMessages();
  const p = t.people;
  const today = vnDate();
  const [agencies, committees] = await Promise.all([
    listAgencyOptions({ actor, day: today }),
    listCommitteeChoices({ actor, today, keep: user.committeeIds }),
  ]);
  // The user's own agency stays in the list when it has ended, so the form shows it (lib refuses a move into one).
  const options =
    user.agencyId !== null && !agencies.some((a) => a.id === user.agencyId)
      ? [...agencies, { id: user.agencyId, name: user.agencyName ?? String(user.agencyId) }]
      : agencies;
  const created = (await searchParams).created === '1';
  const self = user.id === actor.userId;
  const sso = oidcSettings() !== null;
  const send = linkToSend(user.passwordSet);
  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          {p.back}
        </Link>
      </nav>
      <PageHeader title={`${p.editTitle}: ${user.name}`} />
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {send === 'signIn' ? p.createdSso : p.created}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <EditUserForm
              userId={user.id}
              version={user.version}
              values={{
                email: user.email,
                name: user.name,
                position: user.position ?? '',
                phone: user.phone ?? '',
                role: user.role,
                agencyId: user.agencyId === null ? '' : String(user.agencyId),
                agencyDuty: user.agencyDuty,
              }}
              agencies={options}
              roleLabels={t.roles}
              self={self}
              t={p}
            />
          </Card>
          <Card title={p.committeesTitle} id="committees">
            <UserCommitteesForm
              userId={user.id}
              version={user.version}
              committees={committees.map((c) => ({ id: c.id, name: c.name, ended: !!c.validTo && c.validTo < today }))}
              served={user.committeeIds}
              t={p}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={p.account} id="account">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-600">{p.status}</dt>
                <dd data-testid="user-status">
                  <Badge tone={user.isActive ? 'success' : 'neutral'}>
                    {user.isActive ? t.users.active : t.users.disabled}
                  </Badge>
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{p.password}</dt>
                <dd data-testid="user-password">
                  {send === 'signIn' ? p.passwordSso : user.passwordSet ? p.passwordSet : p.passwordPending}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{p.twoFactor}</dt>
                <dd data-testid="user-two-factor">{user.twoFactorOn ? p.twoFactorOn : p.twoFactorOff}</dd>
              </div>
              {sso || user.ssoIssuer ? (
                <div>
                  <dt className="text-slate-600">{p.sso}</dt>
                  <dd data-testid="user-sso" className="break-words">
                    {user.ssoIssuer ? p.ssoLinked.replace('{issuer}', user.ssoIssuer) : p.ssoNotLinked}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-slate-600">{p.createdAt}</dt>
                <dd className="tabular-nums">{formatDate(user.createdAt)}</dd>
              </div>
            </dl>
            {self ? null : (
              <div className="mt-4 flex flex-wrap gap-2">
                <ButtonForm
                  action={setUserActiveAction}
                  fields={{ userId: user.id, active: user.isActive ? 'false' : 'true' }}
                >
                  <button
                    type="submit"
                    className={buttonClass.secondary}
                    aria-label={`${user.isActive ? t.users.disable : t.users.enable}: ${user.email}`}
                  >
                    {user.isActive ? t.users.disable : t.users.enable}
                  </button>
                </ButtonForm>
                {user.isActive ? (
                  <ButtonForm
                    action={send === 'reset' ? sendResetAction : resendInviteAction}
                    fields={{ userId: user.id }}
                  >
                    <button
                      type="submit"
                      className={buttonClass.secondary}
                      aria-label={`${t.links[LINK_LABEL[send]]}: ${user.email}`}
                    >
                      {t.links[LINK_LABEL[send]]}
                    </button>
                  </ButtonForm>
                ) : null}
              </div>
            )}
            {!self && user.twoFactorOn ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <p className="mb-2 text-sm text-slate-600">{p.resetTwoFactorHint}</p>
                <ButtonForm action={resetTwoFactorAction} fields={{ userId: user.id }}>
                  <button
                    type="submit"
                    className={buttonClass.secondary}
                    aria-label={`${p.resetTwoFactor}: ${user.email}`}
                  >
                    {p.resetTwoFactor}
                  </button>
                </ButtonForm>
              </div>
            ) : null}
            {!self && user.ssoIssuer ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <p className="mb-2 text-sm text-slate-600">{p.unlinkSsoHint}</p>
                <ButtonForm action={unlinkSsoAction} fields={{ userId: user.id }}>
                  <button type="submit" className={buttonClass.secondary} aria-label={`${p.unlinkSso}: ${user.email}`}>
                    {p.unlinkSso}
                  </button>
                </ButtonForm>
              </div>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
