import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';

/** A named official. Attendance copies title and agency as of the day, so later changes here do not rewrite history. */
export const people = pgTable(
  'people',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    fullName: text().notNull(),
    positionTitle: text(),
    agencyId: integer().references(() => agencies.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agencyId), index().on(t.fullName)],
);

export type Person = typeof people.$inferSelect;
