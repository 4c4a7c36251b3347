import { TimelinessBars } from '@/components/charts/timeliness-bars';
import { Card } from '@/components/ui/card';
import { derive, drillHref, getAreaSummary, sumCounts } from '@/lib/reports/dashboard';
import { loadReport, type SearchParams } from '../load';
import { ReportShell } from '../report-shell';
import { SummaryTable } from '../summary-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => `${t.reports.byArea} · ${t.reports.nav}`);

/** Counts by reform area: each directive counts under one area (cross-cutting, else its first area). */
export default async function ReportAreasPage({ searchParams }: { searchParams: SearchParams }) {
  const report = await loadReport(searchParams);
  const { actor, t, locale, filter, db } = report;
  const rows = await getAreaSummary({ actor, filter }, db);
  const r = t.reports;
  const name = (a: (typeof rows)[number]) =>
    a.code === 'cross_cutting' ? t.directives.crossCutting : locale === 'en' ? a.nameEn : a.name;
  const totalCounts = sumCounts(rows.map((a) => a.counts));
  return (
    <ReportShell view="areas" {...report.shell}>
      <Card title={r.byArea} id="by-area">
        <p className="mb-3 text-sm text-slate-600">{r.areaNote}</p>
        <TimelinessBars
          rows={rows.map((a) => ({ name: name(a), ...a.counts }))}
          labels={t.timeliness}
          title={r.chartAreas}
          locale={locale}
        />
        <div className="mt-4">
          <SummaryTable
            caption={r.byArea}
            labelHeader={r.area}
            t={t}
            locale={locale}
            rows={rows.map((a) => ({
              id: `area-${a.code}`,
              label: name(a),
              counts: a.counts,
              assigned: a.assigned,
              completionRate: a.completionRate,
              overdueRate: a.overdueRate,
              drill: (classes) => drillHref(filter, { areaCode: a.code, timeliness: classes }),
            }))}
            total={{
              counts: totalCounts,
              ...derive(totalCounts),
              drill: (classes) => drillHref(filter, { timeliness: classes }),
            }}
          />
        </div>
      </Card>
    </ReportShell>
  );
}
