import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, attendances, conferencePoints, people } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { attendeeRowsSchema } from '@/lib/sessions/schemas';
import type { AttendeeDraft } from './attendee-schema';
import { requirePoint, requireSession } from './mutations';

/* The attendees of a session's conference points (đại biểu): added in batches, edited, removed. */

export { attendeeInputSchema } from '@/lib/sessions/schemas';
/** `pointId`: the row's point, when a whole session's attendance is saved at once. */
export type AttendeeInput = AttendeeDraft & { personId?: number | null; pointId?: number | null };

/**
 * Validates every row; one bad row refuses the whole batch, with each row's errors. With `perRowPoint`,
 * each row must name its point (a whole session's attendance).
 */
export function parseAttendeeRows(rows: unknown, perRowPoint = false): AttendeeInput[] {
  const result = attendeeRowsSchema(perRowPoint).safeParse(rows);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[['rows', ...issue.path].join('.')] ??= issue.message;
  const badRows = new Set(result.error.issues.map((i) => i.path[0]).filter((p) => typeof p === 'number'));
  throw invalid(
    badRows.size
      ? msg('errors.sessions.rowsInvalid', { count: badRows.size })
      : (result.error.issues[0]?.message ?? msg('errors.sessions.dataInvalid')),
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
    await requireSession(tx, input.sessionId, input.actor);
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
        msg('errors.sessions.rowsInvalid', { count: foreign.length }),
        Object.fromEntries(foreign.map((i) => [`rows.${i}.pointId`, msg('errors.sessions.pointNotInSession')])),
      );
    const twice = await listedTwice(tx, input.sessionId, attendees);
    if (twice.size)
      throw invalid(
        msg('errors.sessions.rowsInvalid', { count: twice.size }),
        Object.fromEntries([...twice].map(([i, message]) => [`rows.${i}.fullName`, message])),
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
    if (known.length !== new Set(knownIds).size) throw invalid(msg('errors.sessions.personGone'));

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

/**
 * Who a row is: the directory's person, else the name with the title and the agency (two people may share a name,
 * and a title: "Phó Giám đốc" of two departments).
 */
type Who = { personId?: number | null; fullName: string; positionTitle?: string | null; agencyName?: string | null };
const whoKey = (a: Who) =>
  a.personId
    ? `#${a.personId}`
    : [a.fullName, a.positionTitle ?? '', a.agencyName ?? '']
        .map((t) => foldVi(t).replace(/\s+/g, ' ').trim())
        .join('|');

/**
 * One person attends a session once, at one point: a row naming someone already listed at any of its points (other
 * than the row `except`, being edited), or twice in the rows given, is refused with the row (a pasted list with a
 * repeated line counted one person twice). The refusals by row index.
 */
async function listedTwice(tx: DbOrTx, sessionId: number, rows: Who[], except?: number): Promise<Map<number, string>> {
  const listed = await tx
    .select({
      personId: attendances.personId,
      fullName: attendances.fullName,
      positionTitle: attendances.positionTitle,
      agencyName: attendances.agencyName,
      point: conferencePoints.name,
    })
    .from(attendances)
    .innerJoin(conferencePoints, eq(conferencePoints.id, attendances.pointId))
    .where(
      except === undefined
        ? eq(conferencePoints.sessionId, sessionId)
        : and(eq(conferencePoints.sessionId, sessionId), ne(attendances.id, except)),
    );
  // Two rows of the directory's people are one person only by their ids; a row typed in is compared by what it says.
  const textKey = (a: Who) => whoKey({ ...a, personId: null });
  const byId = new Map<string, string>();
  const byText = new Map<string, { point: string; typed: boolean }>();
  for (const a of listed) {
    if (a.personId) byId.set(whoKey(a), a.point);
    byText.set(textKey(a), { point: a.point, typed: !a.personId });
  }
  const seenId = new Map<string, number>();
  const seenText = new Map<string, { row: number; typed: boolean }>();
  const errors = new Map<number, string>();
  rows.forEach((a, i) => {
    const typed = !a.personId;
    const text = byText.get(textKey(a));
    const point =
      (a.personId ? byId.get(whoKey(a)) : undefined) ?? (text && (typed || text.typed) ? text.point : undefined);
    const before = seenText.get(textKey(a));
    const earlier =
      (a.personId ? seenId.get(whoKey(a)) : undefined) ?? (before && (typed || before.typed) ? before.row : undefined);
    if (point) errors.set(i, msg('errors.sessions.attendeeListed', { name: a.fullName, point }));
    else if (earlier !== undefined)
      errors.set(i, msg('errors.sessions.attendeeRepeated', { name: a.fullName, row: earlier + 1 }));
    if (a.personId && !seenId.has(whoKey(a))) seenId.set(whoKey(a), i);
    if (!seenText.has(textKey(a))) seenText.set(textKey(a), { row: i, typed });
  });
  return errors;
}

export async function updateAttendee(
  input: { actor: Actor; sessionId: number; attendeeId: number; values: AttendeeDraft },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    await requireSession(tx, input.sessionId, input.actor);
    const [before] = await tx
      .select({ a: attendances })
      .from(attendances)
      .innerJoin(conferencePoints, eq(conferencePoints.id, attendances.pointId))
      .where(and(eq(attendances.id, input.attendeeId), eq(conferencePoints.sessionId, input.sessionId)));
    if (!before) throw notFound(msg('errors.sessions.attendeeNotFound'));
    const v = input.values;
    // What the secretariat typed is compared by what it says, as a typed row is.
    const [twice] = (await listedTwice(tx, input.sessionId, [{ ...v, personId: null }], before.a.id)).values();
    if (twice) throw invalid(twice, { fullName: twice });
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
    await requireSession(tx, input.sessionId, input.actor);
    const [before] = await tx
      .select({ a: attendances })
      .from(attendances)
      .innerJoin(conferencePoints, eq(conferencePoints.id, attendances.pointId))
      .where(and(eq(attendances.id, input.attendeeId), eq(conferencePoints.sessionId, input.sessionId)));
    if (!before) throw notFound(msg('errors.sessions.attendeeNotFound'));
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
