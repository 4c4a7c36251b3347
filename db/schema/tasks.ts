import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { users } from './auth';
import { committees } from './committees';
import { directives } from './directives';
import { DEADLINE_KINDS, RECURRENCE_PERIODS } from './enums';
import { sessions } from './sessions';

export const deadlineKind = pgEnum('deadline_kind', DEADLINE_KINDS);
export const recurrencePeriod = pgEnum('recurrence_period', RECURRENCE_PERIODS);
/** `carried_over`: closed as carried into a later session's directive (decision 036). */
export const taskStatus = pgEnum('task_status', [
  'not_started',
  'in_progress',
  'completed',
  'cancelled',
  'carried_over',
]);
export const taskUpdateKind = pgEnum('task_update_kind', [
  'created',
  'progress',
  'comment',
  'period_report',
  'extension_requested',
  'extension_decided',
  'deadline_changed',
  'urged',
  'reassigned',
  'handed_over',
  'cancelled',
  'completion_confirmed',
  'completion_returned',
  'carried_over',
]);
export const extensionStatus = pgEnum('extension_status', ['pending', 'accepted', 'refused', 'withdrawn']);

/** Tasks whose timeliness still depends on the calendar: not done, with a date. */
const openDated = sql`status in ('not_started', 'in_progress') and deadline_kind = 'dated'`;

/** One directive assigned to one lead agency (chủ trì). */
export const tasks = pgTable(
  'tasks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    directiveId: integer()
      .notNull()
      .references(() => directives.id),
    /** The agency that leads the work now (after any hand-over to a successor). */
    leadAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    /** The agency first assigned, kept so a 2024 report still reads "UBND tỉnh Hà Giang". */
    assignedAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    monitorAgencyId: integer().references(() => agencies.id),
    title: text(),
    deadlineKind: deadlineKind().notNull(),
    /** The deadline first set (Vietnam calendar date); never changed by an extension. */
    originalDueDate: date(),
    /** The deadline in force (after accepted extensions or changes). */
    dueDate: date(),
    recurrence: recurrencePeriod(),
    status: taskStatus().notNull().default('not_started'),
    progress: integer().notNull().default(0),
    result: text(),
    /** Vietnam calendar date on which the work was completed, as the lead agency reported it. */
    completedOn: date(),
    /** The document or result that completed the work (văn bản/kết quả hoàn thành): a reference, as reported. */
    completionDocument: text(),
    /** The Vietnam calendar day the completion was reported (decision 023). */
    completionReportedOn: date(),
    /** When and by whom the secretariat confirmed a back-dated completion (decision 023). */
    completionConfirmedAt: timestamp({ withTimezone: true }),
    completionConfirmedById: integer().references(() => users.id),
    /**
     * A completion dated before the day it was reported, not yet confirmed by the secretariat: "chờ xác nhận".
     * Kept by the database from the columns above (decision 023).
     */
    completionPending: boolean()
      .notNull()
      .generatedAlwaysAs(
        sql`coalesce(status = 'completed' and completion_reported_on > completed_on and completion_confirmed_at is null, false)`,
      ),
    /**
     * The completion date the timeliness classes count: the reported day while the completion awaits
     * confirmation, the completion date otherwise (decision 023), the day it was carried for a task carried over
     * (decision 036; only those have `carried_on`). Kept by the database.
     */
    countedCompletedOn: date().generatedAlwaysAs(
      sql`case when status = 'completed' and completion_reported_on > completed_on and completion_confirmed_at is null then completion_reported_on else coalesce(completed_on, carried_on) end`,
    ),
    /** The Vietnam day the task was closed as carried into `carriedIntoDirectiveId` (decision 036); the classes count it
     * as it stood that day. */
    carriedOn: date(),
    carriedIntoDirectiveId: integer().references(() => directives.id),
    assignedOn: date().notNull(),
    cancelReason: text(),
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /*
     * Reporting dimensions copied from the directive by database triggers (migration `report_tallies`),
     * so that every report filters and groups one table. Never set by the application.
     */
    sessionId: integer().references(() => sessions.id),
    committeeId: integer().references(() => committees.id),
    /** The directive's reporting area: the first of its reform areas, `cross_cutting`, or `unclassified`. */
    areaCode: text().notNull().default('unclassified'),
  },
  (t) => [
    index().on(t.leadAgencyId, t.status, t.dueDate),
    index().on(t.sessionId),
    index().on(t.assignedOn),
    index('tasks_open_dated_due').on(t.dueDate).where(openDated),
    index('tasks_open_dated_original_due').on(t.originalDueDate).where(openDated),
    index('tasks_open_dated_lead_due').on(t.leadAgencyId, t.dueDate).where(openDated),
    index('tasks_completed_on')
      .on(t.completedOn)
      .where(sql`${t.status} = 'completed'`),
    index('tasks_counted_completed_on')
      .on(t.countedCompletedOn)
      .where(sql`${t.status} = 'completed'`),
    index('tasks_completion_pending')
      .on(t.leadAgencyId)
      .where(sql`${t.completionPending}`),
    index().on(t.assignedAgencyId),
    index().on(t.monitorAgencyId),
    index().on(t.directiveId),
    index().on(t.status, t.dueDate),
    check('tasks_progress_range', sql`${t.progress} between 0 and 100`),
    check(
      'tasks_dated_have_date',
      sql`(${t.deadlineKind} = 'dated') = (${t.dueDate} is not null and ${t.originalDueDate} is not null)`,
    ),
    check('tasks_recurring_have_period', sql`(${t.deadlineKind} = 'recurring') = (${t.recurrence} is not null)`),
    check('tasks_completed_have_date', sql`(${t.status} = 'completed') = (${t.completedOn} is not null)`),
    check('tasks_carried_have_day', sql`(${t.status}::text = 'carried_over') = (${t.carriedOn} is not null)`),
    check('tasks_cancelled_have_reason', sql`${t.status} <> 'cancelled' or ${t.cancelReason} is not null`),
  ],
);

