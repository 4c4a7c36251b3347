import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agencies, committeeMembers, committees, people } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';
import { sortVi } from '@/lib/text';
import { vnDate, type IsoDate } from '@/lib/time';
import { COMMITTEE_POSITIONS, type CommitteePositionValue } from './schemas';
import { committeeFilter, servesCommittee } from './scope';

/** The committees the actor serves, with their standing agency and how many members they have today. */
export async function listCommitteesForAdmin(input: { actor: Actor; today?: IsoDate }, db?: DbOrTx) {
  assertCan(input.actor, 'committee.manage');
  const d = await resolveDb(db);
  const today = input.today ?? vnDate();
  return d
    .select({
      id: committees.id,
      code: committees.code,
      name: committees.name,
      level: committees.level,
      validFrom: committees.validFrom,
      validTo: committees.validTo,
      standingAgencyName: agencies.name,
      memberCount: sql<number>`(select count(*) from ${committeeMembers} m where m.committee_id = ${committees.id}
        and m.valid_from <= ${today}::date and (m.valid_to is null or m.valid_to >= ${today}::date))`.mapWith(Number),
    })
    .from(committees)
    .leftJoin(agencies, eq(agencies.id, committees.standingAgencyId))
    .where(committeeFilter(input.actor, committees.id))
    .orderBy(asc(committees.id));
}

export type CommitteeListItem = Awaited<ReturnType<typeof listCommitteesForAdmin>>[number];

const personAgency = alias(agencies, 'person_agency');

/** A membership row as the committee page shows it. */
export type MemberRow = {
  id: number;
  position: CommitteePositionValue;
  validFrom: string;
  validTo: string | null;
  agencyId: number | null;
  agencyName: string | null;
  personId: number | null;
  personName: string | null;
  personTitle: string | null;
  /** Their place in the list that made them a member (decision 086); null for one added by hand. */
  listOrder: number | null;
};

/** Whether a membership holds on `day` (both bounds included). */
export function memberOn(m: Pick<MemberRow, 'validFrom' | 'validTo'>, day: IsoDate): boolean {
  return m.validFrom <= day && (m.validTo === null || m.validTo >= day);
}

/**
 * One committee with its memberships: those that hold on `on` (today by default) grouped by position in the
 * committee's order (Trưởng ban first), and those that ended before it. Null when there is no such committee
 * or the actor does not serve it.
 */
export async function getCommittee(input: { actor: Actor; committeeId: number; on?: IsoDate }, db?: DbOrTx) {
  assertCan(input.actor, 'committee.manage');
  const d = await resolveDb(db);
  const on = input.on ?? vnDate();
  const [committee] = await d
    .select({ committee: committees, standingAgencyName: agencies.name })
    .from(committees)
    .leftJoin(agencies, eq(agencies.id, committees.standingAgencyId))
    .where(eq(committees.id, input.committeeId));
  if (!committee || !servesCommittee(input.actor, committee.committee.id)) return null;
  const rows: MemberRow[] = await d
    .select({
      id: committeeMembers.id,
      position: committeeMembers.position,
      validFrom: committeeMembers.validFrom,
      // A member agency that ended (merged, dissolved) stopped being a member that day, whatever the row says; so did
      // every member of a committee whose planned last day has passed (decision 102).
      validTo: sql<
        string | null
      >`to_char(least(${committeeMembers.validTo}, ${agencies.validTo}, ${committee.committee.validTo}::date), 'YYYY-MM-DD')`,
      agencyId: committeeMembers.agencyId,
      agencyName: sql<string | null>`coalesce(${agencies.name}, ${personAgency.name})`,
      personId: committeeMembers.personId,
      personName: people.fullName,
      personTitle: people.positionTitle,
      listOrder: committeeMembers.listOrder,
    })
    .from(committeeMembers)
    .leftJoin(agencies, eq(agencies.id, committeeMembers.agencyId))
    .leftJoin(people, eq(people.id, committeeMembers.personId))
    .leftJoin(personAgency, eq(personAgency.id, people.agencyId))
    .where(eq(committeeMembers.committeeId, input.committeeId))
    .orderBy(asc(committeeMembers.validFrom), asc(committeeMembers.id));
  const current = rows.filter((m) => memberOn(m, on));
  return {
    ...committee.committee,
    standingAgencyName: committee.standingAgencyName,
    on,
    current: COMMITTEE_POSITIONS.map((position) => ({
      position,
      // In the order of the list that made them members, as a published decision lists them (decision 086); those
      // added by hand after, by name.
      members: sortVi(
        current.filter((m) => m.position === position),
        (m) => m.personName ?? m.agencyName ?? '',
      ).sort((a, b) => (a.listOrder ?? Infinity) - (b.listOrder ?? Infinity)),
    })).filter((g) => g.members.length > 0),
    past: rows.filter((m) => m.validTo !== null && m.validTo < on),
    upcoming: rows.filter((m) => m.validFrom > on),
  };
}

export type CommitteeDetail = NonNullable<Awaited<ReturnType<typeof getCommittee>>>;

/** How many people the member picker lists (a new person can always be typed in). */
export const PEOPLE_PICKER_LIMIT = 2000;

/**
 * People for the member picker, by name in Vietnamese order, with their title and agency. Past the limit, the ones
 * kept are the committees' members and then the people added last: chosen by name in the database's byte order, the
 * limit dropped everyone after "Z" ("Đỗ", "Ông"), and the secretary typed a minister in again.
 */
export async function listPeopleOptions(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'committee.manage');
  const d = await resolveDb(db);
  const rows = await d
    .select({
      id: people.id,
      fullName: people.fullName,
      positionTitle: people.positionTitle,
      agencyName: agencies.name,
    })
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .orderBy(
      desc(sql`exists (select 1 from ${committeeMembers} where ${committeeMembers.personId} = ${people.id})`),
      desc(people.id),
    )
    .limit(PEOPLE_PICKER_LIMIT);
  return sortVi(rows, (r) => r.fullName);
}
