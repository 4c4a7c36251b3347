import Link from '@/components/link';
import { OfficialDocumentView } from '@/components/official-document';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { getMessages } from '@/lib/i18n';
import { reportFigures, reportModel } from '@/lib/official-reports/document';
import { publishApprovalRequired } from '@/lib/env';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness-classes';
import { formatDate, formatDateTime } from '@/lib/time';
import { ReportApproval, ReportEditor, ReportStatusButtons } from '../report-forms';
import { loadReport } from './load';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.official.detailTitle);

/**
 * One report: its figures as of its day (each linking to the tasks it counted), the document as it will be signed,
 * and for the secretariat the header and narrative, the review and publishing steps, and the revisions.
 */
export default async function OfficialReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { view } = await loadReport(params);
  const { t } = await getMessages();
  const r = t.reports.official;
  const d = t.documents;
  const { report, snapshot } = view;
  const figures = reportFigures(snapshot.counts);
  const tone = report.status === 'published' ? 'success' : report.status === 'in_review' ? 'warning' : 'neutral';
  const base = `/reports/official/${report.id}`;
  const scope = [
    ...view.scope.sessions.map((s) => s.title),
    view.scope.committee,
    view.scope.agency ? `${r.agency}: ${view.scope.agency}` : null,
    report.scope.from || report.scope.to
      ? `${r.period}: ${formatDate(report.scope.from) || '…'} – ${formatDate(report.scope.to) || '…'}`
      : null,
  ].filter(Boolean);
  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href="/reports/official" className="text-brand-700 hover:underline">
          ← {r.title}
        </Link>
      </nav>
      <PageHeader
        title={report.subject}
        intro={`${scope.join(' · ')} — ${r.asOf} ${formatDate(report.asOf)}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={tone}>{d[report.status]}</Badge>
            <a href={`/api/reports/official/${report.id}/docx`} className={buttonClass.secondary}>
              {d.docx}
            </a>
            <Link href={`${base}/print`} className={buttonClass.secondary}>
              {d.print}
            </Link>
          </div>
        }
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="report-frozen">
        {report.status === 'published' && report.publishedAt
          ? r.frozen.replace('{date}', formatDateTime(report.publishedAt))
          : r.live}
      </p>
      <div className="mb-6">
        <Card title={r.figures}>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="report-figures">
            <div>
              <dt className="text-sm text-slate-600">{r.assigned}</dt>
              <dd className="text-2xl font-semibold">{figures.assigned}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{r.completionRate}</dt>
              <dd className="text-2xl font-semibold">{figures.completionRate}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{r.overdueRate}</dt>
              <dd className="text-2xl font-semibold">{figures.overdueRate}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{r.completedSince}</dt>
              <dd className="text-2xl font-semibold">{snapshot.completedSinceTotal}</dd>
            </div>
          </dl>
          <ul className="mt-4 grid gap-2 text-sm sm:grid-cols-3">
            {TIMELINESS_CLASSES.map((c) => (
              <li key={c}>
                <Link href={`${base}/tasks?class=${c}`} className="text-brand-700 hover:underline">
                  {t.timeliness[c]}: <strong>{snapshot.counts[c]}</strong>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          {view.canEdit ? (
            <Card title={report.status === 'published' ? d.saveCorrection : d.save}>
              <ReportEditor reportId={report.id} version={report.version} fields={report} d={d} r={r} />
              <div className="mt-5 border-t border-slate-100 pt-4">
                <ReportStatusButtons
                  reportId={report.id}
                  version={report.version}
                  status={report.status}
                  approved={!publishApprovalRequired() || report.approvedBy !== null}
                  d={d}
                  r={r}
                />
              </div>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {report.status === 'in_review' && publishApprovalRequired() ? (
            <Card title={d.approval}>
              <ReportApproval
                reportId={report.id}
                version={report.version}
                canApprove={view.canApprove}
                approvedBy={view.approvedBy ? `${view.approvedBy} · ${formatDateTime(report.approvedAt)}` : null}
                d={d}
              />
            </Card>
          ) : null}
          <Card title={d.history}>
            <ol className="space-y-1 text-sm" data-testid="report-revisions">
              {view.revisions.map((v) => (
                <li key={v.revision}>
                  {d.revision} {v.revision} · {d[v.status]} · {v.author ?? '—'} · {formatDateTime(v.createdAt)}
                  {v.reason ? ` · ${v.reason}` : ''}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
      <section aria-label={d.preview} className="mt-6 overflow-x-auto rounded-xl bg-slate-100 p-2 sm:p-4">
        <OfficialDocumentView model={reportModel(report, snapshot)} />
      </section>
    </>
  );
}
