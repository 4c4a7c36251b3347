import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { committees } from '@/db/schema';
import { invalid, notFound } from '@/lib/errors';
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

/** The committee's days, read under the caller's transaction; an unknown committee is not found. */
export async function committeeDays(tx: DbOrTx, committeeId: number): Promise<CommitteeDays> {
  const [row] = await tx
    .select({ validFrom: committees.validFrom, validTo: committees.validTo })
    .from(committees)
    .where(eq(committees.id, committeeId));
  if (!row) throw notFound(msg('errors.committees.notFound'));
  return row;
}
