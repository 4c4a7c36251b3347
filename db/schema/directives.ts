import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { sessions } from './sessions';

/** The six contents of the State administrative reform master programme (fixed reference data). */
export const reformAreas = pgTable('reform_areas', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  /** The role the programme gives the area: "nền tảng", "trọng tâm", "động lực", "đột phá". */
  role: text(),
  position: integer().notNull(),
});

/** A conclusion or instruction (chỉ đạo, kết luận); sub-items (2a, 2b) point to their parent. */
export const directives = pgTable(
  'directives',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer().references(() => sessions.id),
    /**
     * Another source document, e.g. "Thông báo số 09/TB-VPCP", when not (only) from a session: a conclusion
     * notice, a "Chỉ thị", a letter. Directives brought in from an office's backlog sheet live here with no
     * session (decision 027).
     */
    sourceDocument: text(),
    /** The date of the source document (Vietnam calendar). */
    sourceDocumentDate: date(),
    /**
     * Set for a directive brought in by a backlog import: a digest of its source document and text, so the
     * same sheet imported twice creates nothing twice (lib/directives/backlog-import.ts).
     */
    importKey: text().unique(),
    parentId: integer().references((): AnyPgColumn => directives.id),
    /** The earlier session's directive this one continues (decision 036); the earlier one shows it too. */
    continuesDirectiveId: integer().references((): AnyPgColumn => directives.id),
    /** Display label: "2", "2a". */
    ordinal: text().notNull(),
    position: integer().notNull(),
    text: text().notNull(),
    issuedBy: text(),
    /** An assessment with nothing to do: kept, never assigned. */
    isAssessment: boolean().notNull().default(false),
    isCrossCutting: boolean().notNull().default(false),
    isConfidential: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.sessionId, t.position),
    index().on(t.parentId),
    check('directives_have_source', sql`${t.sessionId} is not null or ${t.sourceDocument} is not null`),
  ],
);

export const directiveAreas = pgTable(
  'directive_areas',
  {
    directiveId: integer()
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    areaId: integer()
      .notNull()
      .references(() => reformAreas.id),
  },
  (t) => [primaryKey({ columns: [t.directiveId, t.areaId] }), index().on(t.areaId)],
);

/**
 * The reviews of a pasted notice a session saved: each review has its own id (made when the notice was read), and is
 * saved once. Sent again after one of its items was edited or deleted, its other items were saved a second time with
 * their tasks (attacker pass 23): the texts no longer all matched what was there.
 */
export const acceptedProposalSets = pgTable(
  'accepted_proposal_sets',
  {
    sessionId: integer()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    setId: text().notNull(),
    acceptedBy: integer().references(() => users.id),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.setId] })],
);

export type Directive = typeof directives.$inferSelect;
export type ReformArea = typeof reformAreas.$inferSelect;
