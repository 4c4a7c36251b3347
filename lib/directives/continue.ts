import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { directiveAreas, directives, reformAreas, sessions, tasks } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { requireServedCommittee } from '@/lib/committees/scope';
import { assertCan, can, type Actor } from '@/lib/policy';
import { closeOpenWork } from '@/lib/tasks/mutations';
import { addToTimeline } from '@/lib/tasks/timeline';
import { vnDate } from '@/lib/time';
import { CARRIED_NOTE } from './continue-vocabulary';
import { createDirective } from './mutations';

const NOT_FOUND = msg('errors.directives.notFound');

/**
 * A directive of a session that continues a directive of an earlier session of the same committee (decision 036):
 * the new one takes the earlier one's text, areas and marks (the secretariat words it afresh after), and the two are
 * linked. With `carryTasks`, the earlier one's open tasks are closed as carried into the new one, each with a
 * timeline entry: they keep the class they had today in every count, and the new directive is assigned anew.
 * Returns the new directive's id.
 */
export async function continueDirective(
  input: { actor: Actor; sessionId: number; earlierDirectiveId: number; carryTasks: boolean },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'directive.manage');
  if (input.carryTasks) assertCan(input.actor, 'task.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: sessions.id, committeeId: sessions.committeeId, startsAt: sessions.startsAt })
      .from(sessions)
      .where(eq(sessions.id, input.sessionId));
    if (!target) throw notFound(msg('errors.directives.sessionNotFound'));
    requireServedCommittee(input.actor, target.committeeId, msg('errors.directives.sessionNotFound'));
    const [earlier] = await tx
      .select({
        directive: directives,
        committeeId: sessions.committeeId,
        startsAt: sessions.startsAt,
      })
      .from(directives)
      .innerJoin(sessions, eq(sessions.id, directives.sessionId))
      .where(eq(directives.id, input.earlierDirectiveId))
      .for('update', { of: directives });
    if (
      !earlier ||
      (earlier.directive.isConfidential && !can(input.actor, 'directive.readConfidential')) ||
      earlier.committeeId !== target.committeeId
    ) {
      throw notFound(NOT_FOUND);
    }
    if (earlier.startsAt >= target.startsAt) throw invalid(msg('errors.directives.continueEarlierOnly'));
    const [already] = await tx
      .select({ id: directives.id })
      .from(directives)
      .where(and(eq(directives.continuesDirectiveId, earlier.directive.id), eq(directives.sessionId, input.sessionId)));
    if (already) throw invalid(msg('errors.directives.alreadyContinued'));
    const areas = await tx
      .select({ code: reformAreas.code })
      .from(directiveAreas)
      .innerJoin(reformAreas, eq(reformAreas.id, directiveAreas.areaId))
      .where(eq(directiveAreas.directiveId, earlier.directive.id))
      .orderBy(asc(reformAreas.position));
    const e = earlier.directive;
    const id = await createDirective(
      {
        actor: input.actor,
        sessionId: input.sessionId,
        values: {
          text: e.text,
          parentId: null,
          areaCodes: areas.map((a) => a.code) as never,
          isCrossCutting: e.isCrossCutting,
          isAssessment: false,
          isConfidential: e.isConfidential,
          issuedBy: e.issuedBy,
          sourceDocument: null,
        },
      },
      tx,
    );
    await tx.update(directives).set({ continuesDirectiveId: e.id }).where(eq(directives.id, id));
    let carried: number[] = [];
    let closed: Awaited<ReturnType<typeof closeOpenWork>> = { closedDrafts: [], withdrawn: [] };
    if (input.carryTasks) {
      const open = await tx
        .select({ id: tasks.id, status: tasks.status })
        .from(tasks)
        .where(and(eq(tasks.directiveId, e.id), inArray(tasks.status, ['not_started', 'in_progress'])))
        .for('update');
      carried = open.map((t) => t.id);
      if (carried.length) {
        await tx
          .update(tasks)
          .set({
            status: 'carried_over',
            carriedOn: vnDate(),
            carriedIntoDirectiveId: id,
            version: sql`${tasks.version} + 1`,
            updatedAt: new Date(),
          })
          .where(inArray(tasks.id, carried));
        // Its drafts and pending extension request can no longer take effect (attacker pass 37).
        closed = await closeOpenWork(tx, input.actor, carried, CARRIED_NOTE);
        await addToTimeline(
          tx,
          input.actor,
          open.map((t) => ({
            taskId: t.id,
            kind: 'carried_over' as const,
            statusFrom: t.status,
            statusTo: 'carried_over' as const,
            data: { directiveId: id, sessionId: input.sessionId },
          })),
        );
      }
    }
    await writeAudit(tx, {
      actor: input.actor,
      action: 'directive.continued',
      entityType: 'directive',
      entityId: id,
      after: {
        continues: e.id,
        sessionId: input.sessionId,
        carriedTasks: carried,
        ...(closed.closedDrafts.length ? { draftsClosed: closed.closedDrafts } : {}),
        ...(closed.withdrawn.length ? { extensionsClosed: closed.withdrawn } : {}),
      },
    });
    return id;
  });
}
