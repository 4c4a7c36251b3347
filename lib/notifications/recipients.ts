import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';

/** Active users of these agencies (their heads and focal points), by agency. */
export async function agencyUsers(db: DbOrTx, agencyIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (agencyIds.length === 0) return out;
  const rows = await db
    .select({ id: users.id, agencyId: users.agencyId })
    .from(users)
    .where(and(eq(users.isActive, true), eq(users.role, 'agency'), inArray(users.agencyId, [...new Set(agencyIds)])));
  for (const r of rows) out.set(r.agencyId!, [...(out.get(r.agencyId!) ?? []), r.id]);
  return out;
}

/** Active users with one of these roles. */
export async function roleUsers(db: DbOrTx, roles: readonly ('secretariat' | 'leader' | 'admin')[]): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isActive, true), or(...roles.map((r) => eq(users.role, r)))));
  return rows.map((r) => r.id);
}
