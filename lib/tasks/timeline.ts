import 'server-only';
import type { DbOrTx } from '@/db/client';
import { taskUpdates } from '@/db/schema';
import { notifyTaskEvents } from '@/lib/notifications/task-events';
import type { Actor } from '@/lib/policy';

export type TimelineEntry = Omit<typeof taskUpdates.$inferInsert, 'authorId' | 'authorAgencyId'>;

/**
 * Adds entries to tasks' timelines, signed by the actor (null: the system), and notifies the people
 * concerned in the same transaction (lib/notifications/task-events); returns the entries' ids. An entry marked
 * `data.imported` (a backlog import, decision 027) is history brought in, not news: it notifies no one.
 */
export async function addToTimeline(
  tx: DbOrTx,
  actor: Actor | null,
  entries: TimelineEntry | TimelineEntry[],
): Promise<number[]> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return [];
  const rows = await tx
    .insert(taskUpdates)
    .values(list.map((e) => ({ ...e, authorId: actor?.userId ?? null, authorAgencyId: actor?.agencyId ?? null })))
    .returning({ id: taskUpdates.id });
  const news = list
    .map((e, i) => ({ id: rows[i]!.id, taskId: e.taskId, kind: e.kind, note: e.note, data: e.data }))
    .filter((e) => e.data?.imported !== true);
  if (news.length) await notifyTaskEvents(tx, actor, news);
  return rows.map((r) => r.id);
}
