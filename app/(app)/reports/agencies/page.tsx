import Link from '@/components/link';
import { TimelinessBars } from '@/components/charts/timeliness-bars';
import { Card } from '@/components/ui/card';
import {
  AGENCY_SORTS,
  derive,
  drillHref,
  getAgencyRanking,
  reportParams,
  sumCounts,
  type AgencyRankingSort,
} from '@/lib/reports/dashboard';
import { formatDate } from '@/lib/time';
import { loadReport, type SearchParams } from '../load';
import { ReportShell } from '../report-shell';
import { SummaryTable, type SortColumn } from '../summary-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => `${t.reports.byAgency} · ${t.reports.nav}`);

/** The ranking by agency, sortable; agencies that ended keep their row and name their successor. */
export default async function ReportAgenciesPage({ searchParams }: { searchParams: SearchParams }) {
  const report = await loadReport(searchParams);
  const { actor, t, locale, raw, filter, db } = report;
  const sort = AGENCY_SORTS.includes(raw.sort as AgencyRankingSort) ? (raw.sort as AgencyRankingSort) : 'overdue';
  const dir = raw.dir === 'asc' || raw.dir === 'desc' ? raw.dir : undefined;
  const rows = await getAgencyRanking({ actor, filter, sort, dir }, db);
  const r = t.reports;
  const effectiveDir = dir ?? (sort === 'name' ? 'asc' : 'desc');
  const sortColumns = Object.fromEntries(
    (['name', 'assigned', 'overdue', 'completionRate', 'overdueRate', 'oldest'] as const).map((key) => {
      const active = key === sort;
      const next = active ? (effectiveDir === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
      const q = reportParams(filter);
      q.set('sort', key);
      q.set('dir', next);
      return [key, { key, href: `/reports/agencies?${q}`, active, dir: effectiveDir } satisfies SortColumn];
    }),
  );
  const totalCounts = sumCounts(rows.map((a) => a.counts));
  const chartRows = [...rows]
    .sort((a, b) => b.counts.overdue - a.counts.overdue)
    .slice(0, 10)
    .filter((a) => a.cameDue + a.counts.in_progress_on_time > 0)
    .map((a) => ({ name: a.shortName ?? a.name, ...a.counts }));
  return (
    <ReportShell view="agencies" {...report.shell}>
      <Card title={r.byAgency} id="by-agency">
        {rows.length === 0 ? (
          <p className="text-slate-600">{r.noData}</p>
        ) : (
          <>
            <TimelinessBars rows={chartRows} labels={t.timeliness} title={r.chartAgencies} locale={locale} />
            <div className="mt-4">
              <SummaryTable
                caption={r.byAgency}
                labelHeader={t.sessions.agency}
                extraHeader={`${r.oldestOverdue} (${r.days})`}
                sort={sortColumns}
                t={t}
                locale={locale}
                rows={rows.map((a) => ({
                  id: `agency-${a.id}`,
                  label: (
                    <span>
                      <span data-testid="agency-name">{a.name}</span>
                      {a.validTo ? (
                        <span className="block text-xs text-slate-600">
                          {r.ended} {formatDate(a.validTo)}
                          {a.successorId ? (
                            <>
                              {' · '}
                              {r.successor}:{' '}
                              <Link
                                className="text-brand-800 underline"
                                href={`/reports/agencies?${new URLSearchParams({ ...Object.fromEntries(reportParams(filter)), agency: String(a.successorId) })}`}
                              >
                                {a.successorName}
                              </Link>
                            </>
                          ) : null}
                        </span>
                      ) : null}
                    </span>
                  ),
                  counts: a.counts,
                  assigned: a.assigned,
                  completionRate: a.completionRate,
                  overdueRate: a.overdueRate,
                  drill: (classes) => drillHref(filter, { agencyId: a.id, timeliness: classes }),
                  extra: a.oldestOverdueDays ?? '—',
                }))}
                total={{
                  counts: totalCounts,
                  ...derive(totalCounts),
                  drill: (classes) => drillHref(filter, { timeliness: classes }),
                }}
              />
            </div>
          </>
        )}
      </Card>
    </ReportShell>
  );
}
