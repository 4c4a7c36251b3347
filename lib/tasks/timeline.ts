import type { DbOrTx } from '@/db/client';
import { taskUpdates } from '@/db/schema';
import type { Actor } from '@/lib/policy';

export type TimelineEntry = Omit<typeof taskUpdates.$inferInsert, 'authorId' | 'authorAgencyId'>;

/** Adds entries to tasks' timelines, signed by the actor (null: the system); returns their ids. */
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
  return rows.map((r) => r.id);
}
