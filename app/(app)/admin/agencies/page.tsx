import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { plainParams } from '@/lib/keys';
import { can } from '@/lib/policy';
import { listPendingHandOvers } from '@/lib/agencies/handover';
import { listAgencies } from '@/lib/agencies/queries';
import { AGENCY_STATES, agencyFilterSchema } from '@/lib/agencies/schemas';
import { AGENCY_KINDS } from '@/lib/reference/agency-kinds';
import { formatDate } from '@/lib/time';
import { HandOverButton } from './hand-over-button';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.agencies.title);

/**
 * The agencies: a search (accents ignored) with kind and state filters as a GET form, each row opening the
 * agency's page; below, the ended agencies that still lead open tasks, which the administrator hands over.
 */
export default async function AgenciesAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'agency.manage')) notFound();
  const { t } = await getMessages();
  const tr = await getTranslations('agencies');
  const filter = agencyFilterSchema.parse(plainParams(await searchParams));
  const [agencies, rows] = await Promise.all([listAgencies({ actor, filter }), listPendingHandOvers({ actor })]);
  const a = t.admin;
  const g = t.agencies;
  return (
    <>
      <PageHeader
        title={g.title}
        intro={g.intro}
        actions={
          <Link href="/admin/agencies/new" className={buttonClass.primary}>
            + {g.newAgency}
          </Link>
        }
      />
      <form
        method="get"
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[3fr_2fr_1fr_auto] sm:items-end"
        role="search"
      >
        <div>
          <label htmlFor="q" className="label">
            {g.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </div>
        <FilterSelect
          name="kind"
          label={g.kind}
          value={filter.kind}
          options={AGENCY_KINDS.map((k) => [k, t.reports.agencyKinds[k]] as const)}
          anyLabel={g.all}
        />
        <FilterSelect
          name="state"
          label={g.state}
          value={filter.state}
          options={AGENCY_STATES.map((s) => [s, g[s]] as const)}
          anyLabel={g.all}
        />
        <button type="submit" className={buttonClass.secondary}>
          {g.filter}
        </button>
      </form>
      <div className="space-y-6">
        <Card>
          <p className="mb-3 text-sm text-slate-600" role="status" data-testid="agency-count">
            {tr('count', { count: agencies.length })}
          </p>
          {agencies.length === 0 ? (
            <p className="text-slate-600">{g.noMatch}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="data-table" data-testid="agencies">
                <thead>
                  <tr>
                    <th scope="col">{g.name}</th>
                    <th scope="col">{g.code}</th>
                    <th scope="col">{g.kind}</th>
                    <th scope="col">{g.parent}</th>
                    <th scope="col">{g.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {agencies.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/admin/agencies/${r.id}`} className={buttonClass.link}>
                          {r.name}
                        </Link>
                        {r.shortName ? <div className="text-xs text-slate-600">{r.shortName}</div> : null}
                      </td>
                      <td className="font-mono text-sm">{r.code}</td>
                      <td>{t.reports.agencyKinds[r.kind]}</td>
                      <td>{r.parentName ?? '—'}</td>
                      <td>
                        {r.ended ? (
                          <>
                            <Badge tone="neutral">{g.ended}</Badge>
                            <div className="text-xs text-slate-600 tabular-nums">
                              {formatDate(r.validTo)}
                              {r.successorName ? ` → ${r.successorName}` : ''}
                            </div>
                          </>
                        ) : (
                          <Badge tone="success">{g.active}</Badge>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title={a.handOverTitle} id="hand-over">
          <p className="mb-3 text-sm text-slate-600">{a.handOverIntro}</p>
          {rows.length === 0 ? (
            <p className="text-slate-600">{a.nothingToHandOver}</p>
          ) : (
            <div className="overflow-x-auto">
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
                      <td>
                        <Link href={`/admin/agencies/${r.id}`} className={buttonClass.link}>
                          {r.name}
                        </Link>
                      </td>
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
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
