import Link from '@/components/link';
import { TimelinessBars } from '@/components/charts/timeliness-bars';
import { Card } from '@/components/ui/card';
import { derive, drillHref, getSessionSummary, reportParams, sumCounts } from '@/lib/reports/dashboard';
import { formatCount } from '@/lib/reports/rates';
import { formatDate } from '@/lib/time';
import { loadReport, type SearchParams } from '../load';
import { ReportShell } from '../report-shell';
import { SummaryTable } from '../summary-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => `${t.reports.bySession} · ${t.reports.nav}`);

const PAGE_SIZE = 50;

/** Counts by session, the sessions with most overdue tasks first. */
export default async function ReportSessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const report = await loadReport(searchParams);
  const { actor, t, locale, raw, filter, db } = report;
  const page = Math.max(1, Math.min(10_000, Number(raw.page) || 1));
  const { rows, total } = await getSessionSummary(
    { actor, filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    db,
  );
  const r = t.reports;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (p: number) => {
    const q = reportParams(filter);
    q.set('page', String(p));
    return `/reports/sessions?${q}`;
  };
  const shownCounts = sumCounts(rows.map((s) => s.counts));
  return (
    <ReportShell view="sessions" {...report.shell}>
      <Card title={r.bySession} id="by-session">
        {rows.length === 0 ? (
          <p className="text-slate-600">{r.noData}</p>
        ) : (
          <>
            <TimelinessBars
              rows={rows.slice(0, 10).map((s) => ({ name: s.session?.title ?? t.backlog.otherDocuments, ...s.counts }))}
              labels={t.timeliness}
              title={r.chartSessions}
              locale={locale}
            />
            <p className="mt-4 mb-2 text-sm text-slate-600">
              {formatCount(total, locale)} {r.sessionsShown}
              {pages > 1 ? ` · ${t.tasks.page} ${page}/${pages}` : null}
            </p>
            <SummaryTable
              caption={r.bySession}
              labelHeader={r.session}
              t={t}
              locale={locale}
              rows={rows.map((s) => ({
                id: `session-${s.key ?? 'none'}`,
                label: s.session ? (
                  <span>
                    <Link href={`/sessions/${s.session.id}`} className="text-brand-800 underline decoration-slate-300">
                      {s.session.title}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {s.session.committeeName} · {formatDate(s.session.startsAt)}
                    </span>
                  </span>
                ) : (
                  t.backlog.otherDocuments
                ),
                counts: s.counts,
                assigned: s.assigned,
                completionRate: s.completionRate,
                overdueRate: s.overdueRate,
                // Tasks from no session cannot be singled out by a list filter: shown without a link.
                drill: (classes) =>
                  typeof s.key === 'number' ? drillHref(filter, { sessionId: s.key, timeliness: classes }) : '',
              }))}
              total={
                pages === 1
                  ? {
                      counts: shownCounts,
                      ...derive(shownCounts),
                      drill: (classes) => drillHref(filter, { timeliness: classes }),
                    }
                  : undefined
              }
            />
            {pages > 1 ? (
              <nav aria-label={t.tasks.pages} className="mt-4 flex gap-3 text-sm">
                {page > 1 ? (
                  <Link className="text-brand-700 underline" href={pageHref(page - 1)}>
                    ← {t.tasks.previous}
                  </Link>
                ) : null}
                {page < pages ? (
                  <Link className="text-brand-700 underline" href={pageHref(page + 1)}>
                    {t.tasks.next} →
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </Card>
    </ReportShell>
  );
}
