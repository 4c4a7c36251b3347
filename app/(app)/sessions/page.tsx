import { SessionList } from '@/components/session-list';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { listSessions } from '@/lib/sessions/queries';

export default async function SessionsPage() {
  const actor = await requireActor();
  const { t } = await getMessages();
  const sessions = await listSessions({ actor });
  return (
    <>
      <PageHeader title={t.sessions.title} />
      <Card>
        <SessionList sessions={sessions} t={t} />
      </Card>
    </>
  );
}
