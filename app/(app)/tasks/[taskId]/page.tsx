import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { TimelinessBadge } from '@/components/timeliness';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getTranslate } from '@/lib/i18n/translate';
import { getTaskDetail } from '@/lib/tasks/detail';
import { can, leadsTask } from '@/lib/policy';
import { periodLabels } from '@/lib/tasks/periods';
import { deadlineNote } from '@/lib/tasks/timeline-text';
import { taskUpdateFormValues } from '@/lib/tasks/schemas';
import { completedOnDefault } from '@/lib/tasks/update-form';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { formatDate, formatDateTime, vnDate } from '@/lib/time';
import {
  CancelTaskForm,
  CommentForm,
  CompletionDecisionForm,
  ExtensionDecisionForm,
  ExtensionRequestForm,
  FollowUpForms,
  PeriodReportForm,
  ReassignTaskForm,
  UpdateTaskForm,
} from './task-forms';
import { DiscardDraftForm, DraftUpdateForm, SubmitDraftForm } from './draft-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { draftFormMessages, followUpMessages, taskFormMessages } from './form-messages';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.task.title);

/** The timeline's newest entries shown unless the reader asks for all (`?timeline=all`). */
const TIMELINE_SHOWN = 20;

export default async function TaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ taskId: string }>;
  searchParams: Promise<{ timeline?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const tr = await getTranslate();
  const period = periodLabels(tr);
  const taskId = routeId((await params).taskId);
  if (taskId === null) notFound();
  const allTimeline = (await searchParams).timeline === 'all';
  const d = await getTaskDetail({ actor, taskId, timelineLimit: allTimeline ? undefined : TIMELINE_SHOWN });
  if (!d) notFound();
  const k = t.task;
  // The forms get only the words they show (./form-messages).
  const fk = taskFormMessages(k);
  const fp = draftFormMessages(t.people);
  const task = d.task;
  const deadline =
    task.deadlineKind === 'urgent'
      ? t.tasks.urgent
      : task.deadlineKind === 'recurring'
        ? `${t.tasks.recurring} (${task.recurrence ? t.recurrence[task.recurrence] : ''})`
        : formatDate(task.dueDate);
  const openPeriods = d.periods
    .filter((p) => !d.reportedPeriods.includes(p))
    .map((p) => ({ key: p, label: period(p) }));
  const pending = d.extensions.find((e) => e.status === 'pending');
  const agencies = d.rights.manage ? await listAgencyOptions({ actor, day: vnDate() }) : [];
  const open = task.status === 'not_started' || task.status === 'in_progress';
  const recurring = task.deadlineKind === 'recurring';
  // Drafts (decision 029): the lead agency's staff draft updates, its focal points submit them.
  const p = t.people;
  const draftable = open && can(actor, 'task.draftUpdate') && leadsTask(actor, task);
  const submitter = draftable && d.rights.update;
  const drafts = draftable ? d.drafts.open : [];
  const draftAuthors = d.drafts.authors;
  // What the lead agency does here comes first, before the facts and the long timeline: the progress
  // update, or for a recurring task its period report (the one place for it), the generic update further down.
  const updateCard = d.rights.update ? (
    <Card title={recurring ? k.otherUpdate : k.update} id="update">
      <UpdateTaskForm
        taskId={task.id}
        record={taskUpdateFormValues(task)}
        completedOn={completedOnDefault(task, vnDate())}
        t={fk}
        statusLabels={t.taskStatus}
      />
    </Card>
  ) : draftable ? (
    <Card title={p.draftTitle} id="update">
      <DraftUpdateForm
        taskId={task.id}
        status={task.status}
        progress={task.progress}
        completedOn={completedOnDefault(task, vnDate())}
        p={fp}
        t={fk}
        statusLabels={t.taskStatus}
      />
    </Card>
  ) : null;
  const draftsCard = drafts.length ? (
    <Card title={p.draftsTitle} id="drafts">
      <p className="mb-3 text-sm text-slate-700">{submitter ? p.draftsIntro : p.draftsMine}</p>
      <ul className="space-y-4" data-testid="drafts">
        {drafts.map((draft) => (
          <li key={draft.id} className="border-l-2 border-amber-300 pl-3">
            <p className="text-sm">
              <span className="font-medium">{draft.status ? t.taskStatus[draft.status] : '—'}</span>
              {draft.progress !== null ? ` · ${draft.progress}%` : ''}
              {draft.completedOn ? ` · ${k.completedOn}: ${formatDate(draft.completedOn)}` : ''}
            </p>
            {draft.note ? <p className="text-sm text-slate-800">{draft.note}</p> : null}
            <p className="text-xs text-slate-600">
              {tr('people.draftBy', { name: draft.authorName, date: formatDateTime(draft.createdAt) })}
            </p>
            <div className="mt-2 flex flex-wrap items-end gap-2">
              {submitter ? (
                <SubmitDraftForm
                  draftId={draft.id}
                  version={task.version}
                  completion={draft.status === 'completed'}
                  author={draft.authorName}
                  p={fp}
                  t={fk}
                />
              ) : null}
              {submitter || draft.authorId === actor.userId ? (
                <DiscardDraftForm draftId={draft.id} author={draft.authorName} p={fp} />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  ) : null;
  const periodCard = recurring ? (
    <Card title={k.periodReport} id="periods">
      <p className="mb-3 text-sm" data-testid="missed-periods">
        {k.missed}: {d.missedPeriods.length ? d.missedPeriods.map(period).join(', ') : '—'}
      </p>
      <p className="mb-3 text-sm text-slate-600">
        {k.reported}: {d.reportedPeriods.length ? d.reportedPeriods.map(period).join(', ') : '—'}
      </p>
      {d.rights.update && openPeriods.length ? (
        <PeriodReportForm taskId={task.id} periods={openPeriods} t={fk} />
      ) : null}
    </Card>
  ) : null;

  return (
    <>
      {d.session ? (
        <nav aria-label="breadcrumb" className="mb-2 text-sm">
          <Link
            href={`/sessions/${d.session.id}/directives#directive-${d.directive.id}`}
            className="text-brand-700 hover:underline"
          >
            ← {d.session.title}
          </Link>
        </nav>
      ) : d.directive.sourceDocument ? (
        // A directive from a document, not a session (decision 027).
        <p className="mb-2 text-sm text-slate-600" data-testid="task-source">
          {t.backlog.fromDocument}: {d.directive.sourceDocument}
          {d.directive.sourceDocumentDate ? ` · ${formatDate(d.directive.sourceDocumentDate)}` : null}
        </p>
      ) : null}
      <PageHeader
        long
        title={`${d.directive.ordinal}. ${d.directive.text}`}
        actions={
          <div className="flex flex-wrap items-center gap-2" data-testid="task-class">
            <TimelinessBadge value={d.timeliness} t={t} />
            {d.timelinessOriginal !== d.timeliness ? (
              <span className="text-xs text-slate-600">
                {k.basisOriginal}: {t.timeliness[d.timelinessOriginal]}
              </span>
            ) : null}
            <Badge>{t.taskStatus[task.status]}</Badge>
            {task.completionPending ? (
              <span data-testid="awaiting-confirmation">
                <Badge tone="warning">{k.awaitingConfirmation}</Badge>
              </span>
            ) : null}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {recurring ? periodCard : updateCard}
          {draftsCard}
          <Card>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2" data-testid="task-facts">
              <div>
                <dt className="text-sm text-slate-600">{k.lead}</dt>
                <dd className="font-medium">
                  {d.leadName}
                  {task.assignedAgencyId !== task.leadAgencyId ? (
                    <span className="block text-sm font-normal text-slate-600">
                      {k.assignedTo}: {d.assignedName}
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.coordinators}</dt>
                <dd>{d.coordinators.map((c) => c.name).join(', ') || '—'}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.deadline}</dt>
                <dd className="font-medium tabular-nums" data-testid="task-deadline">
                  {deadline}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.originalDeadline}</dt>
                <dd className="tabular-nums">{task.originalDueDate ? formatDate(task.originalDueDate) : '—'}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.monitor}</dt>
                <dd>{d.monitorName ?? '—'}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.assignedOn}</dt>
                <dd className="tabular-nums">{formatDate(task.assignedOn)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.progress}</dt>
                <dd className="flex items-center gap-2">
                  <span className="h-2 w-32 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                    <span className="block h-full bg-brand-600" style={{ width: `${task.progress}%` }} />
                  </span>
                  <span className="tabular-nums" data-testid="task-progress">
                    {task.progress}%
                  </span>
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{k.completedOn}</dt>
                <dd className="tabular-nums">{task.completedOn ? formatDate(task.completedOn) : '—'}</dd>
              </div>
              {task.completionDocument ? (
                <div className="sm:col-span-2">
                  <dt className="text-sm text-slate-600">{k.completionDocumentShown}</dt>
                  <dd data-testid="completion-document">{task.completionDocument}</dd>
                </div>
              ) : null}
              {task.result ? (
                <div className="sm:col-span-2">
                  <dt className="text-sm text-slate-600">{k.result}</dt>
                  <dd>{task.result}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          {task.completionPending ? (
            <Card title={k.awaitingConfirmationTitle} id="confirm-completion">
              <p className="mb-3 text-sm" data-testid="awaiting-confirmation-intro">
                {tr('task.awaitingConfirmationIntro', {
                  completedOn: formatDate(task.completedOn),
                  reportedOn: formatDate(task.completionReportedOn),
                })}
              </p>
              {d.rights.confirmCompletion ? (
                <CompletionDecisionForm taskId={task.id} version={task.version} t={fk} />
              ) : null}
            </Card>
          ) : null}
          {recurring ? updateCard : null}
          <Card title={k.timeline} id="timeline">
            <ol className="space-y-3" data-testid="timeline">
              {d.timeline.map(({ update: u, authorName, agencyName }) => (
                <li key={u.id} className="border-l-2 border-brand-100 pl-3">
                  <p className="text-sm">
                    <span className="font-medium">{k.kinds[u.kind]}</span>
                    {u.statusTo && u.kind !== 'created' ? ` · ${t.taskStatus[u.statusTo]}` : ''}
                    {u.progress !== null && u.kind === 'progress' ? ` · ${u.progress}%` : ''}
                    {u.period ? ` · ${period(u.period)}` : ''}
                    {deadlineNote(u.kind, u.data, k) ? ` · ${deadlineNote(u.kind, u.data, k)}` : ''}
                  </p>
                  {u.note ? <p className="text-sm text-slate-800">{u.note}</p> : null}
                  <p className="text-xs text-slate-600">
                    {formatDateTime(u.createdAt)}
                    {authorName ? ` · ${authorName}` : ''}
                    {agencyName ? ` (${agencyName})` : ''}
                    {draftAuthors.has(u.id) ? ` · ${tr('people.draftedBy', { name: draftAuthors.get(u.id)! })}` : ''}
                  </p>
                </li>
              ))}
            </ol>
            {d.timelineTotal > d.timeline.length ? (
              <p className="mt-3 text-sm">
                <Link
                  href={`/tasks/${task.id}?timeline=all#timeline`}
                  className="text-brand-700 hover:underline"
                  data-testid="timeline-all"
                >
                  {tr('task.timelineAll', { count: d.timelineTotal })}
                </Link>
              </p>
            ) : null}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={k.evidence} id="evidence-files">
            {d.files.length ? (
              <ul className="space-y-1 text-sm" data-testid="evidence-list">
                {d.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/evidence/${f.id}`} className="text-brand-700 hover:underline">
                      {f.originalName}
                    </a>{' '}
                    <span className="text-slate-600">({Math.max(1, Math.round(f.sizeBytes / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">—</p>
            )}
          </Card>
          {task.deadlineKind === 'dated' ? (
            <Card title={k.extension} id="extension">
              <ul className="mb-3 space-y-2 text-sm">
                {d.extensions.map((e) => (
                  <li key={e.id}>
                    {formatDate(e.previousDueDate)} →{' '}
                    <span className="font-medium">{formatDate(e.requestedDueDate)}</span> · {k[e.status]}
                    <span className="block text-slate-600">{e.reason}</span>
                  </li>
                ))}
              </ul>
              {pending && d.rights.decideExtension ? (
                <ExtensionDecisionForm
                  extensionId={pending.id}
                  requestedDate={formatDate(pending.requestedDueDate)}
                  t={fk}
                />
              ) : null}
              {!pending && d.rights.requestExtension ? <ExtensionRequestForm taskId={task.id} t={fk} /> : null}
            </Card>
          ) : null}
          {d.rights.comment ? (
            <Card title={k.comment} id="comment">
              <CommentForm taskId={task.id} t={fk} />
            </Card>
          ) : null}
          {d.rights.manage && open ? (
            <>
              <Card title={k.followUp} id="follow-up">
                <FollowUpForms
                  taskId={task.id}
                  canUrge={open}
                  canChangeDeadline={task.deadlineKind === 'dated'}
                  t={fk}
                  tl={followUpMessages(t.tasks)}
                />
              </Card>
              <Card title={k.reassign} id="reassign">
                <ReassignTaskForm taskId={task.id} version={task.version} agencies={agencies} t={fk} />
              </Card>
              <Card title={k.cancel} id="cancel">
                <CancelTaskForm taskId={task.id} version={task.version} t={fk} />
              </Card>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
