import 'server-only';
import { builtOncePerShape, columnPlaceholders, columnsGiven, columnValues } from '@/db/built-once';
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
  const signed = list.map((e) => ({ ...e, authorId: actor?.userId ?? null, authorAgencyId: actor?.agencyId ?? null }));
  // One entry (a task write's) by a statement built once per list of columns; several as drizzle builds them.
  const keys = signed.length === 1 ? columnsGiven(taskUpdates, signed[0]!) : [];
  const values = signed.length === 1 ? columnValues(taskUpdates, keys, signed[0]!) : null;
  const rows = values
    ? await timelineInsert(tx, keys, values)
    : await tx.insert(taskUpdates).values(signed).returning({ id: taskUpdates.id });
  const news = list
    .map((e, i) => ({ id: rows[i]!.id, taskId: e.taskId, kind: e.kind, note: e.note, data: e.data }))
    .filter((e) => e.data?.imported !== true);
  if (news.length) await notifyTaskEvents(tx, actor, news);
  return rows.map((r) => r.id);
}

/** `addToTimeline`'s statement for one entry, built once per list of columns given. */
const timelineInsert = builtOncePerShape((d: DbOrTx, keys) =>
  d
    .insert(taskUpdates)
    .values(columnPlaceholders(keys) as unknown as typeof taskUpdates.$inferInsert)
    .returning({ id: taskUpdates.id }),
);
