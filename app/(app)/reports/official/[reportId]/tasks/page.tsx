import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getMessages } from '@/lib/i18n';
import { reportFigureTasks } from '@/lib/official-reports/queries';
import { TIMELINESS_CLASSES, type TimelinessClass } from '@/lib/tasks/timeliness-classes';
import { formatDate } from '@/lib/time';
import { loadReport } from '../load';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.official.tasksTitle);

/** The tasks one figure of a report counted as of its day (its frozen list once published), as they are now. */
export default async function ReportFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ reportId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, view } = await loadReport(params);
  const cls = (await searchParams).class;
  if (typeof cls !== 'string' || !(TIMELINESS_CLASSES as readonly string[]).includes(cls)) notFound();
  const { t } = await getMessages();
  const r = t.reports.official;
  const { ids, rows } = await reportFigureTasks({ actor, reportId: view.report.id, cls: cls as TimelinessClass });
  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href={`/reports/official/${view.report.id}`} className="text-brand-700 hover:underline">
          ← {view.report.subject}
        </Link>
      </nav>
      <PageHeader
        title={`${t.timeliness[cls as TimelinessClass]}: ${ids.length}`}
        intro={`${r.asOf} ${formatDate(view.report.asOf)}. ${r.figureIntro}`}
      />
      <Card>
        {rows.length < ids.length ? (
          <p className="mb-3 text-sm text-slate-600">
            {r.hiddenTasks.replace('{n}', String(ids.length - rows.length))}
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {r.task}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {r.lead}
                </th>
                <th scope="col" className="py-2">
                  {r.now}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((task) => (
                <tr key={task.id}>
                  <td className="py-2 pr-3">
                    <Link href={`/tasks/${task.id}`} className="text-brand-700 hover:underline">
                      {task.directiveText.length > 160 ? `${task.directiveText.slice(0, 160)}…` : task.directiveText}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{task.leadName}</td>
                  <td className="py-2">{t.timeliness[task.timeliness]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
