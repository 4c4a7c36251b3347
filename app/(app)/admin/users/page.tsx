import { ButtonForm } from '@/components/forms/button-form';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import Link from '@/components/link';
import { ROLES } from '@/lib/users/schemas';
import { userListFilterSchema } from '@/lib/users/schemas';
import { PageHeader } from '@/components/ui/page-header';
import { UserTable } from '@/components/user-table';
import { listAllApiTokens } from '@/lib/api/tokens';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { formatDate, formatDateTime } from '@/lib/time';
import { LINK_LABEL, linkToSend } from '@/lib/users/links';
import { listUsers } from '@/lib/users/queries';
import { resendInviteAction, revokeUserTokenAction, sendResetAction, setUserActiveAction } from './actions';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.users.title);

/**
 * Users for the administrator, each with a button to disable (ending their sessions and API tokens) or enable the
 * account; below, every user's unexpired API tokens, each revocable.
 */
export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const { t } = await getMessages();
  const p = t.people;
  const filter = userListFilterSchema.parse(await searchParams);
  const tt = t.account.tokens;
  const tr = await getTranslations('account.tokens');
  const [users, tokens] = await Promise.all([
    listUsers({ actor, q: filter.q, role: filter.role }),
    can(actor, 'api_token.manage') ? listAllApiTokens({ actor }) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader
        title={t.users.title}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/users/import" className={buttonClass.secondary}>
              {t.userImport.link}
            </Link>
            <Link href="/admin/users/new" className={buttonClass.primary}>
              {p.add}
            </Link>
          </div>
        }
      />
      <Card>
        <form method="get" action="/admin/users" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <Field id="q" label={p.search} hint={p.searchHint} className="min-w-[14rem] flex-1">
            <input id="q" name="q" type="search" defaultValue={filter.q} className={inputClass} />
          </Field>
          <Field id="role-filter" label={p.role}>
            <select id="role-filter" name="role" defaultValue={filter.role ?? ''} className={inputClass}>
              <option value="">{p.allRoles}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </select>
          </Field>
          <div className="flex gap-2 pb-0.5">
            <button type="submit" className={buttonClass.secondary}>
              {p.filter}
            </button>
            {filter.q || filter.role ? (
              <Link href="/admin/users" className={buttonClass.secondary}>
                {p.clear}
              </Link>
            ) : null}
          </div>
        </form>
        {users.length === 0 ? <p className="text-sm text-slate-600">{p.none}</p> : null}
        <UserTable
          users={users}
          t={t}
          editHref={(u) => `/admin/users/${u.id}`}
          actions={(u) => {
            if (u.id === actor.userId) return null;
            const send = linkToSend(u.passwordSet);
            return (
              <div className="flex flex-wrap items-center justify-end gap-2">
                <ButtonForm
                  action={setUserActiveAction}
                  fields={{ userId: u.id, active: u.isActive ? 'false' : 'true' }}
                  className="flex flex-wrap items-center justify-end gap-2"
                >
                  <button
                    type="submit"
                    className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                    aria-label={`${u.isActive ? t.users.disable : t.users.enable}: ${u.email}`}
                  >
                    {u.isActive ? t.users.disable : t.users.enable}
                  </button>
                </ButtonForm>
                {u.isActive ? (
                  // An invited user gets the invitation again; anyone else a link to set a new password.
                  <ButtonForm
                    action={send === 'reset' ? sendResetAction : resendInviteAction}
                    fields={{ userId: u.id }}
                    className="flex flex-wrap items-center justify-end gap-2"
                  >
                    <button
                      type="submit"
                      className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                      aria-label={`${t.links[LINK_LABEL[send]]}: ${u.email}`}
                    >
                      {t.links[LINK_LABEL[send]]}
                    </button>
                  </ButtonForm>
                ) : null}
              </div>
            );
          }}
        />
      </Card>
      {tokens ? (
        <div className="mt-6">
          <Card title={t.users.tokensTitle} id="api-tokens">
            <p className="mb-4 max-w-prose text-sm text-slate-700">{t.users.tokensIntro}</p>
            {tokens.length === 0 ? (
              <p className="text-sm text-slate-600">{t.users.tokensNone}</p>
            ) : (
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[48rem] text-left text-sm">
                  <thead className="border-b border-slate-200 text-xs text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {t.users.tokenOwner}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.name}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.prefix}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {tt.createdAt}
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
                    {tokens.map((k) => (
                      <tr key={k.id}>
                        <td className="py-2 pr-3">
                          <span className="font-medium text-slate-900">{k.ownerName}</span>
                          <span className="block text-xs text-slate-600">{k.ownerEmail}</span>
                        </td>
                        <td className="py-2 pr-3 text-slate-900">{k.name}</td>
                        <td className="py-2 pr-3 font-mono text-xs text-slate-700">{k.prefix}…</td>
                        <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(k.createdAt)}</td>
                        <td className="py-2 pr-3 whitespace-nowrap">{formatDate(k.expiresAt)}</td>
                        <td className="py-2 pr-3 whitespace-nowrap">
                          {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : tt.never}
                        </td>
                        <td className="py-2 pr-3">
                          <span
                            className={
                              k.state === 'active' ? 'font-medium text-emerald-800' : 'font-medium text-slate-600'
                            }
                          >
                            {tt[k.state]}
                          </span>
                        </td>
                        <td className="py-2 text-right">
                          <ButtonForm
                            action={revokeUserTokenAction}
                            fields={{ tokenId: k.id }}
                            className="flex flex-wrap items-center justify-end gap-2"
                          >
                            <button
                              type="submit"
                              className={buttonClass.danger}
                              aria-label={`${tr('revokeLabel', { name: k.name })}: ${k.ownerEmail}`}
                            >
                              {tt.revoke}
                            </button>
                          </ButtonForm>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>
      ) : null}
    </>
  );
}
