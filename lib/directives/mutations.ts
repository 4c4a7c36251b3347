import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { acceptedProposalSets, directiveAreas, directives, reformAreas, sessions, tasks } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { AppError, conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg, parseMessage, type MessageKey } from '@/lib/i18n/message';
import { fillNoticeHeader } from '@/lib/minutes/mutations';
import { requireServedCommittee } from '@/lib/committees/scope';
import { assertCan, type Actor } from '@/lib/policy';
import { PROVINCIAL_GROUPS, provinceNamed, resolveGroup } from '@/lib/agencies/policy';
import { assignDirective } from '@/lib/tasks/assign';
import { vnDate } from '@/lib/time';
import type { DirectiveInput, NoticeHeaderInput, ProposalInput } from './schemas';
import { SUB_LETTERS } from './numbering-vocabulary';
import { scrubConfidential } from '@/lib/notifications/confidential';

/** The label of the n-th sub-item (0-based): a, b, c … then 24, 25 … */
const subLabel = (n: number) => SUB_LETTERS[n] ?? String(n + 1);

/**
 * Derives every ordinal of a session from the order of its items, in two series (decision 021), so
 * that a reader who may not see the confidential items sees no gap where they are:
 * - public items: top level 1, 2, 3 …, sub-items 2a, 2b … counting public siblings only;
 * - confidential items: M1, M2 … in document order, whether top level or under a public item; the
 *   sub-items of a confidential item are lettered under it (M1a, M1b) and are confidential too.
 * One rule after any add, move, removal or change of the mark, so numbering never drifts.
 */
export function deriveOrdinals(
  rows: readonly { id: number; parentId: number | null; isConfidential: boolean }[],
): { id: number; ordinal: string; position: number }[] {
  const out: { id: number; ordinal: string; position: number }[] = [];
  let pub = 0;
  let secret = 0;
  for (const parent of rows.filter((r) => r.parentId === null)) {
    const label = parent.isConfidential ? `M${++secret}` : String(++pub);
    out.push({ id: parent.id, ordinal: label, position: out.length + 1 });
    let sub = 0;
    for (const child of rows.filter((r) => r.parentId === parent.id)) {
      const ordinal = parent.isConfidential || !child.isConfidential ? `${label}${subLabel(sub++)}` : `M${++secret}`;
      out.push({ id: child.id, ordinal, position: out.length + 1 });
    }
  }
  return out;
}

async function renumber(tx: DbOrTx, sessionId: number): Promise<void> {
  const rows = await tx
    .select({
      id: directives.id,
      parentId: directives.parentId,
      isConfidential: directives.isConfidential,
      ordinal: directives.ordinal,
      position: directives.position,
    })
    .from(directives)
    .where(eq(directives.sessionId, sessionId))
    .orderBy(asc(directives.position), asc(directives.id));
  const now = new Map(rows.map((r) => [r.id, r]));
  for (const want of deriveOrdinals(rows)) {
    const had = now.get(want.id)!;
    if (had.ordinal === want.ordinal && had.position === want.position) continue;
    await tx
      .update(directives)
      .set({ ordinal: want.ordinal, position: want.position })
      .where(eq(directives.id, want.id));
  }
}

async function setAreas(tx: DbOrTx, directiveId: number, codes: string[]) {
  await tx.delete(directiveAreas).where(eq(directiveAreas.directiveId, directiveId));
  if (codes.length === 0) return;
  const areas = await tx.select().from(reformAreas).where(inArray(reformAreas.code, codes));
  await tx.insert(directiveAreas).values(areas.map((a) => ({ directiveId, areaId: a.id })));
}

async function snapshot(tx: DbOrTx, directiveId: number) {
  const [row] = await tx.select().from(directives).where(eq(directives.id, directiveId));
  const areas = await tx
    .select({ code: reformAreas.code })
    .from(directiveAreas)
    .innerJoin(reformAreas, eq(reformAreas.id, directiveAreas.areaId))
    .where(eq(directiveAreas.directiveId, directiveId));
  return row ? { ...row, areas: areas.map((a) => a.code) } : null;
}

