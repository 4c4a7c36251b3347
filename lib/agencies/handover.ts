import 'server-only';
import { and, eq, inArray, isNotNull, lt, notInArray, sql } from 'drizzle-orm';
import { agencies, tasks, users } from '@/db/schema';
import type { DbOrTx } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import { closeOpenWork } from '@/lib/tasks/mutations';
import { addToTimeline } from '@/lib/tasks/timeline';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { HAND_OVER_NOTE, MERGED_REASON } from './handover-vocabulary';
import { finalSuccessor, finalSuccessors } from './policy';

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
      .select({ id: tasks.id, directiveId: tasks.directiveId, status: tasks.status })
      .from(tasks)
      .where(and(eq(tasks.leadAgencyId, input.fromAgencyId), inArray(tasks.status, ['not_started', 'in_progress'])))
      .orderBy(tasks.id)
      .for('update');
    if (open.length === 0) return [];
    // One live task per directive and lead agency (attacker pass 25): where the successor already leads the directive
    // (both merged provinces were given it), or two of the handed tasks are of one directive, the first goes on and the
    // others are closed into it, with the reason on their timelines.
    const going = new Map(
      (
        await tx
          .select({ id: tasks.id, directiveId: tasks.directiveId })
          .from(tasks)
          .where(
            and(
              eq(tasks.leadAgencyId, input.toAgencyId),
              inArray(tasks.directiveId, [...new Set(open.map((t) => t.directiveId))]),
              notInArray(tasks.status, ['cancelled', 'carried_over']),
            ),
          )
          .orderBy(tasks.id)
      ).map((t) => [t.directiveId, t.id]),
    );
    const ids: number[] = [];
    const merged: { id: number; into: number; status: (typeof open)[number]['status'] }[] = [];
    for (const t of open) {
      const into = going.get(t.directiveId);
      if (into === undefined) {
        going.set(t.directiveId, t.id);
        ids.push(t.id);
      } else merged.push({ id: t.id, into, status: t.status });
    }
    const at = input.at ?? new Date();
    for (const m of merged) {
      const reason = MERGED_REASON.replace('{task}', String(m.into));
      await tx
        .update(tasks)
        .set({ status: 'cancelled', cancelReason: reason, version: sql`${tasks.version} + 1`, updatedAt: at })
        .where(eq(tasks.id, m.id));
      // Closed, as a cancellation closes them: its drafts and a pending extension request (attacker pass 37).
      await closeOpenWork(tx, input.actor, [m.id], reason, at);
      await addToTimeline(tx, input.actor, {
        taskId: m.id,
        kind: 'cancelled',
        statusFrom: m.status,
        statusTo: 'cancelled',
        note: reason,
        data: { fromAgencyId: input.fromAgencyId, toAgencyId: input.toAgencyId, mergedInto: m.into },
        createdAt: at,
      });
    }
    if (merged.length)
      await writeAudit(tx, {
        actor: input.actor,
        action: 'task.hand_over_merge',
        entityType: 'agency',
        entityId: input.fromAgencyId,
        after: { merged },
      });
    if (ids.length === 0) return [];
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
  const pending = rows.filter((r) => r.openTasks > 0 || r.users > 0);
  // every final successor and its name in two statements, not two per ended agency
  const to = await finalSuccessors(
    d,
    pending.map((r) => r.id),
  );
  const successorIds = [...new Set(to.values())];
  const names = new Map(
    successorIds.length
      ? (
          await d
            .select({ id: agencies.id, name: agencies.name })
            .from(agencies)
            .where(inArray(agencies.id, successorIds))
        ).map((a) => [a.id, a.name])
      : [],
  );
  return pending.map((r) => {
    const successorId = to.get(r.id) ?? r.id;
    return { ...r, successorId, successorName: names.get(successorId) ?? '' };
  });
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
      .set({ agencyId: to, version: sql`${users.version} + 1`, updatedAt: new Date() })
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
