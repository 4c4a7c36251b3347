import { and, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committeeMembers } from '@/db/schema';
import { vnDate, type IsoDate } from '@/lib/time';
import type { AgencyGroup } from './schemas';

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
  let current = agencyId;
  for (let hops = 0; hops < 20; hops++) {
    const [row] = await db.select({ successorId: agencies.successorId }).from(agencies).where(eq(agencies.id, current));
    if (!row?.successorId) return current;
    current = row.successorId;
  }
  return current;
}

const GROUP_KINDS = {
  ministries: ['ministry', 'ministry_level'],
  provinces: ['province'],
  ministries_and_provinces: ['ministry', 'ministry_level', 'province'],
  // A province's registry holds its own departments and communes (decision 033).
  departments: ['provincial_department'],
  localities: ['commune'],
} as const;

/**
 * The agencies of a group as of a day: the committee's member agencies, the ministries and
 * ministry-level agencies, the provinces, or the ministries and the provinces together. As of the session's date, bodies that have ended since
 * are replaced by their successors (new work goes to bodies that exist), each counted once.
 */
export async function resolveGroup(
  db: DbOrTx,
  input: { group: AgencyGroup; day: IsoDate; committeeId: number | null },
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
  }
  const today = vnDate();
  const active = await activeAgencyIds(db, ids, today);
  const out = new Set<number>();
  for (const id of ids) out.add(active.has(id) ? id : await finalSuccessor(db, id));
  return [...(await activeAgencyIds(db, [...out], today))];
}
