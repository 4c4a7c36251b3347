import { type AnyPgColumn, date, index, integer, pgEnum, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { people } from './people';

export const committeeLevel = pgEnum('committee_level', ['central', 'provincial']);

export const committees = pgTable('committees', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  level: committeeLevel().notNull(),
  headPersonId: integer().references(() => people.id),
  headTitle: text(),
  standingAgencyId: integer().references(() => agencies.id),
  parentId: integer().references((): AnyPgColumn => committees.id),
  successorId: integer().references((): AnyPgColumn => committees.id),
  establishedBy: text(),
  validFrom: date(),
  validTo: date(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Membership by date range, so "members as of a session" is a query on the session's date. */
export const committeeMembers = pgTable(
  'committee_members',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    committeeId: integer()
      .notNull()
      .references(() => committees.id),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    validFrom: date().notNull(),
    validTo: date(),
  },
  (t) => [unique().on(t.committeeId, t.agencyId, t.validFrom), index().on(t.agencyId)],
);

export type Committee = typeof committees.$inferSelect;
