import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { agencyWithPredecessors } from '@/lib/agencies/scope';
import type { Actor } from '@/lib/policy';
import { secondFactorRequired } from './totp';

/**
 * The actor for a signed-in user id, or null when the user no longer exists, is disabled, or the
 * token was issued before the user's sessions were ended (`sessionVersion`). Checked on every request.
 */
export async function loadActor(db: DbOrTx, userId: number, sessionVersion: number): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, agencyName: agencies.name })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId));
  const user = row?.user;
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const mustEnrolSecondFactor = secondFactorRequired(user.role) && !user.totpEnabledAt;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    agencyId: user.agencyId,
    agencyName: row.agencyName,
    agencyScope: user.agencyId && !mustEnrolSecondFactor ? await agencyWithPredecessors(db, user.agencyId) : [],
    mustEnrolSecondFactor,
  };
}
