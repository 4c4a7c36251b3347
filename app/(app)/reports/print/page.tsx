import { PrintButton } from '@/components/print-button';
import { getAgencyRanking, getAreaSummary, getOverview, reportableAgencies } from '@/lib/reports/dashboard';
import { describeFilter } from '@/lib/reports/describe';
import { formatCount, formatPercent } from '@/lib/reports/rates';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness';
import { formatDate } from '@/lib/time';
import { loadReport, type SearchParams } from '../load';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.title);

/** The report on paper: scope, key figures, the ranking by agency, the areas and the most overdue tasks. */
export default async function ReportPrintPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, t, locale, filter, options, today, db } = await loadReport(searchParams);
  const [o, ranking, areas] = await Promise.all([
    getOverview({ actor, filter, top: 20, trend: false }, db),
    getAgencyRanking({ actor, filter }, db),
    getAreaSummary({ actor, filter }, db),
  ]);
  const r = t.reports;
  const tr = await getTranslations('reports');
  const agencies = reportableAgencies(ranking);
  const num = (n: number) => formatCount(n, locale);
  const cell = 'border border-slate-400 px-1.5 py-1';
  const head = `${cell} bg-slate-100 font-semibold`;
  const classCols = ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue'] as const;
  const countsTable = (
    caption: string,
    rows: { name: string; counts: (typeof o)['counts']; assigned: number; completionRate: number | null }[],
  ) => (
    <table className="mt-2 w-full border-collapse text-[11pt]">
      <caption className="mb-1 text-left font-bold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${head} w-[34%] text-left`}>
            {caption}
          </th>
          <th scope="col" className={head}>
            {r.assigned}
          </th>
          {classCols.map((c) => (
            <th key={c} scope="col" className={head}>
              {t.timeliness[c]}
            </th>
          ))}
          <th scope="col" className={head}>
            {r.completionRate}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row" className={`${cell} text-left font-normal`}>
              {row.name}
            </th>
            <td className={`${cell} text-right tabular-nums`}>{num(row.assigned)}</td>
            {classCols.map((c) => (
              <td key={c} className={`${cell} text-right tabular-nums`}>
                {num(row.counts[c])}
              </td>
            ))}
            <td className={`${cell} text-right tabular-nums`}>{formatPercent(row.completionRate, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <article className="mx-auto max-w-[210mm] bg-white p-8 font-serif text-[12pt] leading-relaxed text-black print:p-0">
      <div className="no-print mb-6 flex justify-end">
        <PrintButton label={r.printNow} />
      </div>
      <h1 className="text-center text-[14pt] font-bold">{r.printTitle}</h1>
      <p className="text-center italic">
        {r.asOf} {formatDate(today)}
      </p>
      <h2 className="mt-4 font-bold">{r.filtersApplied}</h2>
      <ul className="list-disc pl-6">
        {describeFilter(filter, options, t, locale).map(([label, value]) => (
          <li key={label}>
            {label}: {value}
          </li>
        ))}
      </ul>
      <h2 className="mt-4 font-bold">{r.figures}</h2>
      <table className="mt-2 w-full border-collapse text-[11pt]">
        <tbody>
          {[
            [r.assigned, num(o.assigned)],
            ...TIMELINESS_CLASSES.map((c) => [t.timeliness[c], num(o.counts[c])]),
            [r.completed, num(o.completed)],
            [r.notCompleted, num(o.notCompleted)],
            [r.completionRate, formatPercent(o.completionRate, locale)],
            [r.overdueRate, formatPercent(o.overdueRate, locale)],
          ].map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {label}
              </th>
              <td className={`${cell} text-right tabular-nums`} data-testid={`print-${label}`}>
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-[10pt] italic">{r.ratesNote}</p>
      <section className="mt-6 break-inside-avoid-page">
        {countsTable(
          r.byArea,
          areas.map((a) => ({
            ...a,
            name: a.code === 'cross_cutting' ? t.directives.crossCutting : locale === 'en' ? a.nameEn : a.name,
          })),
        )}
      </section>
      <section className="mt-6">
        {countsTable(r.byAgency, agencies.listed)}
        {agencies.omitted > 0 ? (
          <p className="mt-1 text-[10pt] italic" data-testid="print-omitted">
            {tr('printOmitted', { n: agencies.omitted })}
          </p>
        ) : null}
      </section>
      <section className="mt-6">
        <h2 className="font-bold">{r.mostOverdue}</h2>
        <ol className="list-decimal pl-6">
          {o.mostOverdue.map((task) => (
            <li key={task.id}>
              {task.directiveText.slice(0, 200)} — {task.leadName}; {t.tasks.deadline.toLowerCase()}{' '}
              {formatDate(task.due)}; {num(task.daysOverdue)} {r.days}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
