import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  agencies,
  agendaItems,
  attendances,
  committees,
  conferencePoints,
  people,
  sessionFigures,
  sessions,
} from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { assertCan, can, canReadSession, type Actor } from '@/lib/policy';

/** Sessions the actor may read, newest first, with point and attendee counts. */
export async function listSessions(input: { actor: Actor; limit?: number }, db?: DbOrTx) {
  assertCan(input.actor, 'session.read');
  const d = await resolveDb(db);
  const rows = await d
    .select({
      id: sessions.id,
      number: sessions.number,
      title: sessions.title,
      startsAt: sessions.startsAt,
      status: sessions.status,
      format: sessions.format,
      committeeName: committees.name,
    })
    .from(sessions)
    .innerJoin(committees, eq(committees.id, sessions.committeeId))
    .where(can(input.actor, 'session.readUnpublished') ? undefined : eq(sessions.status, 'minutes_published'))
    .orderBy(desc(sessions.startsAt))
    .limit(input.limit ?? 50);
  if (rows.length === 0) return [];
  const points = await d
    .select({ sessionId: conferencePoints.sessionId, pointId: conferencePoints.id })
    .from(conferencePoints)
    .where(
      inArray(
        conferencePoints.sessionId,
        rows.map((r) => r.id),
      ),
    );
  const attendeeRows = points.length
    ? await d
        .select({ pointId: attendances.pointId })
        .from(attendances)
        .where(
          and(
            inArray(
              attendances.pointId,
              points.map((p) => p.pointId),
            ),
            ne(attendances.presence, 'absent'),
          ),
        )
    : [];
  return rows.map((r) => {
    const pointIds = points.filter((p) => p.sessionId === r.id).map((p) => p.pointId);
    return {
      ...r,
      pointCount: pointIds.length,
      attendeeCount: attendeeRows.filter((a) => pointIds.includes(a.pointId)).length,
    };
  });
}

export type SessionListItem = Awaited<ReturnType<typeof listSessions>>[number];

/** One session with agenda, figures, points and attendees; null when missing or not readable. */
export async function getSessionDetail(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [row] = await d
    .select({
      session: sessions,
      committeeName: committees.name,
      chairName: people.fullName,
      chairTitle: people.positionTitle,
    })
    .from(sessions)
    .innerJoin(committees, eq(committees.id, sessions.committeeId))
    .leftJoin(people, eq(people.id, sessions.chairPersonId))
    .where(eq(sessions.id, input.sessionId));
  if (!row || !canReadSession(input.actor, row.session)) return null;
  const [agenda, figures, points] = await Promise.all([
    d.select().from(agendaItems).where(eq(agendaItems.sessionId, input.sessionId)).orderBy(asc(agendaItems.position)),
    d
      .select({ figure: sessionFigures, agencyName: agencies.shortName })
      .from(sessionFigures)
      .leftJoin(agencies, eq(agencies.id, sessionFigures.agencyId))
      .where(eq(sessionFigures.sessionId, input.sessionId))
      .orderBy(asc(sessionFigures.position)),
    d
      .select({ point: conferencePoints, hostName: agencies.name })
      .from(conferencePoints)
      .leftJoin(agencies, eq(agencies.id, conferencePoints.hostAgencyId))
      .where(eq(conferencePoints.sessionId, input.sessionId))
      .orderBy(desc(conferencePoints.isMain), asc(conferencePoints.position)),
  ]);
  const attendeeRows = points.length
    ? await d
        .select()
        .from(attendances)
        .where(
          inArray(
            attendances.pointId,
            points.map((p) => p.point.id),
          ),
        )
        .orderBy(asc(attendances.position))
    : [];
  return {
    ...row.session,
    committeeName: row.committeeName,
    chairName: row.chairName,
    chairTitle: row.chairTitle,
    agenda,
    figures: figures.map((f) => ({ ...f.figure, agencyName: f.agencyName })),
    points: points.map((p) => ({
      ...p.point,
      hostName: p.hostName,
      attendees: attendeeRows.filter((a) => a.pointId === p.point.id),
    })),
  };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSessionDetail>>>;
