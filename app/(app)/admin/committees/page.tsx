import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { isCommitteeLimited } from '@/lib/committees/scope';
import { listCommitteesForAdmin } from '@/lib/committees/queries';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { formatDate } from '@/lib/time';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.committees.listTitle);

/** The committees the user serves, with their standing agency and today's member count. */
export default async function CommitteesPage() {
  const actor = await requireActor();
  if (!can(actor, 'committee.manage')) notFound();
  const { t } = await getMessages();
  const c = t.committees;
  const rows = await listCommitteesForAdmin({ actor });
  return (
    <>
      <PageHeader
        title={c.listTitle}
        intro={c.listIntro}
        actions={
          isCommitteeLimited(actor) ? null : (
            <Link href="/admin/committees/new" className={buttonClass.primary}>
              {c.add}
            </Link>
          )
        }
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-600">{c.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table" data-testid="committees">
              <thead>
                <tr>
                  <th scope="col">{c.code}</th>
                  <th scope="col">{c.name}</th>
                  <th scope="col">{c.level}</th>
                  <th scope="col">{c.standingAgency}</th>
                  <th scope="col">{c.validFrom}</th>
                  <th scope="col">{c.validTo}</th>
                  <th scope="col" className="num">
                    {c.memberCount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="whitespace-nowrap">{r.code}</td>
                    <td>
                      <Link href={`/admin/committees/${r.id}`} className={buttonClass.link}>
                        {r.name}
                      </Link>
                    </td>
                    <td>{c.levels[r.level]}</td>
                    <td>{r.standingAgencyName}</td>
                    <td className="tabular-nums">{formatDate(r.validFrom)}</td>
                    <td className="tabular-nums">{formatDate(r.validTo)}</td>
                    <td className="num">{r.memberCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
