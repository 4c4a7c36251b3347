import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committeeMembers, committees } from '@/db/schema';
import { queryRows, resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { foldVi } from '@/lib/text';
import { vnDate, type IsoDate } from '@/lib/time';
import { AGENCY_GROUPS, type AgencyGroup } from './schemas';

/**
 * The agency rules: which bodies exist on a day (only they are given new work), where the work of an ended
 * body goes (its final successor), and which bodies a group addresses. The read-only rule for users of an
 * ended agency is a permission gate and lives with the role table (`isReadOnly` in lib/policy.ts).
 */

type Validity = { validFrom: string | null; validTo: string | null };

/** Whether an agency exists on `day`: started on or before it, and not ended before it (bounds included). */
export function existsOn(agency: Validity, day: IsoDate): boolean {
  return (!agency.validFrom || agency.validFrom <= day) && (!agency.validTo || agency.validTo >= day);
}

/** The SQL twin of `existsOn`, for a `where` over `agencies`. */
export function existsOnSql(day: IsoDate) {
  return and(
    or(isNull(agencies.validFrom), lte(agencies.validFrom, day)),
    or(isNull(agencies.validTo), gte(agencies.validTo, day)),
  );
}

/** Agencies that exist on `day` (only they can be given new work). */
export async function activeAgencyIds(db: DbOrTx, ids: number[], day: IsoDate): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(inArray(agencies.id, ids), existsOnSql(day)));
  return new Set(rows.map((r) => r.id));
}

/** Follows successor links to the body that exists now (Hà Giang → Tuyên Quang). */
export async function finalSuccessor(db: DbOrTx, agencyId: number): Promise<number> {
  return (await finalSuccessors(db, [agencyId])).get(agencyId) ?? agencyId;
}

/** Ids as the list of an SQL `in (…)`, each once. */
const idList = (ids: readonly number[]) =>
  sql.join(
    [...new Set(ids)].map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * The final successor of each agency (itself when it has none), for all of them in one statement: the successor
 * links are followed in the database (at most 20 hops, so a cycle typed by hand ends), not one query per hop.
 */
export async function finalSuccessors(db: DbOrTx, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ start: number; id: number }>(
    db,
    sql`
    with recursive chain as (
      select a.id as start, a.id, a.successor_id, 0 as hops from ${agencies} a
      where a.id in (${idList(ids)})
      union all
      select chain.start, a.id, a.successor_id, chain.hops + 1
      from chain join ${agencies} a on a.id = chain.successor_id where chain.hops < 20
    )
    select distinct on (start) start, id from chain order by start, hops desc`,
  );
  for (const r of rows) out.set(Number(r.start), Number(r.id));
  return out;
}

/** A province a committee belongs to, as its documents name it. */
export type CommitteeProvince = { id: number; name: string; shortName: string | null };

/**
 * The province a provincial committee belongs to: the province above its standing agency ("Sở Nội vụ tỉnh Tuyên
 * Quang" → "UBND tỉnh Tuyên Quang"), else the province the committee's name ends with ("… tỉnh Tuyên Quang"). Null
 * for a central committee, or when neither says.
 */
export async function committeeProvince(d: DbOrTx, committeeId: number | null): Promise<CommitteeProvince | null> {
  if (committeeId === null) return null;
  const [row] = await queryRows<{ id: number; name: string; short_name: string | null }>(
    d,
    sql`
    with recursive committee as (
      select ${committees.standingAgencyId} as standing, ${committees.name} as name from ${committees}
      where ${committees.id} = ${committeeId} and ${committees.level} = 'provincial'
    ), up as (
      select a.id, a.parent_id, a.kind, a.name, a.short_name, 0 as depth
      from ${agencies} a join committee c on a.id = c.standing
      union all
      select a.id, a.parent_id, a.kind, a.name, a.short_name, up.depth + 1
      from ${agencies} a join up on a.id = up.parent_id where up.depth < 6
    )
    (select id, name, short_name, 0 as rank from up where kind = 'province')
    union all
    (select a.id, a.name, a.short_name, 1 from ${agencies} a, committee c
      where a.kind = 'province' and a.valid_to is null and a.short_name is not null
        and lower(c.name) like '%' || lower(a.short_name))
    order by rank limit 1`,
  );
  return row ? { id: Number(row.id), name: row.name, shortName: row.short_name } : null;
}

/** "… tỉnh Lào Cai", "…, thành phố Đà Nẵng": the province a body's name ends with (folded). */
const NAMED_PLACE = /(?:^|[\s,])(?:tinh|thanh pho|tp\.?)\s+([^,;()]+?)\s*$/u;
const PROVINCE_NAME = /^(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\s+/u;

/** The province a notice's header names ("Lào Cai", "thành phố Đà Nẵng"), accents and case aside; null when none is. */
export async function provinceNamed(db: DbOrTx, place: string | null | undefined): Promise<number | null> {
  const key = foldVi(place ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:tinh|thanh pho|tp\.?)\s+/u, '');
  if (!key) return null;
  const provinces = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.kind, 'province'))
    .orderBy(agencies.id);
  return provinces.find((p) => foldVi(p.name).replace(PROVINCE_NAME, '') === key)?.id ?? null;
}

/**
 * The province (as it is now: Hà Giang → Tuyên Quang) each agency belongs to: the first province up its parent chain,
 * else the province its name ends with ("Sở Tài chính tỉnh Nghệ An" added from a people list has no parent); null when
 * neither says ("Sở Nội vụ" added from the province's own notice: the registry's own body, decision 076).
 */
