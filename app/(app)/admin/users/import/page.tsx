import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { listCommitteesForAdmin } from '@/lib/committees/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { MAX_IMPORT_ROWS } from '@/lib/users/import-schemas';
import { UserImport } from './import-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.userImport.title);

/**
 * Bulk onboarding for the administrator: download the template, upload a CSV or XLSX file (or paste the rows),
 * fix each row's errors in the preview, then import every row in one transaction (invitations leave after it).
 */
export default async function UserImportPage() {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const { t } = await getMessages();
  const tu = await getTranslations('userImport');
  const today = vnDate();
  const agencies = await listAgencyOptions({ actor, day: today });
  // The committees in operation, which the list's people may join with their posts (decision 081).
  const committees = can(actor, 'committee.manage')
    ? (await listCommitteesForAdmin({ actor, today }))
        .filter((c) => !c.validTo || c.validTo >= today)
        .map((c) => ({ id: c.id, name: c.name }))
    : [];
  return (
    <>
      <PageHeader
        title={t.userImport.title}
        intro={tu('intro', { max: MAX_IMPORT_ROWS })}
        actions={
          <Link href="/admin/users" className={buttonClass.secondary}>
            {t.userImport.back}
          </Link>
        }
      />
      <Card>
        <UserImport
          agencies={agencies}
          committees={committees}
          today={formatDate(today)}
          t={{ userImport: t.userImport, roles: t.roles, committees: t.committees }}
        />
      </Card>
    </>
  );
}
