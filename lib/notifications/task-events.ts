import 'server-only';
import { inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, sessions, taskCoordinators, tasks } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { selectTasksInContext } from '@/lib/tasks/context';
import { formatDate, vnDate } from '@/lib/time';
import type { NotificationKind } from './kinds';
import { notify } from './notify';
import { agencyUsers, roleUsers } from './recipients';
import { vietnamese } from './words';

export type TimelineEvent = {
  id: number;
  taskId: number;
  kind: string;
  note?: string | null;
  data?: Record<string, unknown> | null;
};

const NOTIFIED: Record<string, NotificationKind> = {
  created: 'task_assigned',
  urged: 'urged',
  extension_requested: 'extension_requested',
  extension_decided: 'extension_decided',
  handed_over: 'handed_over',
  completion_pending: 'completion_pending',
  completion_returned: 'completion_returned',
};

/** A progress report of a back-dated completion is, for notices, a completion awaiting confirmation (decision 023). */
const eventKind = (e: TimelineEvent): string =>
  e.kind === 'progress' && e.data?.awaitingConfirmation === true ? 'completion_pending' : e.kind;

/** What a notice says of a task: its directive, its session, lead agency and deadline. */
export function taskSummaries(db: DbOrTx, where: SQL | undefined) {
  return selectTasksInContext(db, {
    id: tasks.id,
    leadAgencyId: tasks.leadAgencyId,
    leadName: agencies.name,
    deadlineKind: tasks.deadlineKind,
    dueDate: tasks.dueDate,
    ordinal: directives.ordinal,
    text: directives.text,
    isConfidential: directives.isConfidential,
    sessionTitle: sessions.title,
    sessionNumber: sessions.number,
    committeeId: sessions.committeeId,
  }).where(where);
}