/** Coordinating agencies (phối hợp). */
export const taskCoordinators = pgTable(
  'task_coordinators',
  {
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.agencyId] }), index().on(t.agencyId)],
);

/** The task's timeline: every status change, progress note, comment, urge, hand-over. */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    kind: taskUpdateKind().notNull(),
    authorId: integer().references(() => users.id),
    authorAgencyId: integer().references(() => agencies.id),
    statusFrom: taskStatus(),
    statusTo: taskStatus(),
    progress: integer(),
    note: text(),
    /** For recurring tasks: the reporting period this update reports on, e.g. "2024-Q1". */
    period: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.taskId, t.createdAt),
    uniqueIndex('task_updates_one_report_per_period')
      .on(t.taskId, t.period)
      .where(sql`${t.kind} = 'period_report'`),
  ],
);

/**
 * An update drafted by an agency's staff for a focal point to submit (lib/tasks/drafts.ts). Submitting turns
 * it into a `task_updates` row by the focal point (`updateId`); a draft is never deleted, only submitted or
 * discarded.
 */
export const taskUpdateDrafts = pgTable(
  'task_update_drafts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    status: taskStatus(),
    progress: integer(),
    note: text(),
    /** The completion date proposed, when `status` is `completed`. */
    completedOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    submittedById: integer().references(() => users.id),
    updateId: integer().references(() => taskUpdates.id),
    discardedAt: timestamp({ withTimezone: true }),
    discardedById: integer().references(() => users.id),
  },
  (t) => [
    index('task_update_drafts_open')
      .on(t.taskId)
      .where(sql`${t.submittedAt} is null and ${t.discardedAt} is null`),
    check('task_update_drafts_progress', sql`${t.progress} is null or ${t.progress} between 0 and 100`),
  ],
);

export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    previousDueDate: date().notNull(),
    requestedDueDate: date().notNull(),
    reason: text().notNull(),
    status: extensionStatus().notNull().default('pending'),
    requestedById: integer().references(() => users.id),
    decidedById: integer().references(() => users.id),
    decisionNote: text(),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.taskId),
    uniqueIndex('extension_requests_one_pending')
      .on(t.taskId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** Metadata of an evidence file; the bytes live in storage under `storageKey`, a server-made name. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id),
    updateId: integer().references(() => taskUpdates.id),
    storageKey: text().notNull().unique(),
    originalName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    uploadedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.taskId), check('evidence_files_size', sql`${t.sizeBytes} > 0`)],
);

export type Task = typeof tasks.$inferSelect;
export type TaskUpdateDraft = typeof taskUpdateDrafts.$inferSelect;
export type TaskStatus = (typeof taskStatus.enumValues)[number];
export type DeadlineKind = (typeof deadlineKind.enumValues)[number];
export type RecurrencePeriod = (typeof recurrencePeriod.enumValues)[number];
