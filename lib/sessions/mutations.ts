import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, agendaItems, attendances, conferencePoints, people, sessionFigures, sessions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { existsOnSql } from '@/lib/agencies/policy';
import { resolveDb } from '@/lib/db';
import { uniqueAs } from '@/lib/db-errors';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { vnDate, vnToInstant } from '@/lib/time';
import { attendeeDraftSchema, type AttendeeDraft } from './attendee-schema';
import { optionalId, z } from '@/lib/zod';
import type { SessionFormValues } from './schemas';

const duplicateNumber = (n: number) =>
  invalid(`Phiên họp số ${n} đã có trong Ban Chỉ đạo này.`, { number: `Số ${n} đã được dùng cho một phiên họp khác.` });

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
        const [taken] = await tx
          .select({ id: sessions.id })
          .from(sessions)
          .where(and(eq(sessions.committeeId, input.values.committeeId), eq(sessions.number, input.values.number)));
        if (taken) throw duplicateNumber(input.values.number);
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

async function requireSession(tx: DbOrTx, sessionId: number) {
  const [s] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  if (!s) throw notFound();
  return s;
}

async function requirePoint(tx: DbOrTx, sessionId: number, pointId: number) {
  const [p] = await tx
    .select()
    .from(conferencePoints)
    .where(and(eq(conferencePoints.id, pointId), eq(conferencePoints.sessionId, sessionId)));
  if (!p) throw notFound('Không tìm thấy điểm cầu.');
  return p;
}

const duplicatePoint = (name: string) =>
  invalid(`Điểm cầu "${name}" đã có trong phiên họp.`, { name: 'Tên điểm cầu đã được dùng.' });

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
        await requireSession(tx, input.sessionId);
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
        await requireSession(tx, input.sessionId);
        const before = await requirePoint(tx, input.sessionId, input.pointId);
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
    await requireSession(tx, input.sessionId);
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
    const session = await requireSession(tx, input.sessionId);
    const day = vnDate(session.startsAt);
    const provinces = await tx
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(and(eq(agencies.kind, 'province'), existsOnSql(day)));
    const existing = await tx.select().from(conferencePoints).where(eq(conferencePoints.sessionId, input.sessionId));
    const taken = new Set(existing.map((p) => p.hostAgencyId));
    const names = new Set(existing.map((p) => foldVi(p.name)));
    const toAdd = provinces
      .filter((p) => !taken.has(p.id) && !names.has(foldVi(pointNameForAgency(p.name))))
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

export const attendeeInputSchema = z.intersection(
  attendeeDraftSchema,
  z.object({ personId: optionalId('Người').optional(), pointId: optionalId('Điểm cầu').optional() }),
);
/** `pointId`: the row's point, when a whole session's attendance is saved at once. */
export type AttendeeInput = AttendeeDraft & { personId?: number | null; pointId?: number | null };

const withPoint = attendeeInputSchema.superRefine((row, ctx) => {
  if (!row.pointId) ctx.addIssue({ code: 'custom', path: ['pointId'], message: 'Chưa chọn điểm cầu' });
});

/**
 * Validates every row; one bad row refuses the whole batch, with each row's errors. With `perRowPoint`,
 * each row must name its point (a whole session's attendance).
 */
