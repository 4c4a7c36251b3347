import Link from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { UnfinishedDirective } from '@/lib/directives/carry-over';
import { formatDate } from '@/lib/time';
import { ContinueForm } from './continue-form';

/** Leads named per directive; a directive given to every province names the first few and counts the rest. */
const SHOWN_LEADS = 5;

/** The earlier sessions' directives still open, on the page of a session in preparation (issue 20, point 4). */
export async function CarryOver({
  items,
  total,
  sessionId,
  canContinue,
}: {
  items: UnfinishedDirective[];
  total: number;
  sessionId: number;
  /** The secretariat may continue a directive here (directive.manage and task.manage). */
  canContinue: boolean;
}) {
  const tr = await getTranslations('sessions.carryOver');
  return (
    <Card title={`${tr('title')} (${total})`} id="carry-over">
      <p className="mb-3 text-sm text-slate-600">{tr('intro')}</p>
      {items.length === 0 ? (
        <p className="text-slate-700">{tr('none')}</p>
      ) : (
        <ol className="divide-y divide-slate-200" data-testid="carry-over">
          {items.map((d) => (
            <li key={d.id} className="py-3 first:pt-0 last:pb-0">
              <p className="text-sm text-slate-600">
                {tr('session', { number: d.sessionNumber, date: formatDate(d.sessionDate) })}
              </p>
              <Link
                id={`carry-${d.id}`}
                href={`/sessions/${d.sessionId}/directives#directive-${d.id}`}
                className="font-medium text-slate-900 underline-offset-2 hover:underline"
              >
                {`${d.ordinal}. ${d.text.length > 220 ? `${d.text.slice(0, 217)}…` : d.text}`}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <Badge tone="neutral">{tr('open', { count: d.openTasks })}</Badge>
                {d.overdueTasks > 0 ? <Badge tone="danger">{tr('overdue', { count: d.overdueTasks })}</Badge> : null}
                {d.leadNames.length ? (
                  <span className="text-slate-700">
                    {`${tr('leads')}: ${d.leadNames.slice(0, SHOWN_LEADS).join(', ')}`}
                    {d.leadNames.length > SHOWN_LEADS
                      ? ` ${tr('moreLeads', { count: d.leadNames.length - SHOWN_LEADS })}`
                      : null}
                  </span>
                ) : null}
              </div>
              {canContinue ? (
                <ContinueForm
                  sessionId={sessionId}
                  directiveId={d.id}
                  labels={{ continue: tr('continue'), carryTasks: tr('carryTasks'), confirm: tr('continueConfirm') }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {total > items.length ? (
        <p className="mt-3 text-sm text-slate-600">{tr('more', { count: total - items.length })}</p>
      ) : null}
    </Card>
  );
}
