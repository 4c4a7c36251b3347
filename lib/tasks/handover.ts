import { and, eq, inArray, sql } from 'drizzle-orm';
import { agencies, taskUpdates, tasks } from '@/db/schema';
import type { DbOrTx } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/policy';

export type HandOverInput = {
  actor: Actor | null;
  fromAgencyId: number;
  toAgencyId: number;
  note?: string;
  /** When the hand-over took effect (defaults to now). */
  at?: Date;
};

/**
 * Hands the open tasks of an agency that ended to its successor, in one transaction. Completed and
 * cancelled tasks keep the old agency; `assignedAgencyId` keeps who was first given the work; each
 * moved task gets a timeline entry and the whole move one audit row.
 */
export async function handOverOpenTasks(db: DbOrTx, input: HandOverInput): Promise<number[]> {
  return db.transaction(async (tx) => {
    const open = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.leadAgencyId, input.fromAgencyId), inArray(tasks.status, ['not_started', 'in_progress'])))
      .for('update');
    const ids = open.map((t) => t.id);
    if (ids.length === 0) return [];
    const at = input.at ?? new Date();
    await tx
      .update(tasks)
      .set({ leadAgencyId: input.toAgencyId, version: sql`${tasks.version} + 1`, updatedAt: at })
      .where(inArray(tasks.id, ids));
    await tx.insert(taskUpdates).values(
      ids.map((taskId) => ({
        taskId,
        kind: 'handed_over' as const,
        authorId: input.actor?.userId ?? null,
        authorAgencyId: input.actor?.agencyId ?? null,
        note: input.note ?? null,
        data: { fromAgencyId: input.fromAgencyId, toAgencyId: input.toAgencyId },
        createdAt: at,
      })),
    );
    await writeAudit(tx, {
      actor: input.actor,
      action: 'task.hand_over',
      entityType: 'agency',
      entityId: input.fromAgencyId,
      before: { leadAgencyId: input.fromAgencyId, taskIds: ids },
      after: { leadAgencyId: input.toAgencyId, taskIds: ids },
    });
    return ids;
  });
}

/** Follows successor links to the body that exists now (Hà Giang → Tuyên Quang). */
export async function finalSuccessor(db: DbOrTx, agencyId: number): Promise<number> {
  let current = agencyId;
  for (let hops = 0; hops < 20; hops++) {
    const [row] = await db.select({ successorId: agencies.successorId }).from(agencies).where(eq(agencies.id, current));
    if (!row?.successorId) return current;
    current = row.successorId;
  }
  return current;
}
