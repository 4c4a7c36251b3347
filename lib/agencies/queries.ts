import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agencies, auditEntries, directives, tasks, users, type TaskStatus } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor, type Permission } from '@/lib/policy';
import { containsWordsFolded } from '@/lib/search';
import { visibleTasksWhere } from '@/lib/tasks/queries';
import { sortVi } from '@/lib/text';
import { vnDate, type IsoDate } from '@/lib/time';
import { existsOnSql } from './policy';
import type { AgencyFilter } from './schemas';

/** Agencies that existed on `day`, in Vietnamese order: the host and figure pickers. */
export async function listAgencyOptions(input: { actor: Actor; day: IsoDate }, db?: DbOrTx) {
  assertCan(input.actor, 'session.read');
  const d = await resolveDb(db);
  const rows = await d.select({ id: agencies.id, name: agencies.name }).from(agencies).where(existsOnSql(input.day));
  return sortVi(rows, (r) => r.name);
}

export type AgencyOption = Awaited<ReturnType<typeof listAgencyOptions>>[number];

/** Agencies for matching pasted text: all of them, with validity and successor links. */
export async function listAgencyRegistry(db?: DbOrTx) {
  const d = await resolveDb(db);
  return d
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
      successorId: agencies.successorId,
      parentId: agencies.parentId,
    })
    .from(agencies);
}

/** How many agencies exist today (not ended), for the administrator's overview. */
export async function countActiveAgencies(input: { actor: Actor }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const [row] = await d
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(agencies)
    .where(or(isNull(agencies.validTo), gte(agencies.validTo, vnDate())));
  return row?.n ?? 0;
}

const agencyRowColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  shortName: agencies.shortName,
  kind: agencies.kind,
  parentId: agencies.parentId,
  validFrom: agencies.validFrom,
  validTo: agencies.validTo,
  successorId: agencies.successorId,
};

/** An agency is ended once its last day has passed (Vietnam calendar). */
const endedSql = (today: IsoDate) => and(isNotNull(agencies.validTo), lt(agencies.validTo, today));

/**
 * Agencies matching a filter: every word of `q` in the name, short name or code, accents and case ignored ("tuyen
 * quang" finds "UBND tỉnh Tuyên Quang"); a kind; active today or ended. In Vietnamese order of names.
 */
async function findAgencies(d: DbOrTx, filter: AgencyFilter, today: IsoDate) {
  const parent = alias(agencies, 'parent');
  const successor = alias(agencies, 'successor');
  const where: (SQL | undefined)[] = [];
  if (filter.q)
    where.push(
      containsWordsFolded(
        sql`${agencies.name} || ' ' || coalesce(${agencies.shortName}, '') || ' ' || ${agencies.code}`,
        filter.q,
      ),
    );
  if (filter.kind) where.push(eq(agencies.kind, filter.kind));
  if (filter.state === 'ended') where.push(endedSql(today));
  if (filter.state === 'active') where.push(or(isNull(agencies.validTo), gte(agencies.validTo, today)));
  const rows = await d
    .select({ ...agencyRowColumns, parentName: parent.name, successorName: successor.name })
    .from(agencies)
    .leftJoin(parent, eq(parent.id, agencies.parentId))
    .leftJoin(successor, eq(successor.id, agencies.successorId))
    .where(and(...where));
  return sortVi(
    rows.map((r) => ({ ...r, ended: r.validTo !== null && r.validTo < today })),
    (r) => r.name,
  );
}

async function agenciesFor(permission: Permission, input: { actor: Actor; filter?: AgencyFilter }, db?: DbOrTx) {
  assertCan(input.actor, permission);
  return findAgencies(await resolveDb(db), input.filter ?? {}, vnDate());
}

/** The administrator's list of agencies (/admin/agencies), with its search and filters. */
export function listAgencies(input: { actor: Actor; filter?: AgencyFilter }, db?: DbOrTx) {
  return agenciesFor('agency.manage', input, db);
}
export type AgencyListRow = Awaited<ReturnType<typeof listAgencies>>[number];

/**
 * The same search for other systems (`GET /api/v1/agencies`): any reader of sessions may look agencies up, as the
 * pickers of the app do; the agencies are reference data, not anyone's work.
 */
export function searchAgencies(input: { actor: Actor; filter?: AgencyFilter }, db?: DbOrTx) {
  return agenciesFor('session.read', input, db);
}

/** One agency as its edit form shows it, or null. */
export async function getAgency(input: { actor: Actor; agencyId: number }, db?: DbOrTx) {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const [row] = await d.select().from(agencies).where(eq(agencies.id, input.agencyId));
  return row ?? null;
}

