import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { listReports } from '@/lib/official-reports/queries';
import { can } from '@/lib/policy';
import { getReportOptions } from '@/lib/reports/dashboard';
import { formatDate, vnDate } from '@/lib/time';
import { CreateReportForm } from './report-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.official.title);

/** The official reports: those the reader may read, and (the secretariat) a new one on a scope as of a day. */
export default async function OfficialReportsPage() {
  const actor = await requireActor();
  if (!can(actor, 'report.read')) notFound();
  const { t } = await getMessages();
  const r = t.reports.official;
  const d = t.documents;
  const [reports, options] = await Promise.all([
    listReports({ actor }),
    can(actor, 'document.manage') ? getReportOptions({ actor, filter: {} }) : null,
  ]);
  const tone = (s: string) => (s === 'published' ? 'success' : s === 'in_review' ? 'warning' : 'neutral');
  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href="/reports" className="text-brand-700 hover:underline">
          ← {t.reports.title}
        </Link>
      </nav>
      <PageHeader title={r.title} intro={r.intro} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={r.list}>
          {reports.length === 0 ? (
            <p className="text-sm text-slate-600">{r.none}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {reports.map((x) => (
                <li key={x.id} className="py-3">
                  <Link href={`/reports/official/${x.id}`} className="font-medium text-brand-800 hover:underline">
                    {x.subject}
                  </Link>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <Badge tone={tone(x.status)}>{d[x.status]}</Badge>
                    <span>
                      {r.asOf}: {formatDate(x.asOf)}
                    </span>
                    {x.number ? <span>{`${x.number}/${x.symbol ?? ''}`}</span> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {options ? (
          <Card title={r.create}>
            <CreateReportForm
              sessions={options.sessions.map((s) => ({ id: s.id, label: `${s.title} (${formatDate(s.startsAt)})` }))}
              committees={options.committees}
              agencies={options.agencies.map((a) => ({ id: a.id, name: a.name }))}
              today={vnDate()}
              r={r}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
