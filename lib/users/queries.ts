import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';

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