export async function provincesOf(db: DbOrTx, ids: readonly number[]): Promise<Map<number, number | null>> {
  const out = new Map<number, number | null>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ start: number; name: string; province: number | null }>(
    db,
    sql`
    with recursive up as (
      select a.id as start, a.name as start_name, a.id, a.parent_id, a.kind, 0 as depth from ${agencies} a
      where a.id in (${idList(ids)})
      union all
      select up.start, up.start_name, a.id, a.parent_id, a.kind, up.depth + 1
      from up join ${agencies} a on a.id = up.parent_id where up.kind <> 'province' and up.depth < 8
    )
    select start, min(start_name) as name, min(case when kind = 'province' then id end) as province
    from up group by start`,
  );
  const unplaced = rows.filter((r) => r.province === null && NAMED_PLACE.test(foldVi(r.name)));
  const provinces = unplaced.length
    ? await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.kind, 'province'))
    : [];
  const byPlace = new Map(provinces.map((p) => [foldVi(p.name).replace(PROVINCE_NAME, ''), p.id]));
  const found = rows.map((r) => ({
    id: Number(r.start),
    province:
      r.province !== null
        ? Number(r.province)
        : (byPlace.get(NAMED_PLACE.exec(foldVi(r.name))?.[1]?.replace(/\s+/gu, ' ') ?? '') ?? null),
  }));
  const now = await finalSuccessors(
    db,
    found.flatMap((f) => (f.province === null ? [] : [f.province])),
  );
  for (const f of found) out.set(f.id, f.province === null ? null : (now.get(f.province) ?? f.province));
  return out;
}

const GROUP_KINDS = {
  ministries: ['ministry', 'ministry_level'],
  provinces: ['province'],
  ministries_and_provinces: ['ministry', 'ministry_level', 'province'],
  // One province's: the committee's, else the notice's issuer (decision 076).
  departments: ['provincial_department'],
  localities: ['commune'],
} as const;

/** The groups that are one province's bodies: they need to know which province (decision 076). */
export const PROVINCIAL_GROUPS: ReadonlySet<AgencyGroup> = new Set(['departments', 'localities']);

/**
 * The agencies of a group as of a day: the committee's member agencies, the ministries and ministry-level agencies,
 * the provinces, the ministries and the provinces together, or one province's departments or communes. As of the
 * session's date, bodies that have ended since are replaced by their successors (new work goes to bodies that exist),
 * each counted once.
 *
 * A province's groups ("các sở, ban, ngành", "UBND các xã, phường") are the province's whose committee it is, else
 * the province that issued the notice (`province`, an agency id, when the notice's header names one), compared as
 * the provinces are now (Hà Giang's departments are Tuyên Quang's); a body whose province is another is never in
 * them, one whose province nothing says is (the registry's own). With no province known they are refused: never
 * every department in the country (decision 076).
 */
export async function resolveGroup(
  db: DbOrTx,
  input: { group: AgencyGroup; day: IsoDate; committeeId: number | null; province?: number | null },
): Promise<number[]> {
  let ids: number[];
  if (input.group === 'committee_members') {
    const rows = await db
      .select({ id: committeeMembers.agencyId })
      .from(committeeMembers)
      .where(
        and(
          eq(committeeMembers.committeeId, input.committeeId ?? -1),
          isNotNull(committeeMembers.agencyId),
          lte(committeeMembers.validFrom, input.day),
          or(isNull(committeeMembers.validTo), gte(committeeMembers.validTo, input.day)),
        ),
      );
    ids = [...new Set(rows.map((r) => r.id!))];
  } else {
    const kinds = GROUP_KINDS[input.group];
    const rows = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(inArray(agencies.kind, [...kinds]), existsOnSql(input.day)));
    ids = rows.map((r) => r.id);
    if (PROVINCIAL_GROUPS.has(input.group)) ids = await ofProvince(db, ids, await groupProvince(db, input));
  }
  const today = vnDate();
  const active = await activeAgencyIds(db, ids, today);
  const successors = await finalSuccessors(
    db,
    ids.filter((id) => !active.has(id)),
  );
  const out = new Set(ids.map((id) => (active.has(id) ? id : (successors.get(id) ?? id))));
  return [...(await activeAgencyIds(db, [...out], today))];
}

/**
 * The groups a committee's directive may be assigned to as a whole: a province's two only when the committee's
 * province is known (else saving one is refused, decision 076, so the form does not offer it).
 */
export async function offeredGroups(committeeId: number | null, db?: DbOrTx): Promise<AgencyGroup[]> {
  const province = await committeeProvince(await resolveDb(db), committeeId);
  return AGENCY_GROUPS.filter((group) => province !== null || !PROVINCIAL_GROUPS.has(group));
}

/**
 * The province a province's group means (as it is now): the committee's, else the notice issuer's; refused when
 * neither is known.
 */
export async function groupProvince(
  db: DbOrTx,
  input: { committeeId: number | null; province?: number | null },
): Promise<number> {
  const own = (await committeeProvince(db, input.committeeId))?.id ?? input.province ?? null;
  if (own === null) throw invalid(msg('errors.agencies.groupProvinceUnknown'));
  return (await finalSuccessors(db, [own])).get(own) ?? own;
}

/** The agencies among `ids` of the province (as it is now), and those whose province nothing says. */
async function ofProvince(db: DbOrTx, ids: number[], province: number): Promise<number[]> {
  const of = await provincesOf(db, ids);
  return ids.filter((id) => {
    const p = of.get(id) ?? null;
    return p === null || p === province;
  });
}
