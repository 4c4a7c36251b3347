import 'server-only';
import { and, asc, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import { resolveDb, resolveReadDb } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/policy';
import { addDays, vnToInstant } from '@/lib/time';
import type { AuditFilter } from './schemas';

export const AUDIT_PAGE_SIZE = 50;

/** The conditions of a filter; dates are Vietnam calendar days, both ends included. */
function conditions(filter: AuditFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.person === 'system') where.push(isNull(auditEntries.actorUserId));
  else if (filter.person !== undefined) where.push(eq(auditEntries.actorUserId, filter.person));
  if (filter.action) where.push(eq(auditEntries.action, filter.action));
  if (filter.entityType) where.push(eq(auditEntries.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditEntries.entityId, filter.entityId));
  if (filter.from) where.push(gte(auditEntries.createdAt, vnToInstant(filter.from)));
  if (filter.to) where.push(lt(auditEntries.createdAt, vnToInstant(addDays(filter.to, 1))));
  return and(...where);
}

/**
 * Whether an entry is about a confidential directive or one of its tasks: its before/after may carry the
 * directive's text, which only the roles cleared for it read. An entry may name several records ("100,101": tasks
 * urged at once) (decision 030; lib/security/confidential-channels.test.ts). The entry's own snapshot counts too:
 * a confidential directive deleted (or made public later) leaves no row to ask, and its entries say what it was.
 */
const aboutConfidential = sql<boolean>`(
  ${auditEntries.before}->>'isConfidential' = 'true' or ${auditEntries.after}->>'isConfidential' = 'true'
  or (${auditEntries.entityType} = 'directive' and exists (
    select 1 from directives d where d.is_confidential
    and d.id::text = any(string_to_array(${auditEntries.entityId}, ','))))
  or (${auditEntries.entityType} = 'task' and exists (
    select 1 from tasks t join directives d on d.id = t.directive_id
    where d.is_confidential and t.id::text = any(string_to_array(${auditEntries.entityId}, ',')))))`;

/** The columns an actor reads: before/after withheld (null, `redacted`) on confidential records unless cleared. */
function columnsFor(actor: Actor) {
  if (can(actor, 'directive.readConfidential')) return { ...columns, redacted: sql<boolean>`false` };
  return {
    ...columns,
    before: sql<unknown>`case when ${aboutConfidential} then null else ${auditEntries.before} end`,
    after: sql<unknown>`case when ${aboutConfidential} then null else ${auditEntries.after} end`,
    redacted: sql<boolean>`${aboutConfidential}`,
  };
}

const columns = {
  id: auditEntries.id,
  createdAt: auditEntries.createdAt,
  actorUserId: auditEntries.actorUserId,
  actorRole: auditEntries.actorRole,
  actorName: users.name,
  actorEmail: users.email,
  action: auditEntries.action,
  entityType: auditEntries.entityType,
  entityId: auditEntries.entityId,
  before: auditEntries.before,
  after: auditEntries.after,
  ip: auditEntries.ip,
};

export type AuditTrailRow = {
  id: number;
  createdAt: Date;
  actorUserId: number | null;
  actorRole: string | null;
  /** Null when the row names no user (the system) or the user no longer exists (audit rows have no FK). */
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  /** The entry is about a confidential record the reader is not cleared for: before/after are withheld. */
  redacted: boolean;
};

/**
 * One page of the audit trail, newest first, with the acting user's name and email. Keyset paging: `before` is
 * the last id of the page before. `next` is the id to pass for the page after, or null on the last page.
 */
export async function listAuditTrail(
  input: { actor: Actor; filter: AuditFilter; before?: number | null; limit?: number },
  db?: DbOrTx,
): Promise<{ rows: AuditTrailRow[]; next: number | null }> {
  assertCan(input.actor, 'audit.read');
  const d = await resolveDb(db);
  const limit = Math.min(Math.max(input.limit ?? AUDIT_PAGE_SIZE, 1), 1000);
  const rows = await d
    .select(columnsFor(input.actor))
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(and(conditions(input.filter), input.before ? lt(auditEntries.id, input.before) : undefined))
    .orderBy(desc(auditEntries.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? page[page.length - 1]!.id : null };
}

/**
 * The rows of a filtered trail, newest first, in batches (for the export): stops after `max` rows.
 * Reads from the replica when there is one, as reports do.
 */
export async function* auditTrailBatches(
  input: { actor: Actor; filter: AuditFilter; max: number; batch?: number },
  db?: DbOrTx,
): AsyncGenerator<AuditTrailRow[]> {
  assertCan(input.actor, 'audit.read');
  const d = await resolveReadDb(db);
  const size = input.batch ?? 2000;
  let before: number | null = null;
  let left = input.max;
  while (left > 0) {
    const rows: AuditTrailRow[] = await d
      .select(columnsFor(input.actor))
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorUserId))
      .where(and(conditions(input.filter), before ? lt(auditEntries.id, before) : undefined))
      .orderBy(desc(auditEntries.id))
      .limit(Math.min(size, left));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < Math.min(size, left)) return;
    left -= rows.length;
    before = rows[rows.length - 1]!.id;
  }
}

/** Whether more rows than `max` match the filter (the export says it stopped). */
export async function auditTrailExceeds(
  input: { actor: Actor; filter: AuditFilter; max: number },
  db?: DbOrTx,
): Promise<boolean> {
  assertCan(input.actor, 'audit.read');
  const d = await resolveReadDb(db);
  const rows = await d
    .select({ id: auditEntries.id })
    .from(auditEntries)
    .where(conditions(input.filter))
    .orderBy(desc(auditEntries.id))
    .limit(1)
    .offset(input.max);
  return rows.length > 0;
}

/** What the filter form offers: the actions and record types that occur, and the people who acted. */
export async function auditFilterOptions(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'audit.read');
  const d = await resolveDb(db);
  const [actions, types, people] = await Promise.all([
    d.selectDistinct({ v: auditEntries.action }).from(auditEntries).orderBy(asc(auditEntries.action)),
    d.selectDistinct({ v: auditEntries.entityType }).from(auditEntries).orderBy(asc(auditEntries.entityType)),
    d
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .orderBy(sql`lower(${users.name})`, asc(users.id)),
  ]);
  return { actions: actions.map((a) => a.v), types: types.map((t) => t.v), people };
}