/** The session, locked; unknown, or of a committee the actor does not serve: not found. */
async function requireSession(tx: DbOrTx, sessionId: number, actor: Actor) {
  const [s] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  if (!s) throw notFound(msg('errors.directives.sessionNotFound'));
  requireServedCommittee(actor, s.committeeId, msg('errors.directives.sessionNotFound'));
  return s;
}

async function insertDirective(tx: Tx, actor: Actor, sessionId: number, input: DirectiveInput): Promise<number> {
  let parent: { isConfidential: boolean; parentId: number | null } | undefined;
  if (input.parentId) {
    [parent] = await tx
      .select()
      .from(directives)
      .where(and(eq(directives.id, input.parentId), eq(directives.sessionId, sessionId)));
    if (!parent)
      throw invalid(msg('errors.directives.parentNotInSession'), {
        parentId: msg('errors.directives.chooseParentAgain'),
      });
    if (parent.parentId)
      throw invalid(msg('errors.directives.twoLevelsOnly'), { parentId: msg('errors.directives.noGrandchildren') });
  }
  // New items go last: after the parent's last child, or at the end of the session.
  const [{ last } = { last: 0 }] = await tx
    .select({ last: sql<number>`coalesce(max(${directives.position}), 0)`.mapWith(Number) })
    .from(directives)
    .where(
      input.parentId
        ? sql`${directives.id} = ${input.parentId} or ${directives.parentId} = ${input.parentId}`
        : eq(directives.sessionId, sessionId),
    );
  if (input.parentId) {
    await tx
      .update(directives)
      .set({ position: sql`${directives.position} + 1` })
      .where(and(eq(directives.sessionId, sessionId), sql`${directives.position} > ${last}`));
  }
  const [row] = await tx
    .insert(directives)
    .values({
      sessionId,
      parentId: input.parentId,
      ordinal: '?',
      position: last + 1,
      text: input.text,
      issuedBy: input.issuedBy,
      isAssessment: input.isAssessment,
      isCrossCutting: input.isCrossCutting || input.areaCodes.length === 0,
      // A sub-item of a confidential item is confidential: it is numbered under it (M1a) and would name it.
      isConfidential: input.isConfidential || Boolean(parent?.isConfidential),
      sourceDocument: input.sourceDocument,
    })
    .returning({ id: directives.id });
  await setAreas(tx, row!.id, input.areaCodes);
  await writeAudit(tx, {
    actor,
    action: 'directive.create',
    entityType: 'directive',
    entityId: row!.id,
    after: await snapshot(tx, row!.id),
  });
  return row!.id;
}

export async function createDirective(
  input: { actor: Actor; sessionId: number; values: DirectiveInput },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'directive.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId, input.actor);
    const id = await insertDirective(tx, input.actor, input.sessionId, input.values);
    await renumber(tx, input.sessionId);
    return id;
  });
}

