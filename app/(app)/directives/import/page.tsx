import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { BacklogImportForm } from './import-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.backlog.title);

/**
 * The secretariat imports the directives and tasks an office follows in its Excel sheet (decision 027): choose
 * the file, check the columns, fix the rows with problems in place, import in one transaction.
 */
export default async function BacklogImportPage() {
  const actor = await requireActor();
  if (!can(actor, 'directive.manage') || !can(actor, 'task.assign')) notFound();
  const { t } = await getMessages();
  const agencies = await listAgencyOptions({ actor, day: vnDate() });
  return (
    <>
      <PageHeader title={t.backlog.title} intro={t.backlog.intro} />
      <Card>
        <BacklogImportForm t={t.backlog} kinds={t.reports.agencyKinds} agencies={agencies} />
      </Card>
    </>
  );
}
