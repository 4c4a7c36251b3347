import 'server-only';
import { and, inArray, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies } from '@/db/schema';

/**
 * An agency and, transitively, every agency whose successor it is: the bodies whose work it
 * inherited (UBND tỉnh Tuyên Quang → UBND tỉnh Hà Giang after 1/7/2025).
 */
export async function agencyWithPredecessors(db: DbOrTx, agencyId: number): Promise<number[]> {
  const scope = new Set([agencyId]);
  let frontier = [agencyId];
  while (frontier.length > 0) {
    const rows = await db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.successorId, frontier));
    frontier = rows.map((r) => r.id).filter((id) => !scope.has(id));
    frontier.forEach((id) => scope.add(id));
  }
  return [...scope];
}

/**
 * The predecessors in an agency's scope that have ended (`valid_to` before `today`): the agencies whose work
 * this one carries now and may correct as if it led it (decision 022).
 */
export async function endedPredecessors(
  db: DbOrTx,
  agencyId: number,
  scope: readonly number[],
  today: string,
): Promise<number[]> {
  const others = scope.filter((id) => id !== agencyId);
  if (others.length === 0) return [];
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(inArray(agencies.id, others), ne(agencies.id, agencyId), lt(agencies.validTo, today)));
  return rows.map((r) => r.id);
}
