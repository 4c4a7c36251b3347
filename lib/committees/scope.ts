import { inArray, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import type { Actor } from '@/lib/policy';

/**
 * The committees a user serves (`user_committees`, decision 028): the one rule that keeps a user limited to some
 * committees to their sessions, directives, tasks and report figures. `servesCommittee` says it of a record in
 * hand, `committeeFilter` in SQL for lists and counts; every read and write of those records goes through one
 * of them (lib/policy's `canReadSession` and `canReadTask`, the list clauses, the write paths). A user limited
 * to none (`committeeIds` null) serves every committee. A record of no committee (a directive brought in from a
 * document rather than a session, and its tasks) belongs to no committee's limit and stays in scope.
 */
export function servesCommittee(
  actor: Pick<Actor, 'committeeIds'> | null,
  committeeId: number | null | undefined,
): boolean {
  if (!actor) return false;
  const ids = actor.committeeIds;
  if (ids === null || ids === undefined) return true;
  return committeeId === null || committeeId === undefined || ids.includes(committeeId);
}

/** Whether the actor is limited to some committees (the report tallies cannot say so and are skipped). */
export function isCommitteeLimited(actor: Pick<Actor, 'committeeIds'>): boolean {
  return actor.committeeIds !== null && actor.committeeIds !== undefined;
}

/**
 * The SQL twin of `servesCommittee` over a committee id column (`sessions.committee_id`, `tasks.committee_id`,
 * `committees.id`): undefined (no condition) when the actor is not limited.
 */
export function committeeFilter(actor: Pick<Actor, 'committeeIds'>, column: Column | SQL): SQL | undefined {
  if (!isCommitteeLimited(actor)) return undefined;
  const ids = [...actor.committeeIds!];
  const col = sql`${column}`;
  return or(isNull(col), ids.length ? inArray(col, ids) : sql`false`);
}

/**
 * For a write: a record of a committee the actor does not serve is refused as if it did not exist (`what`: the
 * not-found message of that record).
 */
export function requireServedCommittee(
  actor: Pick<Actor, 'committeeIds'>,
  committeeId: number | null | undefined,
  what: string = msg('errors.notFoundRecord'),
): void {
  if (!servesCommittee(actor, committeeId)) throw notFound(what);
}
