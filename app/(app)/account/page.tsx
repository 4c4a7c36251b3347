import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { PasswordForm } from './password-form';

/** The user's own account: change the password (every session ends; sign in again). */
export default async function AccountPage() {
  const actor = await requireActor();
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={t.account.title} intro={`${actor.name} · ${actor.email}`} />
      <Card title={t.account.changePassword} id="change-password">
        <PasswordForm t={t.account} />
      </Card>
    </>
  );
}
