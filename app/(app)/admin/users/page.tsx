import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { UserTable } from '@/components/user-table';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listUsers } from '@/lib/users/queries';

export default async function UsersPage() {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const { t } = await getMessages();
  const users = await listUsers({ actor });
  return (
    <>
      <PageHeader title={t.users.title} />
      <Card>
        <UserTable users={users} t={t} />
      </Card>
    </>
  );
}
