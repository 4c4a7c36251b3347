import 'server-only';
import { and, asc, desc, eq, gt, gte, isNull, or, sql } from 'drizzle-orm';
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
import { committeeFilter } from '@/lib/committees/scope';
import { assertCan, can, canReadSession, type Actor } from '@/lib/policy';
import { containsFolded, containsWordsFolded, startsWithFolded } from '@/lib/search';
import { formatDate, vnDate, vnTime, type IsoDate } from '@/lib/time';
import { listSessionPoints, pointNeighbours } from './points';
import type { SessionFilter } from './schemas';

/** The sessions `listSessions` reads for an actor and a filter (and, with `after`, those after that id). */
function sessionsWhere(actor: Actor, filter: SessionFilter | undefined, after?: number) {
  const f = filter ?? { committee: null };
  const year = f.year
    ? sql`extract(year from ${sessions.startsAt} at time zone 'Asia/Ho_Chi_Minh') = ${f.year}`
    : undefined;
  return and(
    can(actor, 'session.readUnpublished') ? undefined : eq(sessions.status, 'minutes_published'),
    committeeFilter(actor, sessions.committeeId),
    f.committee ? eq(sessions.committeeId, f.committee) : undefined,
    f.status ? eq(sessions.status, f.status) : undefined,
    year,
    f.q ? containsFolded(sessions.title, f.q) : undefined,
    after === undefined ? undefined : gt(sessions.id, after),
  );
}

const newestFirst = [desc(sessions.startsAt), desc(sessions.id)];

/** Sessions the actor may read, newest first, filtered, with point and attendee counts; with `after`, by id after it. */
export async function listSessions(
  input: { actor: Actor; filter?: SessionFilter; limit?: number; after?: number },
  db?: DbOrTx,
) {
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
      pointCount: sql<number>`(select count(*) from ${conferencePoints} p where p.session_id = ${sessions.id})`.mapWith(
        Number,
      ),
      attendeeCount: sql<number>`(select count(*) from ${attendances} a join ${conferencePoints} p on p.id = a.point_id
        where p.session_id = ${sessions.id} and a.presence <> 'absent')`.mapWith(Number),
    })
    .from(sessions)
    .innerJoin(committees, eq(committees.id, sessions.committeeId))
    .where(sessionsWhere(input.actor, input.filter, input.after))
    .orderBy(...(input.after === undefined ? newestFirst : [asc(sessions.id)]))
    .limit(input.limit ?? 100);
  return rows;
}

/**
 * The sessions a filter form offers: those of `listSessions` in its order, with only what an option shows (no
 * counts of points and attendees, no committee). The task list and the directives list offer 100 of them.
 */
export async function listSessionOptions(input: { actor: Actor; filter?: SessionFilter; limit?: number }, db?: DbOrTx) {
  assertCan(input.actor, 'session.read');
  const d = await resolveDb(db);
  return d
    .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
    .from(sessions)
    .where(sessionsWhere(input.actor, input.filter))
    .orderBy(...newestFirst)
    .limit(input.limit ?? 100);
}

export type SessionListItem = Awaited<ReturnType<typeof listSessions>>[number];

/**
 * A session with its committee's name and its chair's name and title: what the session page and its minutes and
 * notice are headed with. Undefined when there is no such session; the caller checks who may read it.
 */
export async function getSessionHeader(d: DbOrTx, sessionId: number) {
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
    .where(eq(sessions.id, sessionId));
  return row;
}

export type SessionHeader = NonNullable<Awaited<ReturnType<typeof getSessionHeader>>>;

