import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies } from '@/db/schema';
import { groupProvince, PROVINCIAL_GROUPS, provinceNamed, resolveGroup } from '@/lib/agencies/policy';
import type { AgencyGroup } from '@/lib/agencies/schemas';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { resolveDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { vnDate } from '@/lib/time';
import { noticeIssuerProvince, parseConclusionText, type ProposedDirective } from './conclusion-parser';
import { groupOfNoProvince, groupOfProvince } from './propose-vocabulary';

/**
 * The proposals for a notice dropped on a session: the parser is told the session's date (deadlines are read against
 * it) and who holds the session, its committee, as the notice's sender. A provincial committee's notice often names
 * no province at all ("Sở Nội vụ chủ trì …"): the committee's name ("Ban Chỉ đạo … tỉnh Tuyên Quang") is then where
 * its bare departments are. The text's own header still wins.
 *
 * A province's group ("các sở, ban, ngành") is proposed only when it is known whose: the committee's province, else
 * the one the notice's header names; the card then says which province's and how many bodies saving it gives, and
 * otherwise says that no province is known, and the person chooses the leads (decision 076).
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
  const provincial = [...new Set(proposals.flatMap((p) => p.groups.filter((g) => PROVINCIAL_GROUPS.has(g))))];
  if (provincial.length === 0) return proposals;
  const committeeId = session?.committeeId ?? null;
  const province = await provinceNamed(d, noticeIssuerProvince(text));
  // What the card says of each group is what saving it gives: the same rule, as of the session's day.
  const day = vnDate(session?.startsAt ?? new Date());
  const said = new Map<AgencyGroup, string>();
  let known = true;
  try {
    const scope = await groupProvince(d, { committeeId, province });
    const [row] = await d.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, scope));
    for (const group of provincial) {
      const members = await resolveGroup(d, { group, day, committeeId, province });
      said.set(group, groupOfProvince(group, members.length, row?.name ?? ''));
    }
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'INVALID')) throw e;
    known = false;
    for (const group of provincial) said.set(group, groupOfNoProvince(group));
  }
  return proposals.map((p) => {
    const ofProvince = p.groups.filter((g) => PROVINCIAL_GROUPS.has(g));
    if (ofProvince.length === 0) return p;
    return {
      ...p,
      groups: known ? p.groups : p.groups.filter((g) => !PROVINCIAL_GROUPS.has(g)),
      notes: [...p.notes, ...ofProvince.map((g) => said.get(g)!)],
    };
  });
}
