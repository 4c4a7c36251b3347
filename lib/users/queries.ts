import 'server-only';
import { asc, eq, isNull, or, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';

/** All users with their agency, for the administrator. */
export async function listUsers(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  return d
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      isActive: users.isActive,
      agencyName: agencies.name,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.email));
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

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
