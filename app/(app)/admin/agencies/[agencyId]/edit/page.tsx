import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getAgency, listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { AgencyForm } from '../../agency-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.agencies.editTitle);

/** Edits an agency's name, short name, kind, parent and first day (its code stays). */
export default async function EditAgencyPage({ params }: { params: Promise<{ agencyId: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'agency.manage')) notFound();
  const agencyId = routeId((await params).agencyId);
  if (agencyId === null) notFound();
  const agency = await getAgency({ actor, agencyId });
  if (!agency) notFound();
  const { t } = await getMessages();
  const options = await listAgencyOptions({ actor, day: vnDate() });
  // The agency itself is no parent of its own; its current parent stays offered even if it has ended.
  const parents = options.filter((o) => o.id !== agency.id);
  if (agency.parentId && !parents.some((o) => o.id === agency.parentId)) {
    const current = await getAgency({ actor, agencyId: agency.parentId });
    if (current) parents.unshift({ id: current.id, name: `${current.name} ${t.agencies.endedSuffix}` });
  }
  return (
    <>
      <PageHeader title={`${t.agencies.editTitle}: ${agency.name}`} />
      <Card>
        <AgencyForm
          t={t.agencies}
          kinds={t.reports.agencyKinds}
          parents={parents}
          edit={{ agencyId: agency.id }}
          defaultValues={{
            code: agency.code,
            name: agency.name,
            shortName: agency.shortName ?? '',
            kind: agency.kind,
            parentId: agency.parentId ? String(agency.parentId) : '',
            validFrom: agency.validFrom ? formatDate(agency.validFrom) : '',
          }}
        />
      </Card>
    </>
  );
}
