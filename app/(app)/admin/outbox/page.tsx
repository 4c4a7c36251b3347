import { notFound } from 'next/navigation';
import Link from '@/components/link';
import { Card } from '@/components/ui/card';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { listOutbox } from '@/lib/notifications/queries';
import { can } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { pageTitle } from '@/lib/i18n/page-title';
import { plainParams } from '@/lib/keys';
import { outboxFilterSchema } from '@/lib/notifications/schemas';

export const generateMetadata = pageTitle((t) => t.jobs.outbox);

/** The outbox: every email the system wrote, readable here when no SMTP server sends them. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'jobs.manage')) notFound();
  const { t } = await getMessages();
  const j = t.jobs;
  const filter = outboxFilterSchema.parse(plainParams(await searchParams));
  const mails = await listOutbox({ actor, to: filter.to });
  return (
    <>
      <PageHeader
        title={j.outbox}
        // The states named as the list below shows them (it said "Lưu" while every new email showed "Chờ gửi").
        intro={j.outboxIntro.replace('{pending}', j.mailStatus.pending).replace('{kept}', j.mailStatus.kept)}
      />
      <Card>
        <form method="get" action="/admin/outbox" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <Field id="outbox-to" label={j.outboxSearch} hint={j.outboxSearchHint} className="min-w-[14rem] flex-1">
            <input id="outbox-to" name="to" type="search" defaultValue={filter.to} className={inputClass} />
          </Field>
          <div className="flex gap-2 pb-0.5">
            <button type="submit" className={buttonClass.secondary}>
              {j.outboxFind}
            </button>
            {filter.to ? (
              <Link href="/admin/outbox" className={buttonClass.secondary}>
                {j.outboxAll}
              </Link>
            ) : null}
          </div>
        </form>
        {mails.length === 0 ? <p className="text-sm text-slate-600">{j.outboxNone}</p> : null}
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
