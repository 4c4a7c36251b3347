import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { COMMITTEE_POSITIONS } from './enums';
import { people } from './people';

export const committeeLevel = pgEnum('committee_level', ['central', 'provincial']);

/** A member's position in the committee: Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng ban, Ủy viên, Thư ký. */
export const committeePosition = pgEnum('committee_position', COMMITTEE_POSITIONS);

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

/**
 * Membership by date range, so "members as of a session" is a query on the session's date. A row is a member
 * agency (the assignment group "committee members"), a person (with the agency they come from), or both.
 */
export const committeeMembers = pgTable(
  'committee_members',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    committeeId: integer()
      .notNull()
      .references(() => committees.id),
    agencyId: integer().references(() => agencies.id),
    personId: integer().references(() => people.id),
    position: committeePosition().notNull().default('member'),
    validFrom: date().notNull(),
    validTo: date(),
    /**
     * The member's place in the list that made them one (decision 086: an imported decision's annex lists the head,
     * the deputies and the members in its own order); null for one added by hand, shown after those of a list.
     */
    listOrder: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.committeeId, t.agencyId, t.validFrom),
    index().on(t.agencyId),
    index().on(t.personId),
    check('committee_members_someone', sql`${t.agencyId} is not null or ${t.personId} is not null`),
    check('committee_members_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export type Committee = typeof committees.$inferSelect;
export type CommitteeMember = typeof committeeMembers.$inferSelect;
export type CommitteePosition = (typeof committeePosition.enumValues)[number];
