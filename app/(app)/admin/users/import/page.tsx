import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/policy';
import { vnDate } from '@/lib/time';
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
  const agencies = await listAgencyOptions({ actor, day: vnDate() });
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
        <UserImport agencies={agencies} t={{ userImport: t.userImport, roles: t.roles }} />
      </Card>
    </>
  );
}
