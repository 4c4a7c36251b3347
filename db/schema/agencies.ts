import { type AnyPgColumn, boolean, date, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const agencyKind = pgEnum('agency_kind', [
  'ministry',
  'ministry_level',
  'government_agency',
  'province',
  'provincial_department',
  'commune',
  'state_enterprise',
  'other',
]);

/**
 * A body that can be assigned work. Agencies are never deleted: an agency that ends gets `validTo`
 * and, when its duties pass to another body, `successorId` (predecessors are the reverse link).
 */
export const agencies = pgTable(
  'agencies',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    shortName: text(),
    kind: agencyKind().notNull(),
    parentId: integer().references((): AnyPgColumn => agencies.id),
    validFrom: date(),
    validTo: date(),
    successorId: integer().references((): AnyPgColumn => agencies.id),
    isCentral: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.kind), index().on(t.parentId), index().on(t.successorId)],
);

export type Agency = typeof agencies.$inferSelect;
export type AgencyKind = (typeof agencyKind.enumValues)[number];
