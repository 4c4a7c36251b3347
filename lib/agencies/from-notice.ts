import 'server-only';
import { and, eq, like, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db-errors';
import { invalid } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { lockAgencyName } from './mutations';
import { guessAgencyKind, normalizeAgencyName } from './kind-guess';
import {
  addAgencyFromNoticeSchema,
  addListedAgenciesSchema,
  suggestAgencyCode,
  type AddAgencyFromNoticeInput,
  type AddListedAgenciesInput,
} from './schemas';

const CENTRAL = new Set(['ministry', 'ministry_level', 'government_agency']);

/**
 * A body a conclusion notice names that the registry lacks ("Tập đoàn Điện lực Việt Nam"), added while the
 * secretariat reviews the notice's proposals (issue 19): its kind is read from the name, its code made from the
 * name's initials (made unique with "-2", "-3"…), and the administrator can correct both later on the agency's
 * page. An agency of the same name that exists today is returned instead, so a second click, or a second
 * person, adds nothing. Audited `agency.create`.
 */
export async function addAgencyFromNotice(
  input: { actor: Actor; values: AddAgencyFromNoticeInput; from?: 'notice' | 'peopleList' },
  db?: DbOrTx,
): Promise<{ agencyId: number; name: string; created: boolean }> {
  assertCan(input.actor, 'agency.create');
  const parsed = addAgencyFromNoticeSchema.safeParse(input.values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { [issue.path.join('.') || 'name']: issue.message });
  }
  const { name } = parsed.data;
  const d = await resolveDb(db);
  for (let attempt = 0; ; attempt++) {
    try {
      return await d.transaction(async (tx) => {
        // One name at a time: two people adding the same body, however they spell it, make one agency.
        await lockAgencyName(tx, name);
        const same = await existingByName(tx, name);
        if (same) return { ...same, created: false };
        const kind = guessAgencyKind(name);
        const [row] = await tx
          .insert(agencies)
          .values({ code: await freeCode(tx, name), name, kind, isCentral: CENTRAL.has(kind) })
          .returning();
        await writeAudit(tx, {
          actor: input.actor,
          action: 'agency.create',
          entityType: 'agency',
          entityId: row!.id,
          after: {
            code: row!.code,
            name: row!.name,
            kind: row!.kind,
            ...(input.from === 'peopleList' ? { fromPeopleList: true } : { fromNotice: true }),
          },
        });
        return { agencyId: row!.id, name: row!.name, created: true };
      });
    } catch (error) {
      // Two people adding the same body at once: the code both chose is taken; the second try finds the first's.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

/**
 * The bodies a people list names that the registry lacks ("Sở Tài chính tỉnh Nghệ An" in a province that is not in
 * the reference list), added from the import's preview as a notice's are: each by its name, its kind read from the
 * name; a body that exists by then is not added twice (names that read the same count once).
 */
export async function addListedAgencies(
  input: { actor: Actor; values: AddListedAgenciesInput },
  db?: DbOrTx,
): Promise<{ created: number; existing: number }> {
  assertCan(input.actor, 'agency.create');
  const parsed = addListedAgenciesSchema.safeParse(input.values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { [issue.path.join('.') || 'names']: issue.message });
  }
  const byKey = new Map<string, string>();
  for (const n of parsed.data.names) if (!byKey.has(normalizeAgencyName(n))) byKey.set(normalizeAgencyName(n), n);
  const names = [...byKey.values()];
  let created = 0;
  for (const name of names) {
    const added = await addAgencyFromNotice({ actor: input.actor, values: { name }, from: 'peopleList' }, db);
    if (added.created) created++;
  }
  return { created, existing: names.length - created };
}

/** An agency existing today whose name reads the same (accents, case and "UBND" aside). */
export async function existingByName(tx: DbOrTx, name: string): Promise<{ agencyId: number; name: string } | null> {
  const key = normalizeAgencyName(name);
  const today = vnDate();
  const rows = await tx.select({ id: agencies.id, name: agencies.name, validTo: agencies.validTo }).from(agencies);
  const hit = rows.find((r) => (r.validTo === null || r.validTo >= today) && normalizeAgencyName(r.name) === key);
  return hit ? { agencyId: hit.id, name: hit.name } : null;
}

/** The name's initials ("Tập đoàn Điện lực Việt Nam" → TĐĐLVN → TDDLVN), with "-2", "-3"… when taken. */
async function freeCode(tx: DbOrTx, name: string): Promise<string> {
  const base = (suggestAgencyCode(name) || 'CQ').slice(0, 34);
  const taken = new Set(
    (
      await tx
        .select({ code: agencies.code })
        .from(agencies)
        .where(or(eq(agencies.code, base), and(like(agencies.code, `${base}-%`))))
    ).map((r) => r.code),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
