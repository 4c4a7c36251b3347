import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, documents, sessions, taskCoordinators, tasks, type RecurrencePeriod } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { addToTimeline } from './timeline';
import { liveLeads } from './task-write';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { requireServedCommittee } from '@/lib/committees/scope';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate, type IsoDate } from '@/lib/time';
import { activeAgencyIds, resolveGroup } from '@/lib/agencies/policy';
import type { AgencyGroup } from '@/lib/agencies/schemas';

export type DeadlineInput =
  { kind: 'dated'; dueDate: IsoDate } | { kind: 'urgent' } | { kind: 'recurring'; period: RecurrencePeriod };

export type AssignmentInput = {
  directiveId: number;
  leadAgencyIds: number[];
  coordinatorIds?: number[];
  monitorAgencyId?: number | null;
  deadline: DeadlineInput;
  /** A note on the tasks' "created" timeline entries (e.g. which conclusion assigned them). */
  note?: string | null;
  /** Kept in the "created" entries' `data` (an import: `{ imported: true }`, which notifies no one). */
  data?: Record<string, unknown>;
};

/**
 * The day a session's directive is given to its first agencies: the conclusion notice's date (the document that
 * assigns it), else the meeting's day, never after today, nor a notice dated before its own meeting. Work done
 * between the meeting and the day the secretariat enters the tasks can then be reported as it happened. An agency
 * added to a directive that already has live tasks is given it on the day it is added; a recurring task, whose
 * periods count from it, is given on the day it is entered.
 */
export function givenOn(d: {
  today: IsoDate;
  sessionDay: IsoDate | null;
  noticeDay: IsoDate | null;
  assignedBefore: boolean;
}): IsoDate {
  if (d.assignedBefore || !d.sessionDay) return d.today;
  const day = d.noticeDay && d.noticeDay >= d.sessionDay ? d.noticeDay : d.sessionDay;
  return day < d.today ? day : d.today;
}

/**
 * Assigns a directive: one task per lead agency, each with the coordinating and monitoring agencies
 * and the deadline, a "created" entry on its timeline and an audit row. Runs inside the caller's
 * transaction when given one. Only agencies that exist today can be given new work. `at` is when the
 * assignment happened (now by default; the demo seed and the backlog import record historic assignments with it,
 * and their tasks are assigned on that day); otherwise the tasks are assigned on `givenOn`'s day.
 */
