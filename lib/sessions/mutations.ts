import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, agendaItems, attendances, conferencePoints, documents, sessionFigures, sessions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { existsOnSql } from '@/lib/agencies/policy';
import { resolveDb } from '@/lib/db';
import { publishApprovalRequired } from '@/lib/env';
import { uniqueAs } from '@/lib/db-errors';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg, type MessageKey } from '@/lib/i18n/message';
import { committeeDays, refuseOutsideCommittee } from '@/lib/committees/days';
import { requireServedCommittee } from '@/lib/committees/scope';
import { assertCan, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { vnDate, vnToInstant } from '@/lib/time';
import { exactKey } from './points';
import { SESSION_STATUSES, type SessionFormValues } from './schemas';

type SessionStatus = (typeof SESSION_STATUSES)[number];

const duplicateNumber = (n: number) =>
  invalid(msg('errors.sessions.numberTaken', { number: n }), {
    number: msg('errors.sessions.numberUsed', { number: n }),
  });

/**
 * Decision 042: where publishing needs someone else's approval, a session becomes "notice published" (and visible to
 * agencies) only when its approved notice is published, never from the session form; and a session whose notice is
 * published in the app cannot be set back from the form, whatever the deployment.
 */
async function checkStatusChange(tx: DbOrTx, sessionId: number | null, from: string | null, to: string) {
  if (from === to) return;
  const field = (key: MessageKey) => invalid(msg(key), { status: msg(key) });
  if (to === 'minutes_published' && publishApprovalRequired()) throw field('errors.sessions.publishThroughNotice');
  if (from !== 'minutes_published' || sessionId === null) return;
  const [published] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), eq(documents.kind, 'notice'), eq(documents.status, 'published')));
  if (published) throw field('errors.sessions.noticeIsPublished');
}

/** The statuses the session form offers: not "notice published" where publishing needs approval (decision 042). */
export function sessionStatusChoices(current: SessionStatus | null): SessionStatus[] {
  return current === 'minutes_published' || !publishApprovalRequired()
    ? [...SESSION_STATUSES]
    : SESSION_STATUSES.filter((s) => s !== 'minutes_published');
}

async function sessionSnapshot(tx: DbOrTx, sessionId: number) {
  const [s] = await tx.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!s) return null;
  const agenda = await tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.sessionId, sessionId))
    .orderBy(agendaItems.position);
  const figures = await tx
    .select()
    .from(sessionFigures)
    .where(eq(sessionFigures.sessionId, sessionId))
    .orderBy(sessionFigures.position);
  return { ...s, agenda, figures };
}

async function writeChildren(tx: DbOrTx, sessionId: number, input: SessionFormValues) {
  await tx.delete(agendaItems).where(eq(agendaItems.sessionId, sessionId));
  await tx.delete(sessionFigures).where(eq(sessionFigures.sessionId, sessionId));
  if (input.agenda.length) {
    await tx
      .insert(agendaItems)
      .values(input.agenda.map((a, i) => ({ sessionId, position: i + 1, title: a.title, presenter: a.presenter })));
  }
  if (input.figures.length) {
    await tx.insert(sessionFigures).values(
      input.figures.map((f, i) => ({
        sessionId,
        position: i + 1,
        label: f.label,
        value: f.value,
        unit: f.unit,
        agencyId: f.agencyId,
        note: f.note,
      })),
    );
  }
}

function sessionColumns(input: SessionFormValues) {
  return {
    committeeId: input.committeeId,
    number: input.number,
    title: input.title,
    startsAt: vnToInstant(input.date, input.time),
    format: input.format,
    status: input.status,
    chairPersonId: input.chairPersonId,
    location: input.location,
    summary: input.summary,
  };
}

/** Creates a session with its agenda and figures; a number already used in the committee is refused. */
export async function createSession(input: { actor: Actor; values: SessionFormValues }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  return uniqueAs(
    'sessions_committee_number',
    () => duplicateNumber(input.values.number),
    () =>
      d.transaction(async (tx) => {
        requireServedCommittee(input.actor, input.values.committeeId, msg('errors.committees.notFound'));
        refuseOutsideCommittee(
          await committeeDays(tx, input.values.committeeId),
          { date: input.values.date },
          'session',
        );
        const [taken] = await tx
          .select({ id: sessions.id })
          .from(sessions)
          .where(and(eq(sessions.committeeId, input.values.committeeId), eq(sessions.number, input.values.number)));
        if (taken) throw duplicateNumber(input.values.number);
        await checkStatusChange(tx, null, null, input.values.status);
        const [row] = await tx.insert(sessions).values(sessionColumns(input.values)).returning({ id: sessions.id });
        await writeChildren(tx, row!.id, input.values);
        await writeAudit(tx, {
          actor: input.actor,
          action: 'session.create',
          entityType: 'session',
          entityId: row!.id,
          after: await sessionSnapshot(tx, row!.id),
        });
        return row!.id;
      }),
  );
}

