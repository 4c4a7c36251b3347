import { date, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { users } from './auth';
import { committees } from './committees';
import { authorityPrefix, documentStatus } from './minutes';

/** What an official report covers: sessions, a committee over a period, or an agency (each optional part narrows). */
export type ReportScope = {
  sessionIds?: number[];
  committeeId?: number;
  agencyId?: number;
  /** Tasks assigned between these days, inclusive. */
  from?: string;
  to?: string;
};

/**
 * A report on how the committee's directives were carried out (báo cáo tình hình thực hiện), as of a day: its
 * header and narrative are written here, its figures composed from the tasks (lib/official-reports/compose.ts)
 * and frozen into `snapshot` when it is published (decision 035).
 */
export const officialReports = pgTable(
  'official_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    scope: jsonb().$type<ReportScope>().notNull(),
    /** A normalized form of the scope: reports of the same key follow one another ("since the previous report"). */
    scopeKey: text().notNull(),
    /** The committee the scope belongs to (of its sessions, or named), for committee-limited users. */
    committeeId: integer().references(() => committees.id),
    agencyId: integer().references(() => agencies.id),
    asOf: date().notNull(),
    number: text(),
    symbol: text(),
    issuingBody: text(),
    place: text(),
    issueDate: date(),
    subject: text().notNull(),
    signerName: text(),
    signerTitle: text(),
    authorityPrefix: authorityPrefix().notNull().default('none'),
    authorityBody: text(),
    recipients: jsonb().$type<string[]>().notNull().default([]),
    /** The narrative (the same small markdown as the minutes), before the generated figures. */
    body: text().notNull().default(''),
    /** The narrative after the figures: assessment, proposals. */
    closing: text().notNull().default(''),
    status: documentStatus().notNull().default('draft'),
    /** The figures and lists as of `asOf`, fixed when published; null while a draft (composed on each read). */
    snapshot: jsonb(),
    editedBy: integer().references(() => users.id),
    approvalRequestedBy: integer().references(() => users.id),
    approvalRequestedAt: timestamp({ withTimezone: true }),
    approvedBy: integer().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    /** The SHA-256 of the figures and lists as composed when approved: it is published only if it still composes
     * the same (attacker pass 23). */
    approvedDigest: text(),
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: integer().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.scopeKey, t.asOf), index().on(t.status)],
);

/** Every save and status change of a report, with its text and (once published) its figures. */
export const officialReportRevisions = pgTable(
  'official_report_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => officialReports.id),
    revision: integer().notNull(),
    status: documentStatus().notNull(),
    fields: jsonb().$type<Record<string, unknown>>().notNull(),
    body: text().notNull(),
    closing: text().notNull(),
    reason: text(),
    authorId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('official_report_revisions_number').on(t.reportId, t.revision)],
);

export type OfficialReport = typeof officialReports.$inferSelect;
