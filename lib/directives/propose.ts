import 'server-only';
import type { DbOrTx } from '@/db/client';
import { committeeProvince, PROVINCIAL_GROUPS, provinceNamed } from '@/lib/agencies/policy';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { resolveDb } from '@/lib/db';
import { vnDate } from '@/lib/time';
import { noticeIssuerProvince, parseConclusionText, type ProposedDirective } from './conclusion-parser';
import { groupOfNoProvince } from './propose-vocabulary';

/**
 * The proposals for a notice dropped on a session: the parser is told the session's date (deadlines are read against
 * it) and who holds the session, its committee, as the notice's sender. A provincial committee's notice often names
 * no province at all ("Sở Nội vụ chủ trì …"): the committee's name ("Ban Chỉ đạo … tỉnh Tuyên Quang") is then where
 * its bare departments are. The text's own header still wins.
 *
 * A province's group ("các sở, ban, ngành") is proposed only when it is known whose: the committee's province, else
 * the one the notice's header names; otherwise the card says so and the person chooses the leads (decision 076).
 */
export async function proposeForSession(
  text: string,
  session: { startsAt: Date; committeeName: string; committeeId?: number | null } | null,
  db?: DbOrTx,
): Promise<ProposedDirective[]> {
  const d = await resolveDb(db);
  const proposals = parseConclusionText(text, await listAgencyRegistry(d), {
    onDate: vnDate(),
    noticeDate: session ? vnDate(session.startsAt) : null,
    issuer: session?.committeeName ?? null,
  });
  if (!proposals.some((p) => p.groups.some((g) => PROVINCIAL_GROUPS.has(g)))) return proposals;
  const known =
    (await committeeProvince(d, session?.committeeId ?? null)) !== null ||
    (await provinceNamed(d, noticeIssuerProvince(text))) !== null;
  if (known) return proposals;
  return proposals.map((p) => {
    const dropped = p.groups.filter((g) => PROVINCIAL_GROUPS.has(g));
    if (dropped.length === 0) return p;
    return {
      ...p,
      groups: p.groups.filter((g) => !PROVINCIAL_GROUPS.has(g)),
      notes: [...p.notes, ...dropped.map(groupOfNoProvince)],
    };
  });
}
