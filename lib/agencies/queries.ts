import { gte, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';
import { sortVi } from '@/lib/text';
import { vnDate, type IsoDate } from '@/lib/time';
import { existsOnSql } from './policy';

/** Agencies that existed on `day`, in Vietnamese order: the host and figure pickers. */
export async function listAgencyOptions(input: { actor: Actor; day: IsoDate }, db?: DbOrTx) {
  assertCan(input.actor, 'session.read');
  const d = await resolveDb(db);
  const rows = await d.select({ id: agencies.id, name: agencies.name }).from(agencies).where(existsOnSql(input.day));
  return sortVi(rows, (r) => r.name);
}

export type AgencyOption = Awaited<ReturnType<typeof listAgencyOptions>>[number];

/** Agencies for matching pasted text: all of them, with validity and successor links. */
export async function listAgencyRegistry(db?: DbOrTx) {
  const d = await resolveDb(db);
  return d
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
      successorId: agencies.successorId,
    })
    .from(agencies);
}

/** How many agencies exist today (not ended), for the administrator's overview. */
export async function countActiveAgencies(input: { actor: Actor }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'agency.manage');
  const d = await resolveDb(db);
  const [row] = await d
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(agencies)
    .where(or(isNull(agencies.validTo), gte(agencies.validTo, vnDate())));
  return row?.n ?? 0;
}