/** Saves the session form if nobody saved since `version` was read; otherwise refuses with a plain message. */
export async function updateSession(
  input: { actor: Actor; sessionId: number; version: number; values: SessionFormValues },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  return uniqueAs(
    'sessions_committee_number',
    () => duplicateNumber(input.values.number),
    () =>
      d.transaction(async (tx) => {
        const before = await sessionSnapshot(tx, input.sessionId);
        if (!before) throw notFound();
        requireServedCommittee(input.actor, before.committeeId);
        requireServedCommittee(input.actor, input.values.committeeId, msg('errors.committees.notFound'));
        // Judged when the committee or the day changes: a session recorded before the rule keeps saving as it is.
        if (before.committeeId !== input.values.committeeId || vnDate(before.startsAt) !== input.values.date)
          refuseOutsideCommittee(
            await committeeDays(tx, input.values.committeeId),
            { date: input.values.date },
            'session',
          );
        const [taken] = await tx
          .select({ id: sessions.id })
          .from(sessions)
          .where(
            and(
              eq(sessions.committeeId, input.values.committeeId),
              eq(sessions.number, input.values.number),
              sql`${sessions.id} <> ${input.sessionId}`,
            ),
          );
        if (taken) throw duplicateNumber(input.values.number);
        await checkStatusChange(tx, input.sessionId, before.status, input.values.status);
        const [row] = await tx
          .update(sessions)
          .set({ ...sessionColumns(input.values), version: sql`${sessions.version} + 1`, updatedAt: new Date() })
          .where(and(eq(sessions.id, input.sessionId), eq(sessions.version, input.version)))
          .returning({ version: sessions.version });
        if (!row) throw conflict(STALE_MESSAGE);
        await writeChildren(tx, input.sessionId, input.values);
        await writeAudit(tx, {
          actor: input.actor,
          action: 'session.update',
          entityType: 'session',
          entityId: input.sessionId,
          before,
          after: await sessionSnapshot(tx, input.sessionId),
        });
        return row.version;
      }),
  );
}

/**
 * The session, locked for the rest of the transaction; unknown ones are not found, and so are those of a
 * committee the actor does not serve.
 */
export async function requireSession(tx: DbOrTx, sessionId: number, actor: Actor) {
  const [s] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  if (!s) throw notFound();
  requireServedCommittee(actor, s.committeeId);
  return s;
}

/** A point of the session; one of another session is not found. */
export async function requirePoint(tx: DbOrTx, sessionId: number, pointId: number) {
  const [p] = await tx
    .select()
    .from(conferencePoints)
    .where(and(eq(conferencePoints.id, pointId), eq(conferencePoints.sessionId, sessionId)));
  if (!p) throw notFound(msg('errors.sessions.pointNotFound'));
  return p;
}

const duplicatePoint = (name: string) =>
  invalid(msg('errors.sessions.pointTaken', { name }), { name: msg('errors.sessions.pointNameUsed') });

/**
 * Refuses a point name that another point of the session already has as an attendance workbook reads names: case,
 * spacing and a leading "Điểm cầu" aside (`exactKey`). The database's key compares the text exactly, so "ĐIỂM CẦU
 * THỬ" beside "Điểm cầu thử" was taken, and a workbook or paste naming either was refused as ambiguous (attacker
 * pass 38). Called under the session's lock, which every change of a session's points takes.
 */
async function refuseLookAlikePoint(tx: DbOrTx, sessionId: number, name: string, except?: number): Promise<void> {
  const others = await tx
    .select({ id: conferencePoints.id, name: conferencePoints.name })
    .from(conferencePoints)
    .where(eq(conferencePoints.sessionId, sessionId));
  const same = others.find((p) => p.id !== except && exactKey(p.name) === exactKey(name));
  if (same) throw duplicatePoint(same.name);
}

export type PointInput = { name: string; hostAgencyId: number | null; isMain: boolean };