/**
 * An agency's page: its details, the chain of bodies it succeeded (transitively, with their dates) and of those
 * that succeeded it, its users, its tasks (led now or first assigned to it: counts by status and the latest 20)
 * and the audit entries about it. Null when there is no such agency.
 */
export async function getAgencyHistory(input: { actor: Actor; agencyId: number; tasks?: number }, db?: DbOrTx) {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const today = vnDate();
  const [agency] = await findAgencyById(d, input.agencyId, today);
  if (!agency) return null;

  // Predecessors: every body whose successor is this one, then theirs, each with the body it passed its work to.
  const predecessors: (typeof agency & { depth: number })[] = [];
  const seen = new Set([agency.id]);
  let frontier = [agency.id];
  for (let depth = 1; frontier.length > 0 && depth <= 20; depth++) {
    const rows = await d
      .select({ ...agencyRowColumns })
      .from(agencies)
      .where(inArray(agencies.successorId, frontier));
    const next = rows.filter((r) => !seen.has(r.id));
    next.forEach((r) => seen.add(r.id));
    predecessors.push(...next.map((r) => ({ ...r, ended: r.validTo !== null && r.validTo < today, depth })));
    frontier = next.map((r) => r.id);
  }
  predecessors.sort((a, b) => a.depth - b.depth || (b.validTo ?? '').localeCompare(a.validTo ?? ''));

  // Successors: the chain of bodies that took its work over, to the one that exists now.
  const successors: (typeof agency)[] = [];
  for (let id = agency.successorId; id !== null && !seen.has(id);) {
    seen.add(id);
    const [row] = await d
      .select({ ...agencyRowColumns })
      .from(agencies)
      .where(eq(agencies.id, id));
    if (!row) break;
    successors.push({ ...row, ended: row.validTo !== null && row.validTo < today });
    id = row.successorId;
  }

  const [parent] = agency.parentId
    ? await d.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, agency.parentId))
    : [];
  const children = sortVi(
    await d
      .select({ id: agencies.id, name: agencies.name, validTo: agencies.validTo })
      .from(agencies)
      .where(eq(agencies.parentId, agency.id)),
    (r) => r.name,
  );

  const people = sortVi(
    await d
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        position: users.position,
        role: users.role,
        agencyDuty: users.agencyDuty,
        isActive: users.isActive,
      })
      .from(users)
      .where(eq(users.agencyId, agency.id)),
    (u) => u.name,
  );

  const ofAgency = and(
    or(eq(tasks.leadAgencyId, agency.id), eq(tasks.assignedAgencyId, agency.id)),
    visibleTasksWhere(input.actor),
  );
  const byStatus = await d
    .select({ status: tasks.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(tasks)
    .where(ofAgency)
    .groupBy(tasks.status);
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<TaskStatus, number>>;
  const lead = alias(agencies, 'lead');
  const latestTasks = await d
    .select({
      id: tasks.id,
      status: tasks.status,
      dueDate: tasks.dueDate,
      deadlineKind: tasks.deadlineKind,
      assignedOn: tasks.assignedOn,
      leadAgencyId: tasks.leadAgencyId,
      leadName: lead.name,
      directiveText: directives.text,
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(lead, eq(lead.id, tasks.leadAgencyId))
    .where(ofAgency)
    .orderBy(desc(tasks.assignedOn), desc(tasks.id))
    .limit(input.tasks ?? 20);

  const audit = await d
    .select({
      id: auditEntries.id,
      action: auditEntries.action,
      createdAt: auditEntries.createdAt,
      actorName: users.name,
      actorRole: auditEntries.actorRole,
      before: auditEntries.before,
      after: auditEntries.after,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(and(eq(auditEntries.entityType, 'agency'), eq(auditEntries.entityId, String(agency.id))))
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(50);

  return {
    agency,
    parent: parent ?? null,
    children,
    predecessors,
    successors,
    users: people,
    taskCounts: counts,
    taskTotal: byStatus.reduce((sum, r) => sum + r.n, 0),
    tasks: latestTasks,
    audit,
  };
}
export type AgencyHistory = NonNullable<Awaited<ReturnType<typeof getAgencyHistory>>>;

async function findAgencyById(d: DbOrTx, agencyId: number, today: IsoDate) {
  const rows = await d
    .select({ ...agencyRowColumns })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return rows.map((r) => ({ ...r, ended: r.validTo !== null && r.validTo < today }));
}
