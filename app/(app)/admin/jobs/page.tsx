import { ButtonForm } from '@/components/forms/button-form';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getQueueState } from '@/lib/notifications/queries';
import { can } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { runSweepNowAction } from './actions';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.jobs.title);

/** The job queue for the administrator: schedules, counts, recent runs and failures, the run-now button. */
export default async function JobsPage() {
  const actor = await requireActor();
  if (!can(actor, 'jobs.manage')) notFound();
  const { t } = await getMessages();
  const j = t.jobs;
  const state = await getQueueState({ actor });
  return (
    <>
      <PageHeader
        title={j.title}
        intro={j.intro}
        actions={
          <ButtonForm action={runSweepNowAction} className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass.primary}>
              {j.runNow}
            </button>
          </ButtonForm>
        }
      />
      <div className="space-y-6">
        <Card title={j.schedules} id="schedules">
          <table className="data-table">
            <caption className="sr-only">{j.schedules}</caption>
            <thead>
              <tr>
                <th scope="col">{j.schedule}</th>
                <th scope="col">{j.next}</th>
                <th scope="col">{j.lastRun}</th>
              </tr>
            </thead>
            <tbody>
              {state.schedules.map((s) => (
                <tr key={s.name}>
                  <td>
                    {j.scheduleLabels[s.name]} <span className="text-xs text-slate-600">({s.name})</span>
                  </td>
                  <td className="tabular-nums">{formatDateTime(s.next)}</td>
                  <td className="tabular-nums" data-testid={`last-run-${s.name}`}>
                    {s.lastRun ? formatDateTime(s.lastRun) : j.never}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
            {(['queued', 'running', 'done', 'failed'] as const).map((s) => (
              <div key={s}>
                <dt className="text-slate-600">{j.status[s]}</dt>
                <dd className="text-xl font-semibold tabular-nums" data-testid={`jobs-${s}`}>
                  {state.counts[s] ?? 0}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card
          title={j.outbox}
          id="outbox-summary"
          actions={
            <Link href="/admin/outbox" className="text-sm text-brand-700 underline">
              {j.outbox}
            </Link>
          }
        >
          <p className="text-sm text-slate-700">{state.smtp ? j.smtpOn : t.notifications.noSmtp}</p>
          <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm">
            {(['pending', 'sent', 'kept', 'failed'] as const).map((s) => (
              <div key={s}>
                <dt className="text-slate-600">{j.mailStatus[s]}</dt>
                <dd className="text-xl font-semibold tabular-nums">{state.outbox[s] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={j.recent} id="recent-jobs">
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{j.recent}</caption>
              <thead>
                <tr>
                  <th scope="col">{j.name}</th>
                  <th scope="col">{j.runAt}</th>
                  <th scope="col">{j.counts}</th>
                  <th scope="col" className="num">
                    {j.attempts}
                  </th>
                  <th scope="col">{j.result}</th>
                </tr>
              </thead>
              <tbody>
                {state.recent.map((job) => (
                  <tr key={job.id}>
                    <td>{job.name}</td>
                    <td className="tabular-nums">{formatDateTime(job.runAt)}</td>
                    <td>{j.status[job.status]}</td>
                    <td className="num">{job.attempts}</td>
                    <td className="max-w-md text-xs break-words text-slate-700">
                      {job.lastError ?? (job.result ? JSON.stringify(job.result) : '')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </>
  );
}
