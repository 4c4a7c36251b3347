import 'server-only';
import type { DbOrTx } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { formatDate, vnDate, type IsoDate } from '@/lib/time';
import { addToTimeline } from './timeline';
import { anyReader, requireTask, writeTask } from './task-write';

/** The warning given when a deadline being set is already past (before today, Vietnam time); null otherwise. */
export function pastDateWarning(date: IsoDate, today: IsoDate = vnDate()): string | null {
  return date < today ? msg('errors.tasks.pastDate', { date: formatDate(date), today: formatDate(today) }) : null;
}

/**
 * A deadline already past is refused with the warning, on the date's field and on `confirmPast` (the form then
 * shows the box), unless the user ticked it: such a date makes the task overdue at once.
 */
export function confirmNotPast(date: IsoDate, confirmed: boolean | undefined, field: string, today?: IsoDate) {
  const warning = pastDateWarning(date, today);
  if (warning && !confirmed) throw invalid(warning, { [field]: warning, confirmPast: warning });
}

/**
 * Sets a new current deadline on the selected dated tasks, with a reason; the original deadline stays. A date
 * already past is set only once confirmed (`confirmPast`).
 */
export async function changeDeadlines(
  input: {
    actor: Actor;
    taskIds: number[];
    dueDate: string;
    reason: string;
    confirmPast?: boolean;
    today?: IsoDate;
  },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'task.manage');
  confirmNotPast(input.dueDate, input.confirmPast, 'dueDate', input.today);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    let changed = 0;
    // In the order of their ids, as every write that locks several tasks: in the order posted, [a, b] and [b, a] sent
    // at once deadlocked (attacker pass 29).
    for (const taskId of [...input.taskIds].sort((x, y) => x - y)) {
      const { task } = await requireTask(tx, input.actor, taskId, anyReader);
      // Only open tasks: a completed task's deadline moved to its completion date would turn "late" into "on time".
      if (task.deadlineKind !== 'dated' || (task.status !== 'not_started' && task.status !== 'in_progress')) continue;
      await writeTask(tx, task.id, task.version, { dueDate: input.dueDate });
      await addToTimeline(tx, input.actor, {
        taskId,
        kind: 'deadline_changed',
        note: input.reason,
        data: { from: task.dueDate, to: input.dueDate },
      });
      await writeAudit(tx, {
        actor: input.actor,
        action: 'task.change_deadline',
        entityType: 'task',
        entityId: taskId,
        before: { dueDate: task.dueDate },
        after: { dueDate: input.dueDate, reason: input.reason },
      });
      changed++;
    }
    if (changed === 0) throw invalid(msg('errors.tasks.noDatedTasks'));
    return changed;
  });
}
