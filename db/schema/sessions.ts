import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  boolean,
  check,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { committees } from './committees';
import { people } from './people';

export const sessionFormat = pgEnum('session_format', ['in_person', 'online', 'hybrid']);
export const sessionStatus = pgEnum('session_status', ['planned', 'held', 'minutes_published']);
export const attendeeRole = pgEnum('attendee_role', ['chair', 'member', 'invited', 'secretary']);
export const attendancePresence = pgEnum('attendance_presence', ['present', 'absent', 'represented']);

/** A numbered meeting (phiên họp) of a committee. */
export const sessions = pgTable(
  'sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    committeeId: integer()
      .notNull()
      .references(() => committees.id),
    number: integer().notNull(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    format: sessionFormat().notNull(),
    chairPersonId: integer().references(() => people.id),
    location: text(),
    summary: text(),
    status: sessionStatus().notNull().default('planned'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('sessions_committee_number').on(t.committeeId, t.number),
    index().on(t.startsAt),
    check('sessions_number_positive', sql`${t.number} > 0`),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    presenter: text(),
  },
  (t) => [index().on(t.sessionId, t.position)],
);

/** A figure reported at the session, e.g. "2.700 thủ tục hành chính được cắt giảm". */
export const sessionFigures = pgTable(
  'session_figures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    label: text().notNull(),
    value: numeric({ precision: 14, scale: 2 }).notNull(),
    unit: text(),
    agencyId: integer().references(() => agencies.id),
    note: text(),
  },
  (t) => [index().on(t.sessionId, t.position)],
);

/** A video-conference point (điểm cầu). */
export const conferencePoints = pgTable(
  'conference_points',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    hostAgencyId: integer().references(() => agencies.id),
    isMain: boolean().notNull().default(false),
    position: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.sessionId, t.position),
    uniqueIndex('conference_points_one_main')
      .on(t.sessionId)
      .where(sql`${t.isMain}`),
    unique('conference_points_session_name').on(t.sessionId, t.name),
  ],
);

/** Who sat at a point, with name, title and agency as they were that day. */
export const attendances = pgTable(
  'attendances',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pointId: integer()
      .notNull()
      .references(() => conferencePoints.id, { onDelete: 'cascade' }),
    personId: integer().references(() => people.id),
    fullName: text().notNull(),
    positionTitle: text(),
    agencyId: integer().references(() => agencies.id),
    agencyName: text(),
    role: attendeeRole().notNull().default('member'),
    presence: attendancePresence().notNull().default('present'),
    representedBy: text(),
    position: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.pointId, t.position),
    index().on(t.personId),
    check(
      'attendances_represented_has_name',
      sql`${t.presence} <> 'represented' or coalesce(${t.representedBy}, '') <> ''`,
    ),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type ConferencePoint = typeof conferencePoints.$inferSelect;
export type Attendance = typeof attendances.$inferSelect;