export function parseAttendeeRows(rows: unknown, perRowPoint = false): AttendeeInput[] {
  const result = z
    .array(perRowPoint ? withPoint : attendeeInputSchema)
    .min(1, { error: 'Chưa có đại biểu nào để lưu.' })
    .max(2000)
    .safeParse(rows);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[['rows', ...issue.path].join('.')] ??= issue.message;
  const badRows = new Set(result.error.issues.map((i) => i.path[0]).filter((p) => typeof p === 'number'));
  throw invalid(
    badRows.size
      ? `${badRows.size} dòng có lỗi; chưa lưu đại biểu nào.`
      : (result.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.'),
    fieldErrors,
  );
}

/**
 * Saves attendees in one transaction: all rows or none. To one point (`pointId`), or, without it, each
 * row to the point of the session it names (`pointId` on the row: a whole session's workbook). Each row
 * keeps name, title and agency as given (as they were that day). Rows without a known person become
 * people for later search.
 */
export async function addAttendees(
  input: { actor: Actor; sessionId: number; pointId?: number | null; attendees: unknown },
  db?: DbOrTx,
): Promise<number[]> {
  assertCan(input.actor, 'session.manage');
  const attendees = parseAttendeeRows(input.attendees, !input.pointId);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId);
    if (input.pointId) await requirePoint(tx, input.sessionId, input.pointId);
    const pointOf = (a: AttendeeInput) => input.pointId ?? a.pointId!;
    const pointIds = [...new Set(attendees.map(pointOf))];
    const points = await tx
      .select({ id: conferencePoints.id })
      .from(conferencePoints)
      .where(and(eq(conferencePoints.sessionId, input.sessionId), inArray(conferencePoints.id, pointIds)));
    const foreign = attendees.flatMap((a, i) => (points.some((p) => p.id === pointOf(a)) ? [] : [i]));
    if (foreign.length)
      throw invalid(
        `${foreign.length} dòng có lỗi; chưa lưu đại biểu nào.`,
        Object.fromEntries(foreign.map((i) => [`rows.${i}.pointId`, 'Điểm cầu không thuộc phiên họp này'])),
      );
    const agencyRows = await tx
      .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
      .from(agencies);
    const agencyByName = new Map<string, { id: number; name: string }>();
    for (const a of agencyRows) {
      agencyByName.set(foldVi(a.name), a);
      if (a.shortName) agencyByName.set(foldVi(a.shortName), a);
    }
    const knownIds = attendees.map((a) => a.personId).filter((v): v is number => !!v);
    const known = knownIds.length ? await tx.select().from(people).where(inArray(people.id, knownIds)) : [];
    if (known.length !== new Set(knownIds).size) throw invalid('Có đại biểu không còn trong danh mục, hãy chọn lại.');

    const last = await tx
      .select({ pointId: attendances.pointId, last: sql<number>`max(${attendances.position})`.mapWith(Number) })
      .from(attendances)
      .where(inArray(attendances.pointId, pointIds))
      .groupBy(attendances.pointId);
    const position = new Map(pointIds.map((id) => [id, last.find((l) => l.pointId === id)?.last ?? 0]));
    const values = [];
    for (const a of attendees) {
      const pointId = pointOf(a);
      position.set(pointId, position.get(pointId)! + 1);
      const person = known.find((p) => p.id === a.personId);
      const agency = a.agencyName
        ? agencyByName.get(foldVi(a.agencyName))
        : person?.agencyId
          ? agencyRows.find((r) => r.id === person.agencyId)
          : undefined;
      let personId = a.personId ?? null;
      if (!personId) {
        const [person] = await tx
          .insert(people)
          .values({ fullName: a.fullName, positionTitle: a.positionTitle, agencyId: agency?.id ?? null })
          .returning({ id: people.id });
        personId = person!.id;
      }
      values.push({
        pointId,
        personId,
        fullName: a.fullName,
        positionTitle: a.positionTitle,
        agencyId: agency?.id ?? null,
        agencyName: a.agencyName ?? agency?.name ?? null,
        role: a.role,
        presence: a.presence,
        representedBy: a.presence === 'represented' ? a.representedBy : null,
        position: position.get(pointId)!,
      });
    }
    const rows = await tx.insert(attendances).values(values).returning();
    for (const pointId of pointIds) {
      await writeAudit(tx, {
        actor: input.actor,
        action: 'attendance.create',
        entityType: 'conference_point',
        entityId: pointId,
        after: rows.filter((r) => r.pointId === pointId),
      });
    }
    return rows.map((r) => r.id);
  });
}

export async function updateAttendee(
  input: { actor: Actor; sessionId: number; attendeeId: number; values: AttendeeDraft },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId);
    const [before] = await tx
      .select({ a: attendances })
      .from(attendances)
      .innerJoin(conferencePoints, eq(conferencePoints.id, attendances.pointId))
      .where(and(eq(attendances.id, input.attendeeId), eq(conferencePoints.sessionId, input.sessionId)));
    if (!before) throw notFound('Không tìm thấy đại biểu.');
    const v = input.values;
    const [after] = await tx
      .update(attendances)
      .set({
        fullName: v.fullName,
        positionTitle: v.positionTitle,
        agencyName: v.agencyName,
        role: v.role,
        presence: v.presence,
        representedBy: v.presence === 'represented' ? v.representedBy : null,
      })
      .where(eq(attendances.id, input.attendeeId))
      .returning();
    await writeAudit(tx, {
      actor: input.actor,
      action: 'attendance.update',
      entityType: 'attendance',
      entityId: input.attendeeId,
      before: before.a,
      after,
    });
  });
}

export async function removeAttendee(
  input: { actor: Actor; sessionId: number; attendeeId: number },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId);
    const [before] = await tx
      .select({ a: attendances })
      .from(attendances)
      .innerJoin(conferencePoints, eq(conferencePoints.id, attendances.pointId))
      .where(and(eq(attendances.id, input.attendeeId), eq(conferencePoints.sessionId, input.sessionId)));
    if (!before) throw notFound('Không tìm thấy đại biểu.');
    await tx.delete(attendances).where(eq(attendances.id, input.attendeeId));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'attendance.delete',
      entityType: 'attendance',
      entityId: input.attendeeId,
      before: before.a,
    });
  });
}
