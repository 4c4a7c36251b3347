import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { listOutbox } from '@/lib/notifications/queries';
import { can } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.jobs.outbox);

/** The outbox: every email the system wrote, readable here when no SMTP server sends them. */
export default async function OutboxPage() {
  const actor = await requireActor();
  if (!can(actor, 'jobs.manage')) notFound();
  const { t } = await getMessages();
  const j = t.jobs;
  const mails = await listOutbox({ actor });
  return (
    <>
      <PageHeader title={j.outbox} intro={j.outboxIntro} />
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium text-slate-900">{m.subject}</span>
                  <span className="block text-xs text-slate-600">
                    {j.to}: {m.toAddress} · {formatDateTime(m.createdAt)} · {j.mailStatus[m.status]}
                  </span>
                </summary>
                <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-800">
                  {m.text}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
