import Link from '@/components/link';
import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/vi';
import type { UserRow } from '@/lib/users/queries';
import { Badge } from './ui/badge';

/**
 * Users and their state; `actions` renders a control per row (the administrator's enable/disable); `editHref`
 * links each name to the user's edit page.
 */
export function UserTable({
  users,
  t,
  actions,
  editHref,
}: {
  users: UserRow[];
  t: Messages;
  actions?: (u: UserRow) => ReactNode;
  editHref?: (u: UserRow) => string;
}) {
  return (
    // Relative: the headers' screen-reader-only labels (absolute) stay inside the scroller; without it they widened
    // the page on a phone, which then showed zoomed out.
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.users.name}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.users.email}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.users.role}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.users.agency}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.people.dutyColumn}
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t.users.active}</span>
            </th>
            {actions ? (
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">{t.users.actions}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-3">
                {editHref ? (
                  <Link
                    href={editHref(u)}
                    className="font-medium text-brand-700 hover:underline"
                    aria-label={t.people.editLabel.replace('{name}', u.name)}
                  >
                    {u.name}
                  </Link>
                ) : (
                  u.name
                )}
                {u.position ? <span className="block text-xs text-slate-600">{u.position}</span> : null}
              </td>
              <td className="py-2 pr-3">{u.email}</td>
              <td className="py-2 pr-3">{t.roles[u.role]}</td>
              <td className="py-2 pr-3">{u.agencyName ?? '—'}</td>
              <td className="py-2 pr-3" data-testid="user-duty">
                {u.role === 'agency' ? t.people.duties[u.agencyDuty] : '—'}
              </td>
              <td className="py-2">
                <Badge tone={u.isActive ? 'success' : 'neutral'}>
                  {u.isActive ? t.users.active : t.users.disabled}
                </Badge>
                {u.passwordSet ? null : (
                  <span className="ml-1">
                    <Badge tone="neutral">{t.links.pending}</Badge>
                  </span>
                )}
              </td>
              {actions ? <td className="py-2 pl-3">{actions(u)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
