import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, type Agency, type AgencyKind } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db-errors';
import { conflict, invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { normalizeAgencyName } from './kind-guess';
import { addDays, formatDate, vnDate } from '@/lib/time';
import {
  createAgencySchema,
  endAgencySchema,
  updateAgencySchema,
  type CreateAgencyInput,
  type EndAgencyInput,
  type UpdateAgencyInput,
} from './schemas';

/** Central bodies (ministries, ministry-level and government agencies), as the seeds mark them. */
const isCentralKind = (kind: AgencyKind) =>
  kind === 'ministry' || kind === 'ministry_level' || kind === 'government_agency';

function parse<S extends typeof createAgencySchema | typeof updateAgencySchema | typeof endAgencySchema>(
  schema: S,
  input: unknown,
) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, issue.path.length ? { [issue.path.join('.')]: issue.message } : {});
  }
  return parsed.data as ReturnType<S['parse']>;
}

async function codeTaken(tx: DbOrTx, code: string) {
  const [holder] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.code, code));
  return holder ? conflict(msg('errors.agencies.codeTaken', { code, name: holder.name })) : null;
}

/**
 * Serializes every creation or renaming of an agency by the name it will have, however it is spelt (every path that
 * makes one from a name typed or read takes it: this form and a notice's unmatched body). Two administrators creating
 * "Sở Tư pháp" at one moment each found no such name and both inserted it (six at once made five; attacker pass 20):
 * the check and the insert are now one step per name. Held to the end of the transaction.
 */
