import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { UserTable } from '@/components/user-table';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listUsers } from '@/lib/users/queries';
import { setUserActiveAction } from './actions';

/** Users for the administrator, each with a button to disable (ending their sessions) or enable the account. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const { t } = await getMessages();
  const [users, { error }] = await Promise.all([listUsers({ actor }), searchParams]);
  return (
    <>
      <PageHeader title={t.users.title} />
      {error ? (
        <p role="alert" className="mb-4 rounded-lg border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900">
          {error.slice(0, 200)}
        </p>
      ) : null}
      <Card>
        <UserTable
          users={users}
          t={t}
          actions={(u) =>
            u.id === actor.userId ? null : (
              <form action={setUserActiveAction}>
                <input type="hidden" name="userId" value={u.id} />
                <input type="hidden" name="active" value={u.isActive ? 'false' : 'true'} />
                <button
                  type="submit"
                  className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                  aria-label={`${u.isActive ? t.users.disable : t.users.enable}: ${u.email}`}
                >
                  {u.isActive ? t.users.disable : t.users.enable}
                </button>
              </form>
            )
          }
        />
      </Card>
    </>
  );
}
