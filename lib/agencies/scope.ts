import { inArray } from 'drizzle-orm';
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
