import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { endUserSessions } from '@/lib/auth/sessions';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/policy';
import { msg } from '@/lib/i18n/message';

/**
 * The administrator disables (or enables again) an account. Disabling ends every session of the user at
 * once: their next request, with any copy of their cookie, is refused.
 */
export async function setUserActive(
  input: { actor: Actor; userId: number; active: boolean },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'user.manage');
  if (input.userId === input.actor.userId && !input.active) throw invalid(msg('errors.users.cannotDisableSelf'));
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound(msg('errors.users.userNotFound'));
    if (before.isActive === input.active) return;
    await tx
      .update(users)
      .set({
        isActive: input.active,
        sessionVersion: input.active ? before.sessionVersion : sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.userId));
    if (!input.active) await endUserSessions(tx, input.userId);
    await writeAudit(tx, {
      actor: input.actor,
      action: input.active ? 'user.enable' : 'user.disable',
      entityType: 'user',
      entityId: input.userId,
      before: { isActive: before.isActive },
      after: { isActive: input.active },
    });
  });
}
