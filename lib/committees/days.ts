import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { committeeMembers, committees, people, sessions } from '@/db/schema';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { formatDate, type IsoDate } from '@/lib/time';

/**
 * What is dated under a committee falls within the committee's own days (attacker pass 40, decision 085): a
 * membership begins and ends within them, a session is held within them. The member form stays on an ended
 * committee's page, the session form lists ended committees, and the import's committee is whatever id the browser
 * posts, so members and sessions were made of a committee after it ended, or before it began. A bound the committee
 * does not give limits nothing ("…" in the message).
 */
export type CommitteeDays = { validFrom: string | null; validTo: string | null };

/** Whether the day falls outside the committee's days. */
export function outsideCommitteeDays(committee: CommitteeDays, day: IsoDate | null): boolean {
  if (day === null) return false;
  return (
    (committee.validFrom !== null && day < committee.validFrom) ||
    (committee.validTo !== null && day > committee.validTo)
  );
}

/**
 * Refuses the first of the days (by field) that falls outside the committee's, the message under that field;
 * `what` says what must fall within them.
 */
export function refuseOutsideCommittee(
  committee: CommitteeDays,
  days: Record<string, IsoDate | null>,
  what: 'member' | 'session',
): void {
  const field = Object.keys(days).find((f) => outsideCommitteeDays(committee, days[f]!));
  if (field === undefined) return;
  const message = msg(
    what === 'member' ? 'errors.committees.outsideCommitteeDays' : 'errors.committees.sessionOutsideCommitteeDays',
    {
      from: committee.validFrom ? formatDate(committee.validFrom) : '…',
      to: committee.validTo ? formatDate(committee.validTo) : '…',
    },
  );
  throw invalid(message, { [field]: message });
}

/**
 * The committee's days, read under the caller's transaction with a share lock, so an edit of the committee's days
 * (which locks its row for update) waits for what is being dated under them, and sees it. A write that will go on to
 * add a member (which locks the row for update) takes the update lock here at once (`lock`): two holding the share and
 * each then asking for the update lock were a deadlock (attacker pass 42). An id of no committee
 * limits nothing here: the write's foreign key refuses it, under the field it came in (`missingReference`,
 * lib/db-errors.ts), as before this rule.
 */
export async function committeeDays(
  tx: DbOrTx,
  committeeId: number,
  lock: 'share' | 'update' = 'share',
): Promise<CommitteeDays> {
  const [row] = await tx
    .select({ validFrom: committees.validFrom, validTo: committees.validTo })
    .from(committees)
    .where(eq(committees.id, committeeId))
    .for(lock);
  return row ?? { validFrom: null, validTo: null };
}

/**
 * The committee's days edited the other way: a session held, or a membership begun, outside the new days is named and
 * the edit refused under the date that leaves it out (the committee's row is locked by the caller).
 */
export async function refuseDaysThatLeaveOut(tx: DbOrTx, committeeId: number, days: CommitteeDays): Promise<void> {
  const heldOn = sql<string>`to_char(${sessions.startsAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
  const held = await tx
    .select({ number: sessions.number, on: heldOn })
    .from(sessions)
    .where(eq(sessions.committeeId, committeeId))
    .orderBy(asc(sessions.startsAt));
  const session = held.find((s) => outsideCommitteeDays(days, s.on));
  const members = await tx
    .select({ on: committeeMembers.validFrom, name: sql<string>`coalesce(${people.fullName}, '')` })
    .from(committeeMembers)
    .leftJoin(people, eq(people.id, committeeMembers.personId))
    .where(and(eq(committeeMembers.committeeId, committeeId)))
    .orderBy(asc(committeeMembers.validFrom));
  const member = members.find((m) => outsideCommitteeDays(days, m.on));
  const day = session?.on ?? member?.on;
  if (day === undefined) return;
  const message = session
    ? msg('errors.committees.daysLeaveOutSession', { number: session.number, date: formatDate(session.on) })
    : msg('errors.committees.daysLeaveOutMember', { date: formatDate(member!.on) });
  throw invalid(message, { [days.validFrom !== null && day < days.validFrom ? 'validFrom' : 'validTo']: message });
}
