import 'server-only';
import type { DbOrTx } from '@/db/client';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { vnDate } from '@/lib/time';
import { parseConclusionText, type ProposedDirective } from './conclusion-parser';

/**
 * The proposals for a notice dropped on a session: the parser is told the session's date (deadlines are read against
 * it) and who holds the session, its committee, as the notice's sender. A provincial committee's notice often names
 * no province at all ("Sở Nội vụ chủ trì …"): the committee's name ("Ban Chỉ đạo … tỉnh Tuyên Quang") is then where
 * its bare departments are. The text's own header still wins.
 */
export async function proposeForSession(
  text: string,
  session: { startsAt: Date; committeeName: string } | null,
  db?: DbOrTx,
): Promise<ProposedDirective[]> {
  return parseConclusionText(text, await listAgencyRegistry(db), {
    onDate: vnDate(),
    noticeDate: session ? vnDate(session.startsAt) : null,
    issuer: session?.committeeName ?? null,
  });
}