/** One session with agenda, figures and its points with attendance counts; null when missing or not readable. */
export async function getSessionDetail(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const row = await getSessionHeader(d, input.sessionId);
  if (!row || !canReadSession(input.actor, row.session)) return null;
  const count = (presence: 'present' | 'absent' | 'represented') =>
    sql<number>`count(${attendances.id}) filter (where ${attendances.presence} = ${presence})`.mapWith(Number);
  const [agenda, figures, points] = await Promise.all([
    d.select().from(agendaItems).where(eq(agendaItems.sessionId, input.sessionId)).orderBy(asc(agendaItems.position)),
    d
      .select({ figure: sessionFigures, agencyName: agencies.shortName })
      .from(sessionFigures)
      .leftJoin(agencies, eq(agencies.id, sessionFigures.agencyId))
      .where(eq(sessionFigures.sessionId, input.sessionId))
      .orderBy(asc(sessionFigures.position)),
    d
      .select({
        point: conferencePoints,
        hostName: agencies.name,
        present: count('present'),
        absent: count('absent'),
        represented: count('represented'),
      })
      .from(conferencePoints)
      .leftJoin(agencies, eq(agencies.id, conferencePoints.hostAgencyId))
      .leftJoin(attendances, eq(attendances.pointId, conferencePoints.id))
      .where(eq(conferencePoints.sessionId, input.sessionId))
      .groupBy(conferencePoints.id, agencies.name)
      .orderBy(desc(conferencePoints.isMain), asc(conferencePoints.position), asc(conferencePoints.id)),
  ]);
  const pointRows = points.map((p) => ({
    ...p.point,
    hostName: p.hostName,
    present: p.present,
    absent: p.absent,
    represented: p.represented,
  }));
  return {
    ...row.session,
    committeeName: row.committeeName,
    chairName: row.chairName,
    chairTitle: row.chairTitle,
    agenda,
    figures: figures.map((f) => ({ ...f.figure, agencyName: f.agencyName })),
    points: pointRows,
    totals: {
      present: pointRows.reduce((n, p) => n + p.present, 0),
      absent: pointRows.reduce((n, p) => n + p.absent, 0),
      represented: pointRows.reduce((n, p) => n + p.represented, 0),
    },
  };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSessionDetail>>>;

/** A point of a readable session with its attendees in order, and the points before and after it in the session. */
export async function getPointDetail(input: { actor: Actor; sessionId: number; pointId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [row] = await d
    .select({ point: conferencePoints, hostName: agencies.name, session: sessions })
    .from(conferencePoints)
    .innerJoin(sessions, eq(sessions.id, conferencePoints.sessionId))
    .leftJoin(agencies, eq(agencies.id, conferencePoints.hostAgencyId))
    .where(and(eq(conferencePoints.id, input.pointId), eq(conferencePoints.sessionId, input.sessionId)));
  if (!row || !canReadSession(input.actor, row.session)) return null;
  const [attendees, order] = await Promise.all([
    d
      .select()
      .from(attendances)
      .where(eq(attendances.pointId, input.pointId))
      .orderBy(asc(attendances.position), asc(attendances.id)),
    listSessionPoints(input, d),
  ]);
  const { previous, next } = pointNeighbours(order ?? [], input.pointId);
  return { ...row.point, hostName: row.hostName, session: row.session, attendees, previous, next };
}

export type PointDetail = NonNullable<Awaited<ReturnType<typeof getPointDetail>>>;

/** Every point of a session with its attendees, for the XLSX export and the print view. */
export async function getAttendanceSheet(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [session] = await d.select().from(sessions).where(eq(sessions.id, input.sessionId));
  if (!session || !canReadSession(input.actor, session)) return null;
  const points = await d.query.conferencePoints.findMany({
    where: eq(conferencePoints.sessionId, input.sessionId),
    orderBy: [desc(conferencePoints.isMain), asc(conferencePoints.position), asc(conferencePoints.id)],
    with: { attendees: { orderBy: [asc(attendances.position), asc(attendances.id)] } },
  });
  return { session, points };
}

/** Committees for pickers and filters: those the actor serves. */
export async function listCommittees(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'session.read');
  const d = await resolveDb(db);
  return d
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(committeeFilter(input.actor, committees.id))
    .orderBy(asc(committees.id));
}

/**
 * The committees the session form offers (decision 094): those not ended by today (one that begins later is offered:
 * a planned session may be its first), and the session's own (`keep`), so an earlier session of a committee that
 * has since ended is still edited there. Saving checks the day against the committee's days (decision 085).
 */
export async function listCommitteesForSessionForm(
  input: { actor: Actor; keep?: number | null; today?: IsoDate },
  db?: DbOrTx,
) {
  assertCan(input.actor, 'session.manage');
  const d = await resolveDb(db);
  const today = input.today ?? vnDate();
  const open = or(isNull(committees.validTo), gte(committees.validTo, today));
  return d
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(
      and(committeeFilter(input.actor, committees.id), input.keep ? or(open, eq(committees.id, input.keep)) : open),
    )
    .orderBy(asc(committees.id));
}

/** The values the edit form starts from, including the version it must send back. */
export async function getSessionForEdit(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  assertCan(input.actor, 'session.manage');
  const detail = await getSessionDetail(input, db);
  if (!detail) return null;
  return {
    sessionId: detail.id,
    version: detail.version,
    chairName: detail.chairName,
    isoDate: vnDate(detail.startsAt),
    values: {
      committeeId: detail.committeeId,
      number: detail.number,
      title: detail.title,
      date: formatDate(detail.startsAt),
      time: vnTime(detail.startsAt),
      format: detail.format,
      status: detail.status,
      chairPersonId: detail.chairPersonId,
      location: detail.location ?? '',
      summary: detail.summary ?? '',
      agenda: detail.agenda.map((a) => ({ title: a.title, presenter: a.presenter ?? '' })),
      figures: detail.figures.map((f) => ({
        label: f.label,
        value: String(Number(f.value)),
        unit: f.unit ?? '',
        agencyId: f.agencyId,
        note: f.note ?? '',
      })),
    },
  };
}

/**
 * People whose name or title matches `q`, ignoring accents and case: the attendee and chair pickers. Every word
 * typed is in the title or the name ("Thủ tướng", "bo truong noi vu", "thu tuong chinh"); a match on the name
 * comes first, then a title that starts with the words (the "Thủ tướng" before the "Phó Thủ tướng"), then the rest; within each, by name
 * without accents, then the older record.
 */
export async function searchPeople(input: { actor: Actor; q: string; limit?: number }, db?: DbOrTx) {
  assertCan(input.actor, 'session.manage');
  const q = input.q.trim().replace(/\s+/g, ' ').slice(0, 100);
  if (q.length < 2) return [];
  const d = await resolveDb(db);
  const text = sql`coalesce(${people.positionTitle}, '') || ' ' || ${people.fullName}`;
  const rank = sql`case when ${containsFolded(people.fullName, q)} then 0 when ${startsWithFolded(people.positionTitle, q)} then 1 else 2 end`;
  const rows = await d
    .select({
      id: people.id,
      fullName: people.fullName,
      positionTitle: people.positionTitle,
      agencyId: people.agencyId,
      agencyName: agencies.name,
    })
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .where(containsWordsFolded(text, q))
    // Names compared folded and byte by byte ("C"), then the older record: the same order, and under the limit the
    // same people, on PostgreSQL and PGlite whatever their collation (decision 086); the registry's person before a
    // namesake made later.
    .orderBy(rank, sql`f_unaccent(lower(${people.fullName})) collate "C"`, asc(people.id))
    .limit(input.limit ?? 10);
  return rows;
}
