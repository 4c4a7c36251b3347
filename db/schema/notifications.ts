import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const emailStatus = pgEnum('email_status', ['pending', 'sent', 'kept', 'failed']);

/** A message key of the notifications dictionary and the values it names ({name} in the text). */
export type NotificationText = { key: string; vars?: Record<string, string | number> };
export type NotificationParams = { title: NotificationText; body?: NotificationText | null };

/** An in-app notification. `dedupeKey` makes a reminder run idempotent. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    title: text().notNull(),
    body: text(),
    link: text(),
    /** The words as message keys and values (title, body), rendered in the reader's language when read; the
     * stored title and body are the Vietnamese fallback (emails, and rows written before this column). */
    params: jsonb().$type<NotificationParams>(),
    dedupeKey: text().notNull().unique(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.readAt)],
);

/** Emails to send; kept here (status "kept") for the admin to read when no SMTP server is configured. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().references(() => users.id),
    toAddress: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    dedupeKey: text().notNull().unique(),
    status: emailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    error: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.status, t.createdAt)],
);

/** A user's choice per notification kind; no row means email on (the default). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    email: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type Notification = typeof notifications.$inferSelect;
