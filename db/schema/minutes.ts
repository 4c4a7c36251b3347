import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { sessions } from './sessions';

export const documentKind = pgEnum('document_kind', ['minutes', 'notice']);
export const documentStatus = pgEnum('document_status', ['draft', 'in_review', 'published']);
export const authorityPrefix = pgEnum('authority_prefix', ['none', 'TM', 'KT', 'TL', 'TUQ']);

/** The minutes (Biên bản, BB) or the conclusion notice (Thông báo kết luận, TB) of a session. */
export const documents = pgTable(
  'documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id),
    kind: documentKind().notNull(),
    /** "45" in "Số: 45/TB-VPCP". */
    number: text(),
    /** "TB-VPCP" in "Số: 45/TB-VPCP". */
    symbol: text(),
    issuingBody: text(),
    place: text(),
    issueDate: date(),
    subject: text(),
    signerName: text(),
    signerTitle: text(),
    authorityPrefix: authorityPrefix().notNull().default('none'),
    authorityBody: text(),
    recipients: jsonb().$type<string[]>().notNull().default([]),
    /** Free text (markdown) before the generated conclusions: the opening, assessments. */
    body: text().notNull().default(''),
    /** Free text (markdown) closing the document; a notice with none ends with the built-in formula. */
    closing: text().notNull().default(''),
    /** The notice's assignment sentence per directive id as the secretariat worded it ('' = none); a directive
     * without an entry gets the sentence written from its tasks. */
    assignmentTexts: jsonb().$type<Record<string, string>>().notNull().default({}),
    status: documentStatus().notNull().default('draft'),
    /** Who last saved the text (not a status change): the author, who may not approve it (decision 024). */
    editedBy: integer().references(() => users.id),
    /** Who sent it for review, asking for approval, and when; cleared when it goes back to draft. */
    approvalRequestedBy: integer().references(() => users.id),
    approvalRequestedAt: timestamp({ withTimezone: true }),
    /** Who approved it for publishing (someone other than its author), and when; a later save clears both. */
    approvedBy: integer().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    /** The SHA-256 of the document as composed when it was approved (its text, conclusions, assignments, attendees):
     * it is published only if it still composes the same (attacker pass 18). */
    approvedDigest: text(),
    publishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('documents_session_kind').on(t.sessionId, t.kind), index().on(t.status)],
);

/** Every save of a document; published text is only changed by a new revision with a reason. */
export const documentRevisions = pgTable(
  'document_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    revision: integer().notNull(),
    status: documentStatus().notNull(),
    body: text().notNull(),
    /** The header fields as saved (number, signer, recipients, …). */
    fields: jsonb().$type<Record<string, unknown>>().notNull(),
    closing: text().notNull().default(''),
    /** The whole document as composed at this save (header, generated paragraphs, conclusions); exports of a
     * published document use this, so later edits to directives never change what was published. */
    composed: jsonb(),
    reason: text(),
    authorId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('document_revisions_number').on(t.documentId, t.revision)],
);

export type OfficialDocument = typeof documents.$inferSelect;
