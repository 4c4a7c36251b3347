import Link from 'next/link';
import type { Messages } from '@/lib/i18n/vi';
import type { TaskListItem } from '@/lib/tasks/queries';
import { formatDate } from '@/lib/time';
import { TimelinessBadge } from './timeliness';
import { Badge } from './ui/badge';
import { useTranslations } from 'next-intl';

/** A back-dated completion not yet confirmed: counted by the day it was reported (decision 023). */
function AwaitingConfirmation({ t }: { t: Messages }) {
  return (
    <span className="mt-1 block">
      <Badge tone="warning">{t.task.awaitingConfirmation}</Badge>
    </span>
  );
}

function Deadline({ task, t }: { task: TaskListItem; t: Messages }) {
  if (task.deadlineKind === 'urgent') return <span>{t.tasks.urgent}</span>;
  if (task.deadlineKind === 'recurring')
    return (
      <span>
        {t.tasks.recurring} ({task.recurrence ? t.recurrence[task.recurrence] : ''})
      </span>
    );
  return (
    <span>
      <span className="tabular-nums">{formatDate(task.dueDate)}</span>
      {task.originalDueDate && task.originalDueDate !== task.dueDate ? (
        <span className="block text-xs text-slate-600">
          {t.tasks.extended} {formatDate(task.originalDueDate)}
        </span>
      ) : null}
    </span>
  );
}

/** The task's session by its number ("Phiên họp thứ 7"), or the source document of a directive outside a session. */
function SessionName({ task }: { task: TaskListItem }) {
  const tr = useTranslations('tasks');
  if (!task.sessionNumber)
    return task.sourceDocument ? (
      <span className="block text-xs text-slate-600" data-testid="task-source">
        {task.sourceDocument}
      </span>
    ) : null;
  return (
    <span className="block text-xs text-slate-600" data-testid="task-session">
      {tr('sessionNumbered', { n: task.sessionNumber })}
    </span>
  );
}

function Agency({ task, t }: { task: TaskListItem; t: Messages }) {
  return (
    <span>
      {task.leadName}
      {task.assignedAgencyId !== task.leadAgencyId ? (
        <span className="block text-xs text-slate-600">
          {t.tasks.inheritedFrom} {task.assignedName}
        </span>
      ) : null}
    </span>
  );
}

function Progress({ value }: { value: number }) {
  return (
    <span className="flex items-center gap-2">
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${value}%` }} />
      </span>
      <span className="tabular-nums text-sm">{value}%</span>
    </span>
  );
}

/** Tasks as a table on wide screens and as cards on a phone. */
export function TaskTable({
  tasks,
  t,
  caption,
  selectForm,
}: {
  tasks: TaskListItem[];
  t: Messages;
  caption: string;
  /** When set, each row gets a checkbox belonging to that form (bulk actions). */
  selectForm?: string;
}) {
  const tr = useTranslations('tasks');
  if (tasks.length === 0) return <p className="text-slate-600">{t.tasks.none}</p>;
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={caption}>
        {tasks.map((task) => (
          <li key={task.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="task-card">
            <div className="mb-2 flex flex-wrap items-center gap-2">
              <TimelinessBadge value={task.timeliness} t={t} />
              {task.actionRank === 1 ? <Badge tone="warning">{t.tasks.dueSoon}</Badge> : null}
              {task.completionPending ? <AwaitingConfirmation t={t} /> : null}
              <span className="text-xs text-slate-600">{t.taskStatus[task.status]}</span>
            </div>
            <p className="text-sm text-slate-900">
              <Link href={`/tasks/${task.id}`} className="text-brand-800 hover:underline">
                <span className="font-medium">{task.directiveOrdinal}.</span> {task.directiveText}
              </Link>
            </p>
            <SessionName task={task} />
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t.tasks.lead}</dt>
              <dd>
                <Agency task={task} t={t} />
              </dd>
              <dt className="text-slate-600">{t.tasks.deadline}</dt>
              <dd>
                <Deadline task={task} t={t} />
                {task.daysOverdue !== null ? (
                  <span className="block text-xs font-medium text-red-800">
                    {tr('daysOverdueShort', { n: task.daysOverdue })}
                  </span>
                ) : null}
              </dd>
              <dt className="text-slate-600">{t.tasks.progress}</dt>
              <dd>
                <Progress value={task.progress} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full border-collapse text-left text-sm" data-testid="task-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              {selectForm ? (
                <th scope="col" className="py-2 pr-2 font-medium">
                  <span className="sr-only">{t.tasks.select}</span>
                </th>
              ) : null}
              <th scope="col" className="py-2 pr-3 font-medium">
                {t.tasks.directive}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t.tasks.lead}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t.tasks.deadline}
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                {t.tasks.daysOverdue}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t.tasks.progress}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t.tasks.timeliness}
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} className="border-b border-slate-100 align-top last:border-0">
                {selectForm ? (
                  <td className="py-2.5 pr-2">
                    <input
                      type="checkbox"
                      name="taskIds"
                      value={task.id}
                      form={selectForm}
                      aria-label={`${t.tasks.select}: ${task.directiveOrdinal} · ${task.leadName}`}
                      className="size-4"
                    />
                  </td>
                ) : null}
                <td className="max-w-md py-2.5 pr-3">
                  <Link href={`/tasks/${task.id}`} className="text-brand-800 hover:underline">
                    <span className="font-medium">{task.directiveOrdinal}.</span> {task.directiveText}
                  </Link>
                  <SessionName task={task} />
                </td>
                <td className="py-2.5 pr-3">
                  <Agency task={task} t={t} />
                </td>
                <td className="py-2.5 pr-3 whitespace-nowrap">
                  <Deadline task={task} t={t} />
                </td>
                <td className="py-2.5 pr-3 text-right font-medium text-red-800 tabular-nums" data-testid="days-overdue">
                  {task.daysOverdue ?? ''}
                </td>
                <td className="py-2.5 pr-3">
                  <Progress value={task.progress} />
                </td>
                <td className="py-2.5">
                  <TimelinessBadge value={task.timeliness} t={t} />
                  {task.completionPending ? <AwaitingConfirmation t={t} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