export async function assignDirective(
  input: { actor: Actor; assignment: AssignmentInput; at?: Date; skipAssigned?: boolean },
  db?: DbOrTx,
): Promise<number[]> {
  assertCan(input.actor, 'task.assign');
  const a = input.assignment;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [row] = await tx
      .select({
        directive: directives,
        committeeId: sessions.committeeId,
        sessionStartsAt: sessions.startsAt,
        noticeDate: sql<IsoDate | null>`(select ${documents.issueDate} from ${documents}
          where ${documents.sessionId} = ${sessions.id} and ${documents.kind} = 'notice')`,
        assignedBefore: sql<boolean>`exists (select 1 from ${tasks} where ${tasks.directiveId} = ${directives.id}
          and ${tasks.status} not in ('cancelled', 'carried_over'))`,
      })
      .from(directives)
      .leftJoin(sessions, eq(sessions.id, directives.sessionId))
      .where(eq(directives.id, a.directiveId))
      // Two assignments of one directive (a double click, two officers) run one after the other.
      .for('update', { of: directives });
    if (!row) throw notFound(msg('errors.directives.notFound'));
    requireServedCommittee(input.actor, row.committeeId, msg('errors.directives.notFound'));
    const directive = row.directive;
    if (directive.isAssessment) throw invalid(msg('errors.tasks.assessmentNotAssigned'));
    const leads = [...new Set(a.leadAgencyIds)];
    if (leads.length === 0)
      throw invalid(msg('errors.tasks.chooseLeads'), { leadAgencyIds: msg('errors.tasks.chooseLead') });
    const coordinators = [...new Set(a.coordinatorIds ?? [])];
    const at = input.at ?? new Date();
    const today = vnDate(at);
    const all = [...new Set([...leads, ...coordinators, ...(a.monitorAgencyId ? [a.monitorAgencyId] : [])])];
    const active = await activeAgencyIds(tx, all, today);
    const inactive = all.filter((id) => !active.has(id));
    if (inactive.length) {
      const names = await tx.select({ name: agencies.name }).from(agencies).where(inArray(agencies.id, inactive));
      // An id that names no agency at all (a crafted post) is not an ended one.
      if (names.length < inactive.length) throw invalid(msg('errors.agencies.notFound'));
      throw invalid(msg('errors.tasks.endedAgencies', { names: names.map((n) => n.name).join(', ') }));
    }
    // One live task per directive and lead agency: a second would be counted twice in every report. A whole group
    // assigned skips its members that hold one already; agencies picked by hand are refused with their names.
    const taken = await liveLeads(tx, { directiveId: a.directiveId, agencyIds: leads });
    const held = new Set(taken.map((t) => t.id));
    if (taken.length && (!input.skipAssigned || leads.every((l) => held.has(l))))
      throw invalid(msg('errors.tasks.alreadyAssigned', { names: [...new Set(taken.map((t) => t.name))].join(', ') }));
    const due = a.deadline.kind === 'dated' ? a.deadline.dueDate : null;
    // A recurring task's reports are due from the day it is entered: dated back, its first period would be missed
    // the moment it is assigned.
    const given =
      input.at || a.deadline.kind === 'recurring'
        ? today
        : givenOn({
            today,
            sessionDay: row.sessionStartsAt ? vnDate(row.sessionStartsAt) : null,
            noticeDay: row.noticeDate,
            assignedBefore: row.assignedBefore,
          });
    const since = new Map(
      given === today
        ? []
        : (
            await tx
              .select({ id: agencies.id, validFrom: agencies.validFrom })
              .from(agencies)
              .where(inArray(agencies.id, leads))
          ).map((r) => [r.id, r.validFrom]),
    );
    const ids: number[] = [];
    for (const lead of leads) {
      if (held.has(lead)) continue;
      // Not before the lead agency existed (a province formed since the meeting is given the work from its first day).
      const from = since.get(lead);
      const assignedOn = from && from > given ? from : given;
      const [task] = await tx
        .insert(tasks)
        .values({
          directiveId: a.directiveId,
          leadAgencyId: lead,
          assignedAgencyId: lead,
          monitorAgencyId: a.monitorAgencyId ?? null,
          deadlineKind: a.deadline.kind,
          originalDueDate: due,
          dueDate: due,
          recurrence: a.deadline.kind === 'recurring' ? a.deadline.period : null,
          assignedOn,
          createdById: input.actor.userId,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      const others = coordinators.filter((c) => c !== lead);
      if (others.length)
        await tx.insert(taskCoordinators).values(others.map((agencyId) => ({ taskId: task!.id, agencyId })));
      await addToTimeline(tx, input.actor, {
        taskId: task!.id,
        kind: 'created',
        statusTo: 'not_started',
        note: a.note ?? null,
        data: a.data,
        createdAt: at,
      });
      await writeAudit(tx, {
        actor: input.actor,
        action: 'task.assign',
        entityType: 'task',
        entityId: task!.id,
        after: { ...task, coordinators: others },
      });
      ids.push(task!.id);
    }
    return ids;
  });
}

/** Assigns a directive to hand-picked agencies or to a whole group, one task per agency, in one transaction. */
export async function assignToTargets(
  input: {
    actor: Actor;
    directiveId: number;
    target: 'agencies' | AgencyGroup;
    asOf: 'session' | 'today';
    leadAgencyIds: number[];
    coordinatorIds: number[];
    monitorAgencyId: number | null;
    deadline: DeadlineInput;
  },
  db?: DbOrTx,
): Promise<number[]> {
  assertCan(input.actor, 'task.assign');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    let leads = input.leadAgencyIds;
    if (input.target !== 'agencies') {
      const [row] = await tx
        .select({ startsAt: sessions.startsAt, committeeId: sessions.committeeId })
        .from(directives)
        .leftJoin(sessions, eq(sessions.id, directives.sessionId))
        .where(eq(directives.id, input.directiveId));
      if (!row) throw notFound(msg('errors.directives.notFound'));
      requireServedCommittee(input.actor, row.committeeId, msg('errors.directives.notFound'));
      const day = input.asOf === 'session' && row.startsAt ? vnDate(row.startsAt) : vnDate();
      leads = await resolveGroup(tx, { group: input.target, day, committeeId: row.committeeId });
      if (leads.length === 0) throw invalid(msg('errors.tasks.groupEmpty'));
    }
    return assignDirective(
      {
        actor: input.actor,
        assignment: {
          directiveId: input.directiveId,
          leadAgencyIds: leads,
          coordinatorIds: input.coordinatorIds,
          monitorAgencyId: input.monitorAgencyId,
          deadline: input.deadline,
        },
        skipAssigned: input.target !== 'agencies',
      },
      tx,
    );
  });
}
