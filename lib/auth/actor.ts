import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, userCommittees, users } from '@/db/schema';
import { agencyWithPredecessors, endedPredecessors } from '@/lib/agencies/scope';
import type { Actor } from '@/lib/policy';
import { vnDate, type IsoDate } from '@/lib/time';
import { secondFactorRequired } from './totp';

/** The committees a user is limited to (`user_committees`), or null when they serve every committee. */
export async function committeesServed(db: DbOrTx, userId: number): Promise<number[] | null> {
  const rows = await db
    .select({ id: userCommittees.committeeId })
    .from(userCommittees)
    .where(eq(userCommittees.userId, userId));
  return rows.length ? rows.map((r) => r.id).sort((a, b) => a - b) : null;
}

/**
 * The actor for a signed-in user id, or null when the user no longer exists, is disabled, or the
 * token was issued before the user's sessions were ended (`sessionVersion`). Checked on every request.
 * A user whose agency is past its end date is read-only (`agencyEndedOn`, decision 022); a user whose agency
 * succeeded ended agencies may correct their work (`inheritedAgencyIds`). `today`: the day it is loaded for (the
 * demo seed acts on past days, before some agencies ended).
 */
export async function loadActor(
  db: DbOrTx,
  userId: number,
  sessionVersion: number,
  today: IsoDate = vnDate(),
): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, agencyName: agencies.name, agencyValidTo: agencies.validTo })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId));
  const user = row?.user;
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const mustEnrolSecondFactor = secondFactorRequired(user.role) && !user.totpEnabledAt;
  const agencyScope = user.agencyId && !mustEnrolSecondFactor ? await agencyWithPredecessors(db, user.agencyId) : [];
  const agencyEndedOn = row.agencyValidTo && row.agencyValidTo < today ? row.agencyValidTo : null;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    agencyId: user.agencyId,
    agencyDuty: user.agencyDuty,
    committeeIds: await committeesServed(db, user.id),
    agencyName: row.agencyName,
    agencyScope,
    mustEnrolSecondFactor,
    agencyEndedOn,
    inheritedAgencyIds:
      user.agencyId && !agencyEndedOn ? await endedPredecessors(db, user.agencyId, agencyScope, today) : [],
  };
}
