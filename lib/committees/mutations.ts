import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committeeMembers, committees, people } from '@/db/schema';
import { existsOnSql } from '@/lib/agencies/policy';
import { committeeDays, refuseDaysThatLeaveOut, refuseOutsideCommittee } from './days';
import { writeAudit } from '@/lib/audit';
import { linkAccounts } from '@/lib/users/mutations';
import { resolveDb } from '@/lib/db';
import { uniqueAs } from '@/lib/db-errors';
import { AppError, forbidden, invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { addDays, formatDate, vnDate, type IsoDate } from '@/lib/time';
import type { z } from '@/lib/zod';
import {
  addMemberSchema,
  committeeSchema,
  endMemberSchema,
  type CommitteePositionValue,
  type CommitteeValues,
} from './schemas';
import { isCommitteeLimited, requireServedCommittee } from './scope';

/*
 * Committees and their membership over time (issue 18, decision 028). A membership is never deleted: it ends
 * (`valid_to`), so "the members as of a session" stays a query on the session's date.
 */

const COMMITTEE_CODE_KEY = 'committees_code_unique';
const MEMBER_KEY = 'committee_members_committeeId_agencyId_validFrom_unique';

const codeTaken = (code: string) =>
  invalid(msg('errors.committees.codeTaken', { code }), { code: msg('errors.committees.codeTaken', { code }) });

/**
 * A committee in operation under the same name, whatever its case, accents or spaces, over days that overlap, or null:
 * two committees of one name made every list, filter and report ambiguous (attacker pass 20). A committee re-formed
 * after the old one ended may keep its name. Taken under a lock on the name, so two creations at once make one.
 */
async function nameTaken(tx: DbOrTx, v: CommitteeValues, exceptId: number | null) {
  const key = foldVi(v.name).replace(/\s+/g, ' ').trim();
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'committee-name:' + key}))`);
  const rows = await tx
    .select({
      id: committees.id,
      code: committees.code,
      name: committees.name,
      validFrom: committees.validFrom,
      validTo: committees.validTo,
    })
    .from(committees);
  const same = rows.find(
    (r) =>
      r.id !== exceptId &&
      foldVi(r.name).replace(/\s+/g, ' ').trim() === key &&
      (r.validTo === null || v.validFrom === null || r.validTo >= v.validFrom) &&
      (r.validFrom === null || v.validTo === null || r.validFrom <= v.validTo),
  );
  if (!same) return null;
  const m = msg('errors.committees.nameTaken', { name: same.name, code: same.code });
  return invalid(m, { name: m });
}

/** The values parsed again in lib (the API and scripts call here too); the first problem is the answer. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw invalid(issue.message, issue.path.length ? { [issue.path.join('.')]: issue.message } : {});
}

/**
 * The agency chosen exists, and when `on` is given is in operation that day (an ended agency's work has passed on:
 * it joins no committee and stands for none).
 */
async function assertAgency(tx: DbOrTx, agencyId: number | null, field: string, on?: IsoDate): Promise<void> {
  if (agencyId === null) return;
  const [row] = await tx
    .select({ name: agencies.name, active: on ? sql<boolean>`${existsOnSql(on)!}` : sql<boolean>`true` })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!row)
    throw invalid(msg('errors.committees.agencyNotFound'), { [field]: msg('errors.committees.agencyNotFound') });
  if (on && !row.active) {
    const message = msg('errors.committees.agencyNotInOperation', { agency: row.name, date: formatDate(on) });
    throw invalid(message, { [field]: message });
  }
}

function columnsOf(v: CommitteeValues) {
  return {
    code: v.code,
    name: v.name,
    level: v.level,
    standingAgencyId: v.standingAgencyId,
    establishedBy: v.establishedBy,
    validFrom: v.validFrom,
    validTo: v.validTo,
  };
}

/**
 * Creates a committee. A user limited to some committees cannot: they would not serve the new one (the
 * administrator gives them to it on their account).
 */
export async function createCommittee(
  input: { actor: Actor; values: Record<string, unknown> },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'committee.manage');
  if (isCommitteeLimited(input.actor)) throw forbidden(msg('errors.committees.limitedCannotCreate'));
  const v: CommitteeValues = parse(committeeSchema, input.values);
  const d = await resolveDb(db);
  return uniqueAs(
    COMMITTEE_CODE_KEY,
    () => codeTaken(v.code),
    () =>
      d.transaction(async (tx) => {
        await assertAgency(tx, v.standingAgencyId, 'standingAgencyId', vnDate());
        // Codes written before they were upper-cased ("bcd-thu") are the same code.
        const [taken] = await tx
          .select({ id: committees.id })
          .from(committees)
          .where(sql`upper(${committees.code}) = ${v.code}`);
        if (taken) throw codeTaken(v.code);
        const sameName = await nameTaken(tx, v, null);
        if (sameName) throw sameName;
        const [row] = await tx.insert(committees).values(columnsOf(v)).returning();
        await writeAudit(tx, {
          actor: input.actor,
          action: 'committee.create',
          entityType: 'committee',
          entityId: row!.id,
          after: columnsOf(v),
        });
        return row!.id;
      }),
  );
}

/**
 * Edits a committee's code, name, level, standing agency, founding decision and dates. A new last day ends, on that
 * day, the memberships left open or ending later (the committee dissolved ends its members with it, as a membership
 * added with no end to an ended committee does, decision 094); it returns how many.
 */
export async function updateCommittee(
  input: { actor: Actor; committeeId: number; values: Record<string, unknown> },
  db?: DbOrTx,
): Promise<{ membersEnded: number }> {
  assertCan(input.actor, 'committee.manage');
  const v: CommitteeValues = parse(committeeSchema, input.values);
  const d = await resolveDb(db);
  return uniqueAs(
    COMMITTEE_CODE_KEY,
    () => codeTaken(v.code),
    () =>
      d.transaction(async (tx) => {
        const [before] = await tx.select().from(committees).where(eq(committees.id, input.committeeId)).for('update');
        if (!before) throw notFound(msg('errors.committees.notFound'));
        requireServedCommittee(input.actor, before.id, msg('errors.committees.notFound'));
        // A standing agency kept from before may have ended since; a new choice must be in operation.
        await assertAgency(
          tx,
          v.standingAgencyId,
          'standingAgencyId',
          v.standingAgencyId === before.standingAgencyId ? undefined : vnDate(),
        );
        const [taken] = await tx
          .select({ id: committees.id })
          .from(committees)
          .where(and(eq(committees.code, v.code), sql`${committees.id} <> ${input.committeeId}`));
        if (taken) throw codeTaken(v.code);
        const sameName = await nameTaken(tx, v, input.committeeId);
        if (sameName) throw sameName;
        const next = columnsOf(v);
        const changed = Object.fromEntries(
          Object.entries(next).filter(([k, val]) => before[k as keyof typeof next] !== val),
        ) as Partial<typeof next>;
        if (Object.keys(changed).length === 0) return { membersEnded: 0 };
        if ('validFrom' in changed || 'validTo' in changed)
          await refuseDaysThatLeaveOut(tx, input.committeeId, { validFrom: v.validFrom, validTo: v.validTo });
        await tx.update(committees).set(changed).where(eq(committees.id, input.committeeId));
        const ended =
          v.validTo !== null && 'validTo' in changed ? await endMembersWith(tx, input.committeeId, v.validTo) : [];
        await writeAudit(tx, [
          {
            actor: input.actor,
            action: 'committee.update',
            entityType: 'committee',
            entityId: input.committeeId,
            before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof next]])),
            after: changed,
          },
          ...ended.map((e) => membershipEnded(input.actor, e.id, e.validTo, v.validTo)),
        ]);
        return { membersEnded: ended.length };
      }),
  );
}

/** The audit entry of a membership given an end (its first, or an earlier one). */
const membershipEnded = (actor: Actor, id: number, from: string | null, to: string | null) => ({
  actor,
  action: 'committee.member.end' as const,
  entityType: 'committee_member',
  entityId: id,
  before: { validTo: from },
  after: { validTo: to },
});

/** Ends on the committee's new last day its memberships left open or ending later; returns them as they were. */
async function endMembersWith(
  tx: DbOrTx,
  committeeId: number,
  lastDay: IsoDate,
): Promise<{ id: number; validTo: string | null }[]> {
  const later = and(
    eq(committeeMembers.committeeId, committeeId),
    sql`coalesce(${committeeMembers.validTo}, '9999-12-31') > ${lastDay}`,
  );
  const rows = await tx
    .select({ id: committeeMembers.id, validTo: committeeMembers.validTo })
    .from(committeeMembers)
    .where(later)
    .orderBy(asc(committeeMembers.id))
    .for('update');
  if (rows.length > 0) await tx.update(committeeMembers).set({ validTo: lastDay }).where(later);
  return rows;
}

/**
 * Adds a membership: an agency, a person (chosen, or typed in: a new `people` row with the agency chosen as
 * theirs), or both, with a position and dates. An agency is a member once per start day.
 */
export async function addCommitteeMember(
  input: { actor: Actor; values: Record<string, unknown>; listOrder?: number | null },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'committee.manage');
  const v = parse(addMemberSchema, input.values);
  const d = await resolveDb(db);
  const alreadyMember = () =>
    invalid(msg('errors.committees.alreadyMember', { date: formatDate(v.validFrom) }), {
      agencyId: msg('errors.committees.alreadyMember', { date: formatDate(v.validFrom) }),
    });
  return uniqueAs(MEMBER_KEY, alreadyMember, () =>
    d.transaction(async (tx) => {
      const [committee] = await tx
        .select({ id: committees.id, validFrom: committees.validFrom, validTo: committees.validTo })
        .from(committees)
        .where(eq(committees.id, v.committeeId))
        .for('update');
      if (!committee) throw notFound(msg('errors.committees.notFound'));
      requireServedCommittee(input.actor, committee.id, msg('errors.committees.notFound'));
      // A membership given no end on a committee that has ended ends with it (decision 094): left open, it read as a
      // member still serving. On a committee still running it stays open, as before (a planned end may be moved).
      const ended = committee.validTo !== null && committee.validTo < vnDate();
      const validTo = v.validTo ?? (ended ? committee.validTo : null);
      refuseOutsideCommittee(committee, { validFrom: v.validFrom, validTo }, 'member');
      await assertAgency(tx, v.agencyId, 'agencyId', v.validFrom);
      let personId = v.personId;
      if (personId !== null) {
        const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
        if (!p)
          throw invalid(msg('errors.committees.personNotFound'), { personId: msg('errors.committees.personNotFound') });
      } else if (v.personName !== null) {
        const [created] = await tx
          .insert(people)
          .values({ fullName: v.personName, positionTitle: v.personTitle, agencyId: v.agencyId })
          .returning();
        personId = created!.id;
        await writeAudit(tx, {
          actor: input.actor,
          action: 'person.create',
          entityType: 'person',
          entityId: personId,
          after: created,
        });
      }
      // The same member (the agency alone, the same person) twice at once, or a second head at once, is refused: it
      // counted the agency twice in the "committee members" group and left two Trưởng ban.
      const current = await tx
        .select({
          agencyId: committeeMembers.agencyId,
          personId: committeeMembers.personId,
          position: committeeMembers.position,
          validFrom: committeeMembers.validFrom,
          validTo: committeeMembers.validTo,
          name: people.fullName,
        })
        .from(committeeMembers)
        .leftJoin(people, eq(people.id, committeeMembers.personId))
        .where(eq(committeeMembers.committeeId, v.committeeId));
      const overlaps = (m: { validFrom: string; validTo: string | null }) =>
        m.validFrom <= (validTo ?? '9999-12-31') && v.validFrom <= (m.validTo ?? '9999-12-31');
      const same = current.find(
        (m) =>
          overlaps(m) &&
          (personId !== null ? m.personId === personId : m.personId === null && m.agencyId === v.agencyId),
      );
      if (same) {
        const m = msg('errors.committees.alreadyMember', { date: formatDate(same.validFrom) });
        throw invalid(m, { [personId !== null ? 'personId' : 'agencyId']: m });
      }
      const head = v.position === 'head' && current.find((m) => m.position === 'head' && overlaps(m));
      if (head) {
        const m = msg('errors.committees.headAlready', { name: head.name ?? '—', date: formatDate(head.validFrom) });
        throw invalid(m, { position: m });
      }
      const [row] = await tx
        .insert(committeeMembers)
        .values({
          committeeId: v.committeeId,
          agencyId: v.agencyId,
          personId,
          position: v.position,
          validFrom: v.validFrom,
          validTo,
          listOrder: input.listOrder ?? null,
        })
        .returning();
      await writeAudit(tx, {
        actor: input.actor,
        action: 'committee.member.add',
        entityType: 'committee_member',
        entityId: row!.id,
        after: row,
      });
      return row!.id;
    }),
  );
}

/** Ends a membership on a day: the row stays, so who was a member on an earlier day is still known. */
export async function endCommitteeMember(
  input: { actor: Actor; memberId: number; validTo: string },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'committee.manage');
  const v = parse(endMemberSchema, { memberId: input.memberId, validTo: input.validTo });
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    // The committee's row before the membership's, in the order an import or the member form takes them (committee,
    // then memberships): the other way round, an end and an import of the same person waited for each other.
    const [of] = await tx
      .select({ committeeId: committeeMembers.committeeId })
      .from(committeeMembers)
      .where(eq(committeeMembers.id, v.memberId));
    if (!of) throw notFound(msg('errors.committees.memberNotFound'));
    requireServedCommittee(input.actor, of.committeeId, msg('errors.committees.memberNotFound'));
    const days = await committeeDays(tx, of.committeeId);
    const [before] = await tx.select().from(committeeMembers).where(eq(committeeMembers.id, v.memberId)).for('update');
    if (!before) throw notFound(msg('errors.committees.memberNotFound'));
    if (before.validTo !== null)
      throw invalid(msg('errors.committees.alreadyEnded', { date: formatDate(before.validTo) }));
    if (v.validTo < before.validFrom)
      throw invalid(msg('errors.committees.endBeforeStart', { date: formatDate(before.validFrom) }), {
        validTo: msg('errors.committees.endBeforeStart', { date: formatDate(before.validFrom) }),
      });
    // Within the committee's days, as the member form adds one (attacker pass 41: 31/12/2099 was taken for a committee
    // that ended in 2024, where adding the same membership is refused).
    refuseOutsideCommittee(days, { validTo: v.validTo }, 'member');
    await tx.update(committeeMembers).set({ validTo: v.validTo }).where(eq(committeeMembers.id, v.memberId));
    await writeAudit(tx, membershipEnded(input.actor, v.memberId, null, v.validTo));
  });
}

/** One person of an imported list to add to a committee: their account, name, title, agency and post. */
export type ListedMember = {
  userId: number;
  /** The person of the registry they are (decision 086), chosen in the import's preview; absent: a new person. */
  personId?: number | null;
  name: string;
  title: string | null;
  agencyId: number | null;
  position: CommitteePositionValue;
  /** Their place in the list (decision 086): the committee page shows the members of a post in this order. */
  listOrder?: number | null;
};

/**
 * Adds the people of an imported list to a committee from `validFrom` (decision 081), in the caller's transaction (the
 * import's: no account is made unless every membership is): each is a person (`people`, with their title and agency,
 * linked to their account): the one of the registry chosen in the preview (decision 086: their title, and agency when
 * the list names one, taken from the list) or a new one; then a member with their post, through `addCommitteeMember`'s
 * checks (the committee served, the agency in operation, one head at a time). A person already a member then keeps
 * that membership when the post is the same; with another post, the old one ends the day before and the new one
 * starts. The first person of an agency brings the agency in as a member (the "committee members" group); another of
 * the same agency, or one whose agency is a member already then, is a member as a person (the committee page still
 * shows their agency). A refusal names the member by its index, `members.<i>`, for the import to put on the row.
 */
export async function addListedMembers(
  tx: DbOrTx,
  input: { actor: Actor; committeeId: number; validFrom: IsoDate; members: readonly ListedMember[] },
): Promise<void> {
  assertCan(input.actor, 'committee.manage');
  if (input.members.length === 0) return;
  // The committee's days are said once, under the import's date, before any row is read (each row's membership is
  // judged again by addCommitteeMember).
  requireServedCommittee(input.actor, input.committeeId, msg('errors.committees.notFound'));
  // The committee's row for update at once, as each member added below takes it: under a share lock first, two imports
  // into one committee at once each waited for the other's share, and PostgreSQL ended one (attacker pass 42).
  refuseOutsideCommittee(
    await committeeDays(tx, input.committeeId, 'update'),
    { committeeFrom: input.validFrom },
    'member',
  );
  const open = await tx
    .select({ agencyId: committeeMembers.agencyId })
    .from(committeeMembers)
    .where(
      and(
        eq(committeeMembers.committeeId, input.committeeId),
        sql`${committeeMembers.agencyId} is not null`,
        sql`coalesce(${committeeMembers.validTo}, '9999-12-31') >= ${input.validFrom}`,
      ),
    );
  const agencyIn = new Set(open.map((m) => m.agencyId));
  const refuse = (i: number, message: string, code: AppError['code'] = 'INVALID') => {
    throw new AppError(code, message, { [`members.${i}`]: message });
  };
  const fresh = input.members.flatMap((m, i) => (m.personId ? [] : [i]));
  const made = fresh.length
    ? await tx
        .insert(people)
        .values(
          fresh
            .map((i) => input.members[i]!)
            .map((m) => ({ fullName: m.name, positionTitle: m.title, agencyId: m.agencyId })),
        )
        .returning()
    : [];
  const personOf = new Map(fresh.map((i, k) => [i, made[k]!.id]));
  // The registry's people chosen, and their memberships on the list's day, read and locked once for the whole list.
  const chosen = [...new Set(input.members.flatMap((m) => (m.personId ? [m.personId] : [])))];
  const registry = new Map(
    (chosen.length ? await tx.select().from(people).where(inArray(people.id, chosen)).for('update') : []).map((p) => [
      p.id,
      p,
    ]),
  );
  const memberships = new Map(
    (chosen.length
      ? await tx
          .select()
          .from(committeeMembers)
          .where(
            and(
              eq(committeeMembers.committeeId, input.committeeId),
              inArray(committeeMembers.personId, chosen),
              sql`${committeeMembers.validFrom} <= ${input.validFrom}`,
              sql`coalesce(${committeeMembers.validTo}, '9999-12-31') >= ${input.validFrom}`,
            ),
          )
          .for('update')
      : []
    ).map((m) => [m.personId!, m]),
  );
  // The registry's person, as the list now writes them: their title, and their agency when it names one.
  const updates: { id: number; before: Record<string, unknown>; change: Partial<typeof people.$inferInsert> }[] = [];
  for (const [i, m] of input.members.entries()) {
    if (!m.personId) continue;
    const before = registry.get(m.personId);
    if (!before) refuse(i, msg('errors.committees.personNotFound'), 'NOT_FOUND');
    personOf.set(i, m.personId);
    if (updates.some((u) => u.id === m.personId)) continue;
    const change = {
      ...(m.title && m.title !== before!.positionTitle ? { positionTitle: m.title } : {}),
      ...(m.agencyId !== null && m.agencyId !== before!.agencyId ? { agencyId: m.agencyId } : {}),
    };
    if (Object.keys(change).length === 0) continue;
    updates.push({
      id: m.personId,
      before: Object.fromEntries(Object.keys(change).map((k) => [k, before![k as keyof typeof before]])),
      change,
    });
  }
  for (const u of updates) await tx.update(people).set(u.change).where(eq(people.id, u.id));
  await linkAccounts(
    tx,
    input.members.map((m, i) => ({ userId: m.userId, personId: personOf.get(i)! })),
  );
  const ended: { id: number; validTo: string | null; to: IsoDate }[] = [];
  for (const [i, m] of input.members.entries()) {
    const personId = personOf.get(i)!;
    // A person of the registry may be a member already: the same post stays as it is; another ends the day before.
    const current = m.personId ? memberships.get(personId) : undefined;
    if (current && current.position === m.position) {
      if (m.listOrder != null && current.listOrder !== m.listOrder)
        await tx.update(committeeMembers).set({ listOrder: m.listOrder }).where(eq(committeeMembers.id, current.id));
      continue;
    }
    if (current && current.validFrom < input.validFrom) {
      const validTo = addDays(input.validFrom, -1);
      await tx.update(committeeMembers).set({ validTo }).where(eq(committeeMembers.id, current.id));
      ended.push({ id: current.id, validTo: current.validTo, to: validTo });
    }
    const memberAgency = m.agencyId !== null && !agencyIn.has(m.agencyId) ? m.agencyId : null;
    if (memberAgency !== null) agencyIn.add(memberAgency);
    try {
      await addCommitteeMember(
        {
          actor: input.actor,
          values: {
            committeeId: input.committeeId,
            agencyId: memberAgency ?? '',
            personId,
            position: m.position,
            validFrom: input.validFrom,
          },
          listOrder: m.listOrder,
        },
        tx,
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuse(i, Object.values(error.fieldErrors)[0] ?? error.message, error.code);
    }
  }
  await writeAudit(tx, [
    ...updates.map((u) => ({
      actor: input.actor,
      action: 'person.update' as const,
      entityType: 'person',
      entityId: u.id,
      before: u.before,
      after: u.change,
    })),
    ...ended.map((e) => membershipEnded(input.actor, e.id, e.validTo, e.to)),
    ...made.map((person) => ({
      actor: input.actor,
      action: 'person.create' as const,
      entityType: 'person',
      entityId: person.id,
      after: person,
    })),
  ]);
}