export async function lockAgencyName(tx: DbOrTx, name: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'agency-name:' + normalizeAgencyName(name)}))`);
}

/**
 * Another agency in operation under the same name ("Văn phòng UBND tỉnh X" and "Văn phòng Ủy ban nhân dân tỉnh X"
 * are one name: accents, case and "UBND" aside) under the same parent, or where either has none: a second copy would
 * split its tasks, show twice in every list and make the notice reader's match ambiguous. Bodies of one name
 * under different parents ("Sở Nội vụ" of two provinces) and one that ended before this one begins are not copies.
 */
async function nameTaken(
  tx: DbOrTx,
  v: { name: string; parentId: number | null; validFrom?: string | null; validTo?: string | null },
  exceptId: number | null,
) {
  const key = normalizeAgencyName(v.name);
  const from = v.validFrom ?? vnDate();
  const rows = await tx
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      parentId: agencies.parentId,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
    })
    .from(agencies);
  const same = rows.find(
    (r) =>
      r.id !== exceptId &&
      (r.validTo === null || r.validTo >= from) &&
      (r.validFrom === null || !v.validTo || r.validFrom <= v.validTo) &&
      (r.parentId === v.parentId || r.parentId === null || v.parentId === null) &&
      normalizeAgencyName(r.name) === key,
  );
  if (!same) return null;
  const m = msg('errors.agencies.nameTaken', { name: same.name, code: same.code });
  return invalid(m, { name: m });
}

/**
 * The parent chosen must exist and must not be the agency itself or an agency under it (a parent that would make
 * a cycle). For a new agency (`agencyId` null) only existence is checked.
 */
async function assertParent(tx: DbOrTx, agencyId: number | null, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  const [parent] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, parentId));
  if (!parent)
    throw invalid(msg('errors.agencies.parentNotFound'), { parentId: msg('errors.agencies.parentNotFound') });
  if (agencyId === null) return;
  const seen = new Set<number>();
  for (let current: number | null = parentId; current !== null && !seen.has(current);) {
    if (current === agencyId) {
      const m = msg('errors.agencies.parentCycle', { parent: parent.name });
      throw invalid(m, { parentId: m });
    }
    seen.add(current);
    const [row] = await tx.select({ parentId: agencies.parentId }).from(agencies).where(eq(agencies.id, current));
    current = row?.parentId ?? null;
  }
}

/** The administrator creates an agency; its code must be new. Audited `agency.create`. */
export async function createAgency(
  input: { actor: Actor; values: CreateAgencyInput },
  db?: DbOrTx,
): Promise<{ agencyId: number; name: string }> {
  assertCan(input.actor, 'agency.manage');
  const v = parse(createAgencySchema, input.values);
  const d = await resolveDb(db);
  try {
    return await d.transaction(async (tx) => {
      await lockAgencyName(tx, v.name);
      const taken = (await codeTaken(tx, v.code)) ?? (await nameTaken(tx, v, null));
      if (taken) throw taken;
      await assertParent(tx, null, v.parentId);
      const [row] = await tx
        .insert(agencies)
        .values({ ...v, isCentral: isCentralKind(v.kind) })
        .returning();
      await writeAudit(tx, {
        actor: input.actor,
        action: 'agency.create',
        entityType: 'agency',
        entityId: row!.id,
        after: columnsOf(row!),
      });
      return { agencyId: row!.id, name: row!.name };
    });
  } catch (error) {
    // Two administrators creating the same code at once: the second hears the same answer.
    if (isUniqueViolation(error)) throw (await codeTaken(d, v.code)) ?? error;
    throw error;
  }
}

/** The columns an agency's audit rows record. */
function columnsOf(a: Agency) {
  return {
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    parentId: a.parentId,
    validFrom: a.validFrom,
    validTo: a.validTo,
    successorId: a.successorId,
    isCentral: a.isCentral,
  };
}

/**
 * The administrator edits an agency's name, short name, kind, parent and first day (not its code, decision 031).
 * A parent under the agency itself, or a first day after its last day, is refused. Audited `agency.update` with
 * the changed fields before and after; nothing changed writes nothing.
 */
export async function updateAgency(
  input: { actor: Actor; values: UpdateAgencyInput },
  db?: DbOrTx,
): Promise<{ agencyId: number; name: string }> {
  assertCan(input.actor, 'agency.manage');
  const { agencyId, ...v } = parse(updateAgencySchema, input.values);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).for('update');
    if (!before) throw notFound(msg('errors.agencies.notFound'));
    if (v.parentId !== before.parentId) await assertParent(tx, agencyId, v.parentId);
    if (v.name !== before.name || v.parentId !== before.parentId) {
      await lockAgencyName(tx, v.name);
      const taken = await nameTaken(tx, { ...before, ...v }, agencyId);
      if (taken) throw taken;
    }
    if (v.validFrom && before.validTo && v.validFrom > before.validTo) {
      const m = msg('errors.agencies.validFromAfterEnd', {
        from: formatDate(v.validFrom),
        to: formatDate(before.validTo),
      });
      throw invalid(m, { validFrom: m });
    }
    const next = { ...v, isCentral: isCentralKind(v.kind) };
    const changed = Object.fromEntries(
      Object.entries(next).filter(([k, value]) => before[k as keyof typeof next] !== value),
    ) as Partial<typeof next>;
    if (Object.keys(changed).length === 0) return { agencyId, name: before.name };
    await tx.update(agencies).set(changed).where(eq(agencies.id, agencyId));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'agency.update',
      entityType: 'agency',
      entityId: agencyId,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof next]])),
      after: changed,
    });
    return { agencyId, name: next.name };
  });
}

/**
 * The administrator records that an agency ends: its last day and, usually, the successor that takes its duties
 * over (a merger, a reorganisation). From the day after, it is given no new work and its users only read; the
 * hand-over (lib/agencies/handover.ts) then moves its open tasks to the successor. An end already passed is not
 * changed here; one still to come may be moved. Audited `agency.end`.
 */
export async function endAgency(
  input: { actor: Actor; values: EndAgencyInput },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ agencyId: number; name: string; validTo: string }> {
  assertCan(input.actor, 'agency.manage');
  const { agencyId, validTo, successorId } = parse(endAgencySchema, input.values);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    // One change of the successor chains at a time, taken before any row: two agencies ended at one moment as each
    // other's successor each saw no cycle (or deadlocked on each other's row; attacker pass 20). Endings are rare.
    if (successorId !== null) await tx.execute(sql`select pg_advisory_xact_lock(hashtext('agency-successor-chains'))`);
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).for('update');
    if (!before) throw notFound(msg('errors.agencies.notFound'));
    if (before.validTo && before.validTo < vnDate(now))
      throw invalid(msg('errors.agencies.alreadyEnded', { date: formatDate(before.validTo) }));
    if (before.validFrom && validTo < before.validFrom) {
      const m = msg('errors.agencies.endBeforeStart', { to: formatDate(validTo), from: formatDate(before.validFrom) });
      throw invalid(m, { validTo: m });
    }
    if (successorId !== null) {
      const [successor] = await tx.select().from(agencies).where(eq(agencies.id, successorId));
      if (!successor) {
        const m = msg('errors.agencies.successorNotFound');
        throw invalid(m, { successorId: m });
      }
      // The successor must not be the agency, nor one whose chain of successors leads back to it.
      const seen = new Set<number>();
      for (let current: number | null = successorId; current !== null && !seen.has(current);) {
        if (current === agencyId) {
          const m = msg('errors.agencies.successorCycle', { successor: successor.name });
          throw invalid(m, { successorId: m });
        }
        seen.add(current);
        const [row] = await tx
          .select({ successorId: agencies.successorId })
          .from(agencies)
          .where(eq(agencies.id, current));
        current = row?.successorId ?? null;
      }
      const dayAfter = addDays(validTo, 1);
      if (successor.validTo && successor.validTo < dayAfter) {
        const m = msg('errors.agencies.successorEnded', { successor: successor.name, date: formatDate(dayAfter) });
        throw invalid(m, { successorId: m });
      }
    }
    await tx.update(agencies).set({ validTo, successorId }).where(eq(agencies.id, agencyId));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'agency.end',
      entityType: 'agency',
      entityId: agencyId,
      before: { validTo: before.validTo, successorId: before.successorId },
      after: { validTo, successorId },
    });
    return { agencyId, name: before.name, validTo };
  });
}
