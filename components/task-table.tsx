import type { CSSProperties } from 'react';
import type { Messages } from '@/lib/i18n/vi';
import type { TaskListItem } from '@/lib/tasks/queries';
import { formatDate } from '@/lib/time';
import { getTranslations } from 'next-intl/server';
import { TaskRows, type TaskRow, type TaskRowLabels } from './task-rows';
import { can, leadsTask, type Actor } from '@/lib/policy';
import { TIMELINESS_TONE } from './timeliness';

const CLOSED = new Set(['completed', 'cancelled', 'carried_over']);

/** The deadline as a list shows it. */
function deadlineText(task: TaskListItem, t: Messages): string {
  if (task.deadlineKind === 'urgent') return t.tasks.urgent;
  if (task.deadlineKind === 'recurring')
    return `${t.tasks.recurring} (${task.recurrence ? t.recurrence[task.recurrence] : ''})`;
  return formatDate(task.dueDate);
}

/** Stands for a number in a message formatted once (it occurs in no message or name). */
const SLOT = '\u0000';

/**
 * A label with a number, from the message formatted once with `SLOT` for the number: ICU puts a plain `{n}` argument
 * in as `String(n)`, so filling the slot gives what formatting the message for each number gives, without a
 * formatting call per row (next-intl's was about 3% of the task list's CPU).
 */
export function numberedLabel(formattedWithSlot: string): (n: number) => string {
  const parts = formattedWithSlot.split(SLOT);
  return (n) => parts.join(String(n));
}

/** A CSS string value (for the phone's labels, drawn by `content: var(--tl-…)`). */
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * Tasks as one table: rows on a wide screen, cards on a phone (app/globals.css, `.task-list`). Each task is
 * rendered once, with short classes, so a page of 50 stays light in both its HTML and its server payload.
 */
export async function TaskTable({
  tasks,
  t,
  caption,
  selectForm,
  reader,
}: {
  tasks: TaskListItem[];
  t: Messages;
  caption: string;
  /** When set, each row gets a checkbox belonging to that form (bulk actions). */
  selectForm?: string;
  /** An agency head: the open tasks their agency leads get a link to report on them (shown on a phone). */
  reader?: Actor;
}) {
  const tr = await getTranslations('tasks');
  if (tasks.length === 0) return <p className="text-slate-600">{t.tasks.none}</p>;
  const sessionNumbered = numberedLabel(tr('sessionNumbered', { n: SLOT }));
  const rows = tasks.map((task): TaskRow => ({
    id: task.id,
    o: task.directiveOrdinal,
    x: task.directiveText,
    ...(task.sessionNumber
      ? { s: sessionNumbered(task.sessionNumber) }
      : task.sourceDocument
        ? { src: task.sourceDocument }
        : {}),
    lead: task.leadName,
    ...(task.assignedAgencyId !== task.leadAgencyId ? { from: task.assignedName } : {}),
    due: deadlineText(task, t),
    ...(task.deadlineKind === 'dated' && task.originalDueDate && task.originalDueDate !== task.dueDate
      ? { orig: formatDate(task.originalDueDate) }
      : {}),
    days: task.daysOverdue,
    p: task.progress,
    tl: task.timeliness,
    st: task.status,
    ...(task.actionRank === 1 ? { soon: true as const } : {}),
    ...(task.completionPending ? { pending: true as const } : {}),
    ...(reader?.role === 'agency' &&
    can(reader, 'task.updateOwn') &&
    leadsTask(reader, task) &&
    !CLOSED.has(task.status)
      ? { rep: task.deadlineKind === 'recurring' ? ('p' as const) : ('u' as const) }
      : {}),
  }));
  const rowLabels: TaskRowLabels = {
    timeliness: t.timeliness,
    tones: TIMELINESS_TONE,
    status: t.taskStatus,
    extended: t.tasks.extended,
    inheritedFrom: t.tasks.inheritedFrom,
    dueSoon: t.tasks.dueSoon,
    awaiting: t.task.awaitingConfirmation,
    select: t.tasks.select,
    report: t.task.update,
    periodReport: t.task.periodReport,
  };
  const labels = {
    '--tl-lead': cssString(t.tasks.lead),
    '--tl-due': cssString(t.tasks.deadline),
    '--tl-days': cssString(t.tasks.daysOverdue),
    '--tl-progress': cssString(t.tasks.progress),
  } as CSSProperties;
  return (
    <div className="md:overflow-x-auto">
      <table className="data-table task-list" data-testid="task-table" style={labels}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {selectForm ? (
              <th scope="col">
                <span className="sr-only">{t.tasks.select}</span>
              </th>
            ) : null}
            <th scope="col">{t.tasks.directive}</th>
            <th scope="col">{t.tasks.lead}</th>
            <th scope="col">{t.tasks.deadline}</th>
            <th scope="col" className="num">
              {t.tasks.daysOverdue}
            </th>
            <th scope="col">{t.tasks.progress}</th>
            <th scope="col">{t.tasks.timeliness}</th>
          </tr>
        </thead>
        <TaskRows rows={rows} l={rowLabels} selectForm={selectForm} />
      </table>
    </div>
  );
}
