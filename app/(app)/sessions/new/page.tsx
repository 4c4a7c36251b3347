import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { sessionStatusChoices } from '@/lib/sessions/mutations';
import { listCommitteesForSessionForm, listSessions } from '@/lib/sessions/queries';
import { formatDate, vnDate } from '@/lib/time';
import { SessionForm } from '../session-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.sessionForm.newTitle);

export default async function NewSessionPage() {
  const actor = await requireActor();
  if (!can(actor, 'session.manage')) notFound();
  const { t } = await getMessages();
  const [committees, agencies, recent] = await Promise.all([
    listCommitteesForSessionForm({ actor }),
    listAgencyOptions({ actor, day: vnDate() }),
    listSessions({ actor, limit: 1 }),
  ]);
  const committeeId = recent[0] ? committees.find((c) => c.name === recent[0]!.committeeName)?.id : committees[0]?.id;
  const nextNumber = recent[0] ? recent[0].number + 1 : 1;
  return (
    <>
      <PageHeader title={t.sessionForm.newTitle} />
      <Card>
        <SessionForm
          t={t}
          committees={committees}
          agencies={agencies}
          statuses={sessionStatusChoices(null)}
          defaultValues={{
            committeeId: committeeId ?? 0,
            number: nextNumber,
            title: `Phiên họp thứ ${nextNumber}`,
            date: formatDate(new Date()),
            time: '08:00',
            format: 'hybrid',
            status: 'planned',
            chairPersonId: null,
            location: '',
            summary: '',
            agenda: [],
            figures: [],
          }}
        />
      </Card>
    </>
  );
}
