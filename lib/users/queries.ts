import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { NO_PASSWORD } from '@/lib/auth/password';
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
      /** False for an invited user who has not set a password yet (lib/users/links.ts). */
      passwordSet: sql<boolean>`${users.passwordHash} <> ${NO_PASSWORD}`,
      agencyName: agencies.name,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.email));
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
