import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * Personal API tokens (lib/api/tokens.ts): shown once, stored as a SHA-256 hash, acting with the rights of
 * their owner until they expire or are revoked.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    /** Hex SHA-256 of the whole token; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    /** The token's first characters, so its owner can tell tokens apart. */
    prefix: text().notNull(),
    /** The owner's `users.credentialsVersion` at minting; the token works only while it is still current. */
    credentialsVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Fixed-window request counters (lib/api/rate-limit.ts), in PostgreSQL so the limit holds across app
 * servers. Old windows are removed by the daily sweep.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer()
      .notNull()
      .default(sql`0`),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

export type ApiToken = typeof apiTokens.$inferSelect;