export async function updateDirective(
  input: { actor: Actor; directiveId: number; version: number; values: Omit<DirectiveInput, 'parentId'> },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'directive.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const before = await snapshot(tx, input.directiveId);
    if (!before) throw notFound(msg('errors.directives.notFound'));
    // The session first, as every renumbering takes it: two edits of one session renumber in turn.
    if (before.sessionId) await requireSession(tx, before.sessionId, input.actor);
    const v = input.values;
    const [parent] = before.parentId
      ? await tx
          .select({ isConfidential: directives.isConfidential })
          .from(directives)
          .where(eq(directives.id, before.parentId))
      : [];
    const isConfidential = v.isConfidential || Boolean(parent?.isConfidential);
    // An assessment has nothing to do, so it is never assigned: neither is an item with live tasks made one (the
    // edit did not look, and its tasks went on under an assessment's badge: attacker pass 37).
    if (v.isAssessment && !before.isAssessment) {
      // Locked as assigning locks it, so no task is added between this look and the save.
      await tx.select({ id: directives.id }).from(directives).where(eq(directives.id, input.directiveId)).for('update');
      const [live] = await tx
        .select({ id: tasks.id })
        .from(tasks)
        .where(and(eq(tasks.directiveId, input.directiveId), sql`${tasks.status} not in ('cancelled', 'carried_over')`))
        .limit(1);
      if (live)
        throw invalid(msg('errors.directives.assignedNotAssessment'), {
          isAssessment: msg('errors.directives.assignedNotAssessment'),
        });
    }
    const [row] = await tx
      .update(directives)
      .set({
        text: v.text,
        issuedBy: v.issuedBy,
        isAssessment: v.isAssessment,
        isCrossCutting: v.isCrossCutting || v.areaCodes.length === 0,
        isConfidential,
        sourceDocument: v.sourceDocument,
        version: sql`${directives.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(directives.id, input.directiveId), eq(directives.version, input.version)))
      .returning({ id: directives.id });
    if (!row) throw conflict(STALE_MESSAGE);
    await setAreas(tx, input.directiveId, v.areaCodes);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'directive.update',
      entityType: 'directive',
      entityId: input.directiveId,
      before,
      after: await snapshot(tx, input.directiveId),
    });
    if (isConfidential) {
      // Its sub-items become confidential with it (they are numbered under it).
      const children = await tx
        .update(directives)
        .set({ isConfidential: true, version: sql`${directives.version} + 1`, updatedAt: new Date() })
        .where(and(eq(directives.parentId, input.directiveId), eq(directives.isConfidential, false)))
        .returning({ id: directives.id, text: directives.text });
      for (const c of children)
        await writeAudit(tx, {
          actor: input.actor,
          action: 'directive.update',
          entityType: 'directive',
          entityId: c.id,
          before: { isConfidential: false },
          after: { isConfidential: true },
        });
      // What was written about them before the mark loses their text (notices, digests, emails).
      if (!before.isConfidential || children.length)
        await scrubConfidential(
          tx,
          [input.directiveId, ...children.map((c) => c.id)],
          [before.text, v.text, ...children.map((c) => c.text)],
        );
    }
    if (before.sessionId) await renumber(tx, before.sessionId);
  });
}

/** Moves an item before or after its neighbour at the same level (children move with their parent). */
export async function moveDirective(
  input: { actor: Actor; directiveId: number; direction: 'up' | 'down' },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'directive.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [item] = await tx.select().from(directives).where(eq(directives.id, input.directiveId));
    if (!item?.sessionId) throw notFound(msg('errors.directives.notFound'));
    await requireSession(tx, item.sessionId, input.actor);
    const all = await tx
      .select()
      .from(directives)
      .where(eq(directives.sessionId, item.sessionId))
      .orderBy(asc(directives.position));
    const siblings = all.filter((r) => r.parentId === item.parentId);
    const i = siblings.findIndex((r) => r.id === item.id);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= siblings.length) return;
    [siblings[i], siblings[j]] = [siblings[j]!, siblings[i]!];
    // Rebuild the order: parents in sibling order, each followed by its children.
    const ordered = item.parentId
      ? all.map((r) => (r.parentId === item.parentId ? siblings.shift()! : r))
      : siblings.flatMap((p) => [p, ...all.filter((c) => c.parentId === p.id)]);
    for (const [k, r] of ordered.entries())
      await tx
        .update(directives)
        .set({ position: k + 1 })
        .where(eq(directives.id, r.id));
    await renumber(tx, item.sessionId);
    await writeAudit(tx, {
      actor: input.actor,
      action: `directive.move_${input.direction}`,
      entityType: 'directive',
      entityId: item.id,
      before: { ordinal: item.ordinal },
    });
  });
}

/** What keeps a directive from being deleted, checked in this order, each with its refusal. */
const REFERENCES_TO_A_DIRECTIVE = [
  { table: directives, column: directives.parentId, refusal: 'errors.directives.deleteChildrenFirst' },
  { table: tasks, column: tasks.directiveId, refusal: 'errors.directives.hasTasks' },
  { table: tasks, column: tasks.carriedIntoDirectiveId, refusal: 'errors.directives.carriesTasks' },
  { table: directives, column: directives.continuesDirectiveId, refusal: 'errors.directives.continued' },
] as const;

/**
 * Removes an item that nothing else refers to: no sub-items, no tasks, no tasks carried into it from an earlier
 * directive, and no later directive that continues it (decision 036). The directive is locked, as assigning and
 * continuing it lock it, so neither can add a reference between the checks and the delete (attacker pass 37: a
 * continued directive, or one that carried tasks, reached the database's foreign key: the generic error).
 */
export async function deleteDirective(
  input: { actor: Actor; directiveId: number; version?: number },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'directive.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const before = await snapshot(tx, input.directiveId);
    if (!before?.sessionId) throw notFound(msg('errors.directives.notFound'));
    await requireSession(tx, before.sessionId, input.actor);
    // Read again under the session's lock, which an edit also takes: an edit saved since the form was read is not
    // deleted unseen (a delete posted at the same moment went through after the edit: attacker pass 23).
    const [now] = await tx
      .select({ version: directives.version })
      .from(directives)
      .where(eq(directives.id, input.directiveId))
      .for('update');
    if (!now) throw notFound(msg('errors.directives.notFound'));
    if (input.version !== undefined && now.version !== input.version) throw conflict(STALE_MESSAGE);
    for (const ref of REFERENCES_TO_A_DIRECTIVE) {
      const [row] = await tx
        .select({ one: sql`1` })
        .from(ref.table)
        .where(eq(ref.column, input.directiveId))
        .limit(1);
      if (row) throw invalid(msg(ref.refusal));
    }
    await tx.delete(directives).where(eq(directives.id, input.directiveId));
    await renumber(tx, before.sessionId);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'directive.delete',
      entityType: 'directive',
      entityId: input.directiveId,
      before,
    });
  });
}

const sameText = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi-VN');

/**
 * The same reviewed proposals sent again (a double click, the form sent twice, a replay): every item's text is
 * already a directive of the session, so nothing is saved twice. A paste that only overlaps what is there (a
 * heading "Bộ Tài chính:" in two parts of a notice) is saved. Runs with the session locked (requireSession).
 */
async function refuseSavedAgain(tx: DbOrTx, sessionId: number, items: ProposalInput[]) {
  if (items.length === 0) return;
  const saved = await tx
    .select({ ordinal: directives.ordinal, text: directives.text })
    .from(directives)
    .where(eq(directives.sessionId, sessionId));
  const byText = new Map(saved.map((d) => [sameText(d.text), d]));
  const first = byText.get(sameText(items[0]!.text));
  if (!first || !items.every((item) => byText.has(sameText(item.text)))) return;
  const text = first.text.length > 80 ? `${first.text.slice(0, 80)}…` : first.text;
  throw invalid(msg('errors.directives.alreadySaved', { ordinal: first.ordinal, text }));
}

/** The field of a proposal an error of its assignment belongs to. */
const PROPOSAL_FIELDS: Record<string, string> = {
  leadAgencyIds: 'leadAgencyIds',
  coordinatorIds: 'coordinatorIds',
  monitorAgencyId: 'monitorAgencyId',
  'deadline.dueDate': 'deadline',
};

/**
 * Saves reviewed proposals from a pasted notice in one transaction: the directives (parents before
 * their sub-items) and, for each that names lead agencies or a group, its tasks (one per agency, the
 * group's members as of the session's day). A heading (an item whose sub-items are saved with it)
 * gets no task: its sub-items carry the work. All or nothing; a refusal names the item ("Mục 3a: …")
 * and carries its field errors as `items.<index>.<field>`. The pasted notice's number, date, place
 * and signer fill the fields of the session's notice that are still empty.
 */
export async function acceptProposals(
  input: {
    actor: Actor;
    sessionId: number;
    issuedBy: string | null;
    items: ProposalInput[];
    notice?: NoticeHeaderInput | null;
    /** The review's id (made when the notice was read): a review is saved once. */
    proposalSet?: string;
  },
  db?: DbOrTx,
): Promise<number[]> {
  assertCan(input.actor, 'directive.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const session = await requireSession(tx, input.sessionId, input.actor);
    if (input.proposalSet) {
      // A review sent again (the form resent after one of its items was edited elsewhere, a replay): saved once.
      const [first] = await tx
        .insert(acceptedProposalSets)
        .values({ sessionId: input.sessionId, setId: input.proposalSet, acceptedBy: input.actor.userId })
        .onConflictDoNothing()
        .returning({ setId: acceptedProposalSets.setId });
      if (!first) throw invalid(msg('errors.directives.reviewAlreadySaved'));
    }
    await refuseSavedAgain(tx, input.sessionId, input.items);
    const day = vnDate(session.startsAt);
    const members = new Map<string, number[] | null>();
    // a province's groups are the committee's province's, else the issuer's the notice's header names (decision 076)
    const province = await provinceNamed(tx, input.notice?.province);
    const groupMembers = async (group: ProposalInput['groups'][number]) => {
      if (!members.has(group))
        members.set(
          group,
          await resolveGroup(tx, { group, day, committeeId: session.committeeId, province }).catch((e: unknown) => {
            if (PROVINCIAL_GROUPS.has(group) && e instanceof AppError && e.code === 'INVALID') return null;
            throw e;
          }),
        );
      return members.get(group)!;
    };
    const idByKey = new Map<string, number>();
    const created: number[] = [];
    for (const [index, item] of input.items.entries()) {
      const named = (message: string, fields: Record<string, string> = {}) =>
        invalid(inItem(item.key, message), {
          [`items.${index}`]: message,
          ...Object.fromEntries(
            Object.entries(fields).map(([k, v]) => [`items.${index}.${PROPOSAL_FIELDS[k] ?? k}`, v]),
          ),
        });
      const parentId = item.parentKey ? idByKey.get(item.parentKey) : null;
      if (item.parentKey && !parentId) throw named(msg('errors.directives.parentMissing', { parent: item.parentKey }));
      const id = await insertDirective(tx, input.actor, input.sessionId, {
        text: item.text,
        parentId: parentId ?? null,
        areaCodes: item.areaCodes,
        isCrossCutting: item.isCrossCutting,
        isAssessment: item.isAssessment,
        isConfidential: false,
        issuedBy: input.issuedBy,
        sourceDocument: item.sourceDocument,
      });
      idByKey.set(item.key, id);
      created.push(id);
      // Numbered now, so the notices of its new tasks carry its number.
      await renumber(tx, input.sessionId);
      const isHeading = input.items.some((other) => other.parentKey === item.key);
      if (item.isAssessment || isHeading) continue;
      const groups = item.groups ?? []; // callers that predate groups send none
      const resolved = await Promise.all(groups.map(groupMembers));
      if (resolved.some((ids) => ids === null)) throw named(msg('errors.directives.groupProvinceUnknown'));
      const fromGroups = resolved.flatMap((ids) => ids ?? []);
      const leads = [...new Set([...item.leadAgencyIds, ...fromGroups])];
      if (leads.length === 0) {
        if (groups.length) throw named(msg('errors.directives.groupEmptyOnSessionDay'));
        continue;
      }
      if (!item.deadline)
        throw named(msg('errors.directives.needsDeadline'), { deadline: msg('errors.directives.chooseDeadline') });
      try {
        await assignDirective(
          {
            actor: input.actor,
            assignment: {
              directiveId: id,
              leadAgencyIds: leads,
              coordinatorIds: item.coordinatorIds,
              monitorAgencyId: item.monitorAgencyId,
              deadline: item.deadline,
            },
          },
          tx,
        );
      } catch (e) {
        if (e instanceof AppError && e.code === 'INVALID') throw named(e.message, e.fieldErrors);
        throw e;
      }
    }
    if (input.notice) await fillNoticeHeader(tx, input.actor, input.sessionId, input.notice);
    return created;
  });
}

/** Messages with parameters, as they read after the proposal's number (a key nested in `inItem` loses its parameters). */
const IN_ITEM: Record<string, MessageKey> = {
  'errors.directives.parentMissing': 'errors.directives.inItemParentMissing',
  'errors.tasks.endedAgencies': 'errors.directives.inItemEndedAgencies',
};

/** A proposal's refusal as the batch's message: "Mục 2: chọn thời hạn cho nhiệm vụ." */
function inItem(item: string, message: string): string {
  const parsed = parseMessage(message);
  if (!parsed) return message;
  if (Object.keys(parsed.params).length === 0) return msg('errors.directives.inItem', { item, message });
  const key = IN_ITEM[parsed.key];
  // Another message with parameters goes as it is: the item is still named by its field errors.
  return key ? msg(key, { ...parsed.params, item }) : message;
}
