import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { sessionStatusChoices } from '@/lib/sessions/mutations';
import { getSessionForEdit, listCommitteesForSessionForm } from '@/lib/sessions/queries';
import { SessionForm } from '../../session-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.sessionForm.editTitle);

export default async function EditSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'session.manage')) notFound();
  const id = routeId((await params).sessionId);
  if (id === null) notFound();
  const { t } = await getMessages();
  const session = await getSessionForEdit({ actor, sessionId: id });
  if (!session) notFound();
  const [committees, agencies] = await Promise.all([
    listCommitteesForSessionForm({ actor, keep: session.values.committeeId }),
    listAgencyOptions({ actor, day: session.isoDate }),
  ]);
  return (
    <>
      <PageHeader title={t.sessionForm.editTitle} intro={session.values.title} />
      <Card>
        <SessionForm
          t={t}
          committees={committees}
          agencies={agencies}
          defaultValues={session.values}
          statuses={sessionStatusChoices(session.values.status ?? null)}
          edit={{ sessionId: session.sessionId, version: session.version, chairName: session.chairName }}
        />
      </Card>
    </>
  );
}
