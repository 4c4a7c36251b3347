import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { isCommitteeLimited } from '@/lib/committees/scope';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { CommitteeForm } from '../committee-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.committees.newTitle);

/** A new committee: its code, name, level, standing agency, founding decision and dates. */
export default async function NewCommitteePage() {
  const actor = await requireActor();
  if (!can(actor, 'committee.manage') || isCommitteeLimited(actor)) notFound();
  const { t } = await getMessages();
  const agencies = await listAgencyOptions({ actor, day: vnDate() });
  return (
    <>
      <PageHeader title={t.committees.newTitle} />
      <Card>
        <CommitteeForm
          t={t.committees}
          agencies={agencies}
          defaultValues={{
            code: '',
            name: '',
            level: 'central',
            standingAgencyId: '',
            establishedBy: '',
            validFrom: '',
            validTo: '',
          }}
        />
      </Card>
    </>
  );
}
