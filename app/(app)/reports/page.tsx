import Link from '@/components/link';
import { TrendChart } from '@/components/charts/trend-chart';
import { TimelinessCountCards } from '@/components/timeliness';
import { Card } from '@/components/ui/card';
import { drillHref, getOverview, trendDrill } from '@/lib/reports/dashboard';
import { formatCount, formatPercent } from '@/lib/reports/rates';
import { formatDate } from '@/lib/time';
import { loadReport, type SearchParams } from './load';
import { CountLink, ReportShell } from './report-shell';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.title);

/** The leader's overview: counts, rates, the most overdue tasks and the month-by-month trend. */
export default async function ReportOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const report = await loadReport(searchParams);
  const { actor, t, locale, filter, db } = report;
  const o = await getOverview({ actor, filter }, db);
  const r = t.reports;
  const num = (n: number) => formatCount(n, locale);
  const figure = (label: string, value: string, testId: string, tone = 'text-slate-900') => (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${tone}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
  return (
    <ReportShell view="overview" {...report.shell}>
      <Card title={r.figures} id="figures">
        <TimelinessCountCards
          counts={o.counts}
          t={t}
          href={(c) => drillHref(filter, { timeliness: c })}
          locale={locale}
        />
        <dl className="mt-5 grid grid-cols-2 gap-x-8 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
          {figure(r.assigned, num(o.assigned), 'assigned')}
          {figure(r.cameDue, num(o.cameDue), 'came-due')}
          {figure(r.completed, num(o.completed), 'completed')}
          {figure(r.notCompleted, num(o.notCompleted), 'not-completed')}
          {figure(r.completionRate, formatPercent(o.completionRate, locale), 'completion-rate', 'text-emerald-800')}
          {figure(r.overdueRate, formatPercent(o.overdueRate, locale), 'overdue-rate', 'text-red-800')}
        </dl>
        <p className="mt-3 text-sm" data-testid="awaiting-confirmation">
          {t.task.ofWhichAwaiting}:{' '}
          <Link
            className="font-medium text-brand-700 underline"
            href={drillHref(filter, { awaitingConfirmation: true })}
          >
            {num(o.awaitingConfirmation)}
          </Link>
          <span className="block text-xs text-slate-600">{r.awaitingNote}</span>
        </p>
        <p className="mt-3 text-xs text-slate-600">{r.ratesNote}</p>
      </Card>

      <Card
        title={r.mostOverdue}
        id="most-overdue"
        actions={
          <Link className="text-sm text-brand-700 underline" href={drillHref(filter, { timeliness: 'overdue' })}>
            {t.home.viewAll}
          </Link>
        }
      >
        {o.mostOverdue.length === 0 ? (
          <p className="text-slate-600">{r.noData}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{r.mostOverdue}</caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t.tasks.directive}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t.tasks.lead}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t.tasks.deadline}
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    {r.daysOverdue}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {o.mostOverdue.map((task) => (
                  <tr key={task.id} className="align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/tasks/${task.id}`} className="text-brand-800 underline decoration-slate-300">
                        {task.directiveOrdinal}. {task.directiveText.slice(0, 140)}
                        {task.directiveText.length > 140 ? '…' : ''}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{task.leadName}</td>
                    <td className="py-2 pr-4 tabular-nums">{formatDate(task.due)}</td>
                    <td className="py-2 text-right font-semibold tabular-nums text-red-800">
                      {num(task.daysOverdue)} {r.days}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card title={r.trend} id="trend">
        <p className="mb-3 text-sm text-slate-600">{r.trendNote}</p>
        <TrendChart
          points={o.trend.map((m) => ({ ...m, label: monthLabel(m.month) }))}
          labels={{
            completedOnTime: t.timeliness.completed_on_time,
            completedLate: t.timeliness.completed_late,
            missed: r.missed,
          }}
          title={r.chartTrend}
          locale={locale}
        />
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{r.trendData}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm" data-testid="trend-table">
              <caption className="sr-only">{r.trend}</caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 text-left font-medium">
                    {r.month}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">
                    {r.completed}
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    {r.missed}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {o.trend.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                      {monthLabel(m.month)}
                    </th>
                    <td className="py-1.5 pr-4 text-right">
                      <CountLink
                        n={m.completedOnTime + m.completedLate}
                        href={trendDrill(filter, m, 'completed')}
                        locale={locale}
                      />
                    </td>
                    <td className="py-1.5 text-right">
                      <CountLink n={m.missed} href={trendDrill(filter, m, 'missed')} locale={locale} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </Card>
    </ReportShell>
  );
}
