import 'server-only';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { agencies, tasks, users } from '@/db/schema';
import type { DbOrTx } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import { addToTimeline } from '@/lib/tasks/timeline';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { HAND_OVER_NOTE } from './handover-vocabulary';
import { finalSuccessor } from './policy';

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
    await addToTimeline(
      tx,
      input.actor,
      ids.map((taskId) => ({
        taskId,
        kind: 'handed_over' as const,
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

/** Ended agencies that still lead open tasks, with the body their work should go to (the administrator's list). */
export async function listPendingHandOvers(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const today = vnDate();
  const rows = await d
    .select({
      id: agencies.id,
      name: agencies.name,
      validTo: agencies.validTo,
      // Qualified by hand: in a one-table select list drizzle writes columns unqualified.
      openTasks:
        sql<number>`(select count(*) from ${tasks} t where t.lead_agency_id = "agencies"."id" and t.status in ('not_started', 'in_progress'))`.mapWith(
          Number,
        ),
      /** Its users' accounts: read-only until moved to the successor (decision 022). */
      users: sql<number>`(select count(*) from ${users} u where u.agency_id = "agencies"."id")`.mapWith(Number),
    })
    .from(agencies)
    .where(and(isNotNull(agencies.successorId), lt(agencies.validTo, today)));
  const out = [];
  for (const r of rows.filter((r) => r.openTasks > 0 || r.users > 0)) {
    const to = await finalSuccessor(d, r.id);
    const [successor] = await d.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, to));
    out.push({ ...r, successorId: to, successorName: successor?.name ?? '' });
  }
  return out;
}

/**
 * The administrator hands an ended agency's open tasks to its successor, in one step; with `moveUsers`, its
 * users' accounts move to the successor in the same transaction (otherwise they stay, read-only: decision 022).
 */
export async function handOverAgency(
  input: { actor: Actor; agencyId: number; moveUsers?: boolean },
  db?: DbOrTx,
): Promise<{ taskIds: number[]; userIds: number[] }> {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const [agency] = await d.select().from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency) throw notFound(msg('errors.agencies.notFound'));
  if (!agency.successorId || !agency.validTo || agency.validTo >= vnDate()) {
    throw invalid(msg('errors.agencies.handOverNotEnded'));
  }
  const to = await finalSuccessor(d, agency.id);
  return d.transaction(async (tx) => {
    const taskIds = await handOverOpenTasks(tx, {
      actor: input.actor,
      fromAgencyId: agency.id,
      toAgencyId: to,
      note: HAND_OVER_NOTE,
    });
    if (!input.moveUsers) return { taskIds, userIds: [] };
    const moved = await tx
      .update(users)
      .set({ agencyId: to, updatedAt: new Date() })
      .where(eq(users.agencyId, agency.id))
      .returning({ id: users.id });
    const userIds = moved.map((u) => u.id);
    if (userIds.length)
      await writeAudit(tx, {
        actor: input.actor,
        action: 'user.move_agency',
        entityType: 'agency',
        entityId: agency.id,
        before: { agencyId: agency.id, userIds },
        after: { agencyId: to, userIds },
      });
    return { taskIds, userIds };
  });
}