export function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * What a notice or an email says in place of a confidential directive (decision 021): nothing of its
 * text, ordinal or agencies. The recipients are cleared for it, but email leaves the policy's reach
 * (forwarded, read by an assistant, kept in the administrator's outbox) and a notice outlives the
 * clearance (a hand-over, a coordinator removed); the link leads to the task, which checks.
 */
export const CONFIDENTIAL_NOTICE = vietnamese('texts.confidential');

/**
 * The notice's words for a task: its directive (with its item number), session, lead agency and
 * deadline, or only the neutral line when confidential. `summary` is the one-line body of a new
 * task's notice: "2a. Rà soát … — Phiên họp thứ 8 — Thời hạn: 30/06/2026".
 */
export function describeTask(
  task: {
    ordinal: string;
    text: string;
    isConfidential: boolean;
    leadName: string;
    deadlineKind: string;
    dueDate: string | null;
    sessionTitle?: string | null;
    sessionNumber?: number | null;
  },
  note?: string | null,
): { what: string; lines: string[]; summary: string } {
  if (task.isConfidential)
    return { what: CONFIDENTIAL_NOTICE, lines: [CONFIDENTIAL_NOTICE], summary: CONFIDENTIAL_NOTICE };
  const what = `${task.ordinal}. ${shorten(task.text)}`;
  const session = task.sessionNumber
    ? vietnamese('texts.session_number', { number: String(task.sessionNumber) })
    : null;
  const deadline = vietnamese('texts.line_deadline', { deadline: deadlineText(task) });
  const lines = [
    vietnamese('texts.line_content', { what }),
    ...(task.sessionTitle ? [vietnamese('texts.line_session', { session: task.sessionTitle })] : []),
    vietnamese('texts.line_lead', { agency: task.leadName }),
    deadline,
  ];
  if (note) lines.push(vietnamese('texts.line_note', { note }));
  const summary = [what.replace(/[\s;,:]+$/u, ''), session, deadline].filter(Boolean).join(' — ');
  return { what, lines, summary };
}

/** A task's deadline in words, as the emails and notices say it. */
export function deadlineText(t: { deadlineKind: string; dueDate: string | null }): string {
  if (t.deadlineKind === 'urgent') return vietnamese('texts.deadline_urgent');
  if (t.deadlineKind === 'recurring') return vietnamese('texts.deadline_recurring');
  return formatDate(t.dueDate);
}

/**
 * Turns task timeline entries into notices for the people concerned, in the same transaction: a new
 * task to its lead and coordinating agencies, urging to the lead agency, an extension request to the
 * secretariat and its decision to the lead agency, a hand-over to the successor. The author is not
 * told of their own action. Every task event passes through the timeline, so this is the one hook.
 */
export async function notifyTaskEvents(tx: DbOrTx, actor: Actor | null, events: TimelineEvent[]): Promise<void> {
  const relevant = events.map((e) => ({ ...e, kind: eventKind(e) })).filter((e) => NOTIFIED[e.kind]);
  if (relevant.length === 0) return;
  const ids = [...new Set(relevant.map((e) => e.taskId))];
  const rows = await taskSummaries(tx, inArray(tasks.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const coordinatorRows = relevant.some((e) => e.kind === 'created')
    ? await tx.select().from(taskCoordinators).where(inArray(taskCoordinators.taskId, ids))
    : [];
  const users = await agencyUsers(tx, [...rows.map((r) => r.leadAgencyId), ...coordinatorRows.map((c) => c.agencyId)]);
  const secretariat = relevant.some((e) => e.kind === 'extension_requested' || e.kind === 'completion_pending')
    ? await roleUsers(tx, ['secretariat'])
    : [];
  const notMe = (list: number[]) => list.filter((id) => id !== actor?.userId);

  for (const e of relevant) {
    const task = byId.get(e.taskId);
    if (!task) continue;
    const { what, lines, summary } = describeTask(task, e.note);
    const lead = users.get(task.leadAgencyId) ?? [];
    const base = {
      link: `/tasks/${task.id}`,
      body: what,
      emailLines: lines,
      // A completion awaiting confirmation is told once a day per task, however often it is reported (attacker pass 26: a
      // lead agency reopening and completing its task again sent the secretariat an email each time, without limit).
      dedupeKey: e.kind === 'completion_pending' ? `completion:${task.id}:${vnDate()}` : `timeline:${e.id}`,
      committeeId: task.committeeId,
    };
    // The words as message keys too, for the reader's language (the directive's own text is not translated).
    const body = task.isConfidential ? { key: 'confidential' } : null;
    const text = (key: string, vars?: Record<string, string>) => ({ title: { key, vars }, body });
    // The title in Vietnamese (stored with the notice, and the email's) and as a key for the reader's language.
    const titled = (key: string, vars?: Record<string, string>) => ({
      title: vietnamese(`texts.${key}`, vars),
      text: text(key, vars),
    });
    switch (e.kind) {
      case 'created': {
        await notify(tx, {
          ...base,
          body: summary,
          kind: 'task_assigned',
          userIds: notMe(lead),
          ...titled('task_assigned_lead'),
        });
        const coordinating = coordinatorRows
          .filter((c) => c.taskId === task.id)
          .flatMap((c) => users.get(c.agencyId) ?? []);
        await notify(tx, {
          ...base,
          body: summary,
          kind: 'task_assigned',
          userIds: notMe(coordinating),
          ...titled('task_assigned_coordinate'),
          dedupeKey: `timeline:${e.id}:coordinate`,
        });
        break;
      }
      case 'urged':
        await notify(tx, {
          ...base,
          kind: 'urged',
          userIds: notMe(lead),
          ...titled('urged'),
        });
        break;
      case 'extension_requested':
        await notify(tx, {
          ...base,
          kind: 'extension_requested',
          userIds: notMe(secretariat),
          ...(task.isConfidential
            ? titled('extension_requested_confidential')
            : titled('extension_requested', {
                agency: task.leadName,
                date: formatDate(String(e.data?.requestedDueDate ?? '')),
              })),
        });
        break;
      case 'extension_decided':
        await notify(tx, {
          ...base,
          kind: 'extension_decided',
          userIds: notMe(lead),
          ...(!e.data?.accepted
            ? titled('extension_refused')
            : e.data.requestedDueDate && e.data.requestedDueDate !== e.data.dueDate
              ? titled('extension_accepted_requested', {
                  date: formatDate(String(e.data.dueDate ?? '')),
                  requested: formatDate(String(e.data.requestedDueDate)),
                })
              : titled('extension_accepted', { date: formatDate(String(e.data.dueDate ?? '')) })),
        });
        break;
      case 'completion_pending':
        await notify(tx, {
          ...base,
          kind: 'completion_pending',
          userIds: notMe(secretariat),
          ...titled('completion_pending', {
            agency: task.leadName,
            date: formatDate(String(e.data?.completedOn ?? '')),
          }),
        });
        break;
      case 'completion_returned':
        await notify(tx, {
          ...base,
          kind: 'completion_returned',
          userIds: notMe(lead),
          ...titled('completion_returned'),
        });
        break;
      case 'handed_over':
        await notify(tx, {
          ...base,
          kind: 'handed_over',
          userIds: notMe(lead),
          ...titled('handed_over'),
        });
        break;
    }
  }
}