/** Adds a conference point; marking it main unmarks the previous main point. */
export async function addPoint(
  input: { actor: Actor; sessionId: number; point: PointInput },
  db?: DbOrTx,
): Promise<number> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  return uniqueAs(
    'conference_points_session_name',
    () => duplicatePoint(input.point.name),
    () =>
      d.transaction(async (tx) => {
        await requireSession(tx, input.sessionId, input.actor);
        await refuseLookAlikePoint(tx, input.sessionId, input.point.name);
        if (input.point.isMain)
          await tx
            .update(conferencePoints)
            .set({ isMain: false })
            .where(eq(conferencePoints.sessionId, input.sessionId));
        const [{ next } = { next: 1 }] = await tx
          .select({ next: sql<number>`coalesce(max(${conferencePoints.position}), 0) + 1`.mapWith(Number) })
          .from(conferencePoints)
          .where(eq(conferencePoints.sessionId, input.sessionId));
        const [row] = await tx
          .insert(conferencePoints)
          .values({ sessionId: input.sessionId, ...input.point, position: next })
          .returning();
        await writeAudit(tx, {
          actor: input.actor,
          action: 'point.create',
          entityType: 'conference_point',
          entityId: row!.id,
          after: row,
        });
        return row!.id;
      }),
  );
}

export async function updatePoint(
  input: { actor: Actor; sessionId: number; pointId: number; point: PointInput },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  await uniqueAs(
    'conference_points_session_name',
    () => duplicatePoint(input.point.name),
    () =>
      d.transaction(async (tx) => {
        await requireSession(tx, input.sessionId, input.actor);
        const before = await requirePoint(tx, input.sessionId, input.pointId);
        await refuseLookAlikePoint(tx, input.sessionId, input.point.name, input.pointId);
        if (input.point.isMain && !before.isMain) {
          await tx
            .update(conferencePoints)
            .set({ isMain: false })
            .where(eq(conferencePoints.sessionId, input.sessionId));
        }
        const [after] = await tx
          .update(conferencePoints)
          .set(input.point)
          .where(eq(conferencePoints.id, input.pointId))
          .returning();
        await writeAudit(tx, {
          actor: input.actor,
          action: 'point.update',
          entityType: 'conference_point',
          entityId: input.pointId,
          before,
          after,
        });
      }),
  );
}

/** Removes a point and its attendance list. */
export async function removePoint(
  input: { actor: Actor; sessionId: number; pointId: number },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId, input.actor);
    const before = await requirePoint(tx, input.sessionId, input.pointId);
    const attendees = await tx.select().from(attendances).where(eq(attendances.pointId, input.pointId));
    await tx.delete(conferencePoints).where(eq(conferencePoints.id, input.pointId));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'point.delete',
      entityType: 'conference_point',
      entityId: input.pointId,
      before: { ...before, attendees },
    });
  });
}

/** "Tỉnh Hà Giang" from "UBND tỉnh Hà Giang". */
export function pointNameForAgency(agencyName: string): string {
  const name = agencyName.replace(/^(UBND|Ủy ban nhân dân)\s+/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Adds one point per province as it existed on the session's date (63 before 1/7/2025, 34 after),
 * skipping provinces that already have a point. Returns how many were added.
 */
export async function addAllProvincePoints(input: { actor: Actor; sessionId: number }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const session = await requireSession(tx, input.sessionId, input.actor);
    const day = vnDate(session.startsAt);
    const provinces = await tx
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(and(eq(agencies.kind, 'province'), existsOnSql(day)));
    const existing = await tx.select().from(conferencePoints).where(eq(conferencePoints.sessionId, input.sessionId));
    const taken = new Set(existing.map((p) => p.hostAgencyId));
    // A point already named for the province, with or without accents or a leading "Điểm cầu", is the province's.
    const names = new Set(existing.flatMap((p) => [foldVi(p.name), exactKey(p.name)]));
    const named = (name: string) => names.has(foldVi(name)) || names.has(exactKey(name));
    const toAdd = provinces
      .filter((p) => !taken.has(p.id) && !named(pointNameForAgency(p.name)))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    if (toAdd.length === 0) return 0;
    let position = Math.max(0, ...existing.map((p) => p.position));
    const rows = await tx
      .insert(conferencePoints)
      .values(
        toAdd.map((p) => ({
          sessionId: input.sessionId,
          name: pointNameForAgency(p.name),
          hostAgencyId: p.id,
          position: ++position,
        })),
      )
      .returning({ id: conferencePoints.id });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'point.create_all_provinces',
      entityType: 'session',
      entityId: input.sessionId,
      after: { asOf: day, added: toAdd.map((p) => p.name), pointIds: rows.map((r) => r.id) },
    });
    return rows.length;
  });
}
