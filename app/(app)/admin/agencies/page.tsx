import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listPendingHandOvers } from '@/lib/agencies/handover';
import { formatDate } from '@/lib/time';
import { HandOverButton } from './hand-over-button';

/** Agencies that have ended but still lead open tasks: the administrator hands them to the successor. */
export default async function AgenciesAdminPage() {
  const actor = await requireActor();
  if (!can(actor, 'agency.manage')) notFound();
  const { t } = await getMessages();
  const rows = await listPendingHandOvers({ actor });
  const a = t.admin;
  return (
    <>
      <PageHeader title={a.handOverTitle} intro={a.handOverIntro} />
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-600">{a.nothingToHandOver}</p>
        ) : (
          <table className="data-table" data-testid="hand-overs">
            <thead>
              <tr>
                <th scope="col">{a.agency}</th>
                <th scope="col">{a.endedOn}</th>
                <th scope="col" className="num">
                  {a.openTasks}
                </th>
                <th scope="col" className="num">
                  {a.users}
                </th>
                <th scope="col">{a.successor}</th>
                <th scope="col">
                  <span className="sr-only">{a.handOver}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td className="tabular-nums">{formatDate(r.validTo)}</td>
                  <td className="num">{r.openTasks}</td>
                  <td className="num">{r.users}</td>
                  <td>{r.successorName}</td>
                  <td>
                    <HandOverButton
                      agencyId={r.id}
                      label={a.handOver}
                      users={r.users}
                      moveUsersLabel={`${a.moveUsers} (${r.successorName})`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
