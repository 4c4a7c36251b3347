import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  emailOutbox,
  notificationPreferences,
  notifications,
  userCommittees,
  users,
  type NotificationParams,
} from '@/db/schema';
import { servesCommittee } from '@/lib/committees/scope';
import { appUrl, type NotificationKind } from './kinds';
import { renderEmail, type EmailContent } from './templates';

export type NotificationDraft = {
  kind: NotificationKind;
  userIds: number[];
  title: string;
  body?: string | null;
  /** A path in the app, e.g. `/tasks/12`. */
  link?: string | null;
  /** Unique per event: with the user id it makes the notice (and its email) happen once, however often it is sent. */
  dedupeKey: string;
  /** Lines for the email under the title (the body is used when absent). */
  emailLines?: string[];
  /**
   * The committee of what the notice is about (a task's or a session's), or null for none: a user limited to other
   * committees is not told (decision 028; attacker pass 25: extension requests reached every secretariat user).
   */
  committeeId: number | null;
  /** The title (and body) as message keys of `notifications.texts` with their values, so the list shows them in
   * the reader's language (lib/notifications/render.ts); `title` and `body` are the Vietnamese, for emails. */
  text?: NotificationParams;
};

/**
 * Records notices for users, once each (the dedupe key), and queues an email for each user who has
 * not turned email off for that kind. Runs in the caller's transaction, so a notice exists only if the
 * change it reports committed. Returns the users newly notified.
 */
export async function notify(tx: DbOrTx, draft: NotificationDraft, limits?: Map<number, number[]>): Promise<number[]> {
  const candidates = [...new Set(draft.userIds)];
  const known = limits ?? (await committeeLimits(tx, draft.committeeId === null ? [] : candidates));
  const userIds = candidates.filter((u) => servesCommittee({ committeeIds: known.get(u) ?? null }, draft.committeeId));
  if (userIds.length === 0) return [];
  const inserted = await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        userId,
        kind: draft.kind,
        title: draft.title,
        body: draft.body ?? null,
        link: draft.link ?? null,
        params: draft.text ?? null,
        dedupeKey: `${draft.dedupeKey}:u${userId}`,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ userId: notifications.userId, dedupeKey: notifications.dedupeKey });
  if (inserted.length === 0) return [];
  const recipients = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        inArray(
          users.id,
          inserted.map((r) => r.userId),
        ),
        eq(users.isActive, true),
        sql`not exists (select 1 from ${notificationPreferences} p where p.user_id = ${users.id} and p.kind = ${draft.kind} and not p.email)`,
      ),
    );
  if (recipients.length) {
    const content: EmailContent = {
      title: draft.title,
      lines: draft.emailLines ?? (draft.body ? [draft.body] : []),
      link: draft.link ? `${appUrl()}${draft.link}` : null,
    };
    const key = new Map(inserted.map((r) => [r.userId, r.dedupeKey]));
    await tx
      .insert(emailOutbox)
      .values(
        recipients.map((u) => {
          const mail = renderEmail(content, u.name);
          return { userId: u.id, toAddress: u.email, ...mail, dedupeKey: key.get(u.id)! };
        }),
      )
      .onConflictDoNothing({ target: emailOutbox.dedupeKey });
  }
  return inserted.map((r) => r.userId);
}

/**
 * Many notices at once (the daily sweep, the digests): the keys already sent are read in one query per
 * thousand, so a second run of the day costs a few queries instead of one round of inserts per notice.
 * Returns, per draft, the users newly notified.
 */
export async function notifyAll(tx: DbOrTx, drafts: NotificationDraft[]): Promise<number[][]> {
  const keys = drafts.flatMap((d) => d.userIds.map((u) => `${d.dedupeKey}:u${u}`));
  const existing = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await tx
      .select({ key: notifications.dedupeKey })
      .from(notifications)
      .where(inArray(notifications.dedupeKey, keys.slice(i, i + 1000)));
    for (const r of rows) existing.add(r.key);
  }
  const limits = await committeeLimits(tx, [...new Set(drafts.flatMap((d) => d.userIds))]);
  const out: number[][] = [];
  for (const d of drafts) {
    const missing = d.userIds.filter((u) => !existing.has(`${d.dedupeKey}:u${u}`));
    out.push(missing.length ? await notify(tx, { ...d, userIds: missing }, limits) : []);
  }
  return out;
}

/** The committees each of these users is limited to (`user_committees`); a user not in the map serves every one. */
async function committeeLimits(tx: DbOrTx, userIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < userIds.length; i += 1000) {
    const rows = await tx
      .select({ userId: userCommittees.userId, committeeId: userCommittees.committeeId })
      .from(userCommittees)
      .where(inArray(userCommittees.userId, userIds.slice(i, i + 1000)));
    for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.committeeId]);
  }
  return out;
}
