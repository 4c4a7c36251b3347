import 'server-only';
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { notificationPreferences, notifications } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import { msg } from '@/lib/i18n/message';

/** Marks one of the actor's own notices read and returns where it points (a notice of someone else is not found). */
export async function openNotification(input: { actor: Actor; id: number }, db?: DbOrTx): Promise<string> {
  const d = await resolveDb(db);
  const [row] = await d
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, input.id), eq(notifications.userId, input.actor.userId)))
    .returning({ link: notifications.link });
  if (!row) throw notFound(msg('errors.notifications.notFound'));
  return row.link ?? '/notifications';
}

export async function markAllRead(input: { actor: Actor }, db?: DbOrTx): Promise<number> {
  const d = await resolveDb(db);
  const rows = await d
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, input.actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Sets which kinds the actor receives by email: the ones listed; every other kind off. Each kind's row is written in
 * place (insert or update), never deleted and inserted again: two saves at once (a double click, a second tab) each
 * deleted the rows, then both inserted, and all but one failed on the key with an error line each (attacker pass 29).
 * The last save wins.
 */
export async function setEmailPreferences(
  input: { actor: Actor; emailKinds: readonly NotificationKind[] },
  db?: DbOrTx,
): Promise<void> {
  const d = await resolveDb(db);
  const on = new Set(input.emailKinds);
  await d.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values(NOTIFICATION_KINDS.map((kind) => ({ userId: input.actor.userId, kind, email: on.has(kind) })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { email: sql`excluded.email` },
      });
    // A kind no longer known (from an older version) is off, as every kind not listed.
    await tx
      .delete(notificationPreferences)
      .where(
        and(
          eq(notificationPreferences.userId, input.actor.userId),
          notInArray(notificationPreferences.kind, [...NOTIFICATION_KINDS]),
        ),
      );
  });
}
