import type { Messages } from '@/lib/i18n/vi';
import type { UserRow } from '@/lib/users/queries';
import { Badge } from './ui/badge';

export function UserTable({ users, t }: { users: UserRow[]; t: Messages }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
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
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t.users.active}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-3">{u.name}</td>
              <td className="py-2 pr-3">{u.email}</td>
              <td className="py-2 pr-3">{t.roles[u.role]}</td>
              <td className="py-2 pr-3">{u.agencyName ?? '—'}</td>
              <td className="py-2">
                <Badge tone={u.isActive ? 'success' : 'neutral'}>
                  {u.isActive ? t.users.active : t.users.disabled}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
