import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { NewUserForm } from '../user-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.people.newTitle);

/** The administrator adds a user: saved, the account gets an invitation to set its password. */
export default async function NewUserPage() {
  const actor = await requireActor();
  if (!can(actor, 'user.manage')) notFound();
  const { t } = await getMessages();
  const agencies = await listAgencyOptions({ actor, day: vnDate() });
  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          {t.people.back}
        </Link>
      </nav>
      <PageHeader title={t.people.newTitle} intro={t.people.newIntro} />
      <Card>
        <NewUserForm agencies={agencies} roleLabels={t.roles} t={t.people} />
      </Card>
    </>
  );
}
