import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { Role } from '@/db/schema';
import { agencies, committees, userCommittees, users } from '@/db/schema';
import { NO_PASSWORD } from '@/lib/auth/password';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';
import { containsWordsFolded } from '@/lib/search';

/**
 * All users with their agency, for the administrator; `q` finds users by any words of their name, email, position
 * or agency, ignoring accents and case; `role` keeps one role.
 */
export async function listUsers(input: { actor: Actor; q?: string; role?: Role | null }, db?: DbOrTx) {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  const q = (input.q ?? '').trim().slice(0, 200);
  const haystack = sql`concat_ws(' ', ${users.name}, ${users.email}, ${users.position}, ${agencies.name}, ${agencies.shortName})`;
  return d
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      position: users.position,
      phone: users.phone,
      role: users.role,
      agencyDuty: users.agencyDuty,
      isActive: users.isActive,
      /** False for an invited user who has not set a password yet (lib/users/links.ts). */
      passwordSet: sql<boolean>`${users.passwordHash} <> ${NO_PASSWORD}`,
      agencyName: agencies.name,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(q ? containsWordsFolded(haystack, q) : undefined, input.role ? eq(users.role, input.role) : undefined))
    .orderBy(asc(users.email));
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/** One user as the administrator's edit form shows them, with the committees they serve (none: every one). */
export async function getUserForEdit(input: { actor: Actor; userId: number }, db?: DbOrTx) {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  const [user] = await d
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      position: users.position,
      phone: users.phone,
      role: users.role,
      agencyId: users.agencyId,
      agencyDuty: users.agencyDuty,
      version: users.version,
      isActive: users.isActive,
      passwordSet: sql<boolean>`${users.passwordHash} <> ${NO_PASSWORD}`,
      twoFactorOn: sql<boolean>`${users.totpEnabledAt} is not null`,
      ssoIssuer: users.oidcIssuer,
      agencyName: agencies.name,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, input.userId));
  if (!user) return null;
  const served = await d
    .select({ id: userCommittees.committeeId })
    .from(userCommittees)
    .where(eq(userCommittees.userId, input.userId));
  return { ...user, committeeIds: served.map((r) => r.id).sort((a, b) => a - b) };
}

export type UserForEdit = NonNullable<Awaited<ReturnType<typeof getUserForEdit>>>;

/** The signed-in person's own name, position and phone, for their account page. */
export async function getOwnProfile(input: { actor: Actor }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [row] = await d
    .select({ name: users.name, position: users.position, phone: users.phone })
    .from(users)
    .where(eq(users.id, input.actor.userId));
  return row ?? { name: input.actor.name, position: null, phone: null };
}

/**
 * The committees a user may be limited to: those still running, and any the user already serves (an ended one
 * stays shown so that it can be unticked).
 */
export async function listCommitteeChoices(input: { actor: Actor; today: string; keep?: number[] }, db?: DbOrTx) {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  const keep = input.keep ?? [];
  return d
    .select({ id: committees.id, name: committees.name, validTo: committees.validTo })
    .from(committees)
    .where(
      or(
        sql`${committees.validTo} is null or ${committees.validTo} >= ${input.today}`,
        keep.length ? inArray(committees.id, keep) : undefined,
      ),
    )
    .orderBy(asc(committees.name));
}
