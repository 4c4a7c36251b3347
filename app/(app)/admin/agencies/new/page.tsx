import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { AgencyForm } from '../agency-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.agencies.newTitle);

/** A new agency: name, short name, code, kind, parent and first day. */
export default async function NewAgencyPage() {
  const actor = await requireActor();
  if (!can(actor, 'agency.manage')) notFound();
  const { t } = await getMessages();
  const parents = await listAgencyOptions({ actor, day: vnDate() });
  return (
    <>
      <PageHeader title={t.agencies.newTitle} />
      <Card>
        <AgencyForm
          t={t.agencies}
          kinds={t.reports.agencyKinds}
          parents={parents}
          defaultValues={{
            code: '',
            name: '',
            shortName: '',
            kind: 'provincial_department',
            parentId: '',
            validFrom: '',
          }}
        />
      </Card>
    </>
  );
}
