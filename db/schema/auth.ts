import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { committees } from './committees';
import { AGENCY_DUTIES, ROLES } from './enums';
import { people } from './people';

export const userRole = pgEnum('user_role', ROLES);

/**
 * What an agency user does for their agency: a focal point (đầu mối) updates and reports the agency's tasks;
 * staff read them and draft updates that a focal point submits (`task_update_drafts`).
 */
export const agencyDuty = pgEnum('agency_duty', AGENCY_DUTIES);

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Always stored lower-case. */
    email: text().notNull().unique(),
    passwordHash: text().notNull(),
    name: text().notNull(),
    /** Chức vụ, as the user signs: "Phó Vụ trưởng Vụ Cải cách hành chính". */
    position: text(),
    phone: text(),
    role: userRole().notNull(),
    agencyId: integer().references(() => agencies.id),
    /** For role `agency`: focal point or staff. Ignored for the other roles. */
    agencyDuty: agencyDuty().notNull().default('focal_point'),
    personId: integer().references(() => people.id),
    isActive: boolean().notNull().default(true),
    /**
     * Bumped to end every open session of the user (sign-out everywhere, disable, password change). The database
     * bumps it itself (trigger `users_credentials_version`) when the role, agency, duty or active flag changes.
     */
    sessionVersion: integer().notNull().default(1),
    /**
     * Bumped by the database itself (trigger `users_credentials_version`) whenever the password, the active
     * flag, the role, the agency or the email changes. An API token carries the value it was minted under and
     * stops working when they differ (lib/api/tokens.ts): no code path can change these and forget the tokens.
     */
    credentialsVersion: integer().notNull().default(1),
    /**
     * The account as the administrator's forms read it (its fields, its committees), bumped by every save of them and
     * by the user's own profile: a form read at an older version is refused, not saved over a later change (attacker
     * pass 39: a tab opened before a move to another agency put the person back, with their old duty).
     */
    version: integer().notNull().default(1),
    locale: text().notNull().default('vi'),
    /** TOTP second factor (lib/auth/totp.ts): the secret, encrypted with a key derived from AUTH_SECRET. */
    totpSecret: text(),
    /** Set once the user has confirmed a code; until then the secret is only a pending enrolment. */
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last 30-second step whose code was accepted, so a code cannot be used twice. */
    totpLastStep: bigint({ mode: 'number' }),
    /**
     * The single sign-on person this account is bound to: the provider's issuer and subject (`sub`), set at the
     * account's first sign-on and checked at every one after it (lib/auth/oidc.ts), so another person of the
     * provider who gives the same email cannot take the account. Cleared by the administrator, and when the
     * account's email changes (it becomes another person's account).
     */
    oidcIssuer: text(),
    oidcSubject: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.agencyId),
    check('users_agency_role_has_agency', sql`${t.role} <> 'agency' or ${t.agencyId} is not null`),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    uniqueIndex('users_oidc_person').on(t.oidcIssuer, t.oidcSubject),
    check('users_oidc_both', sql`(${t.oidcIssuer} is null) = (${t.oidcSubject} is null)`),
  ],
);

/** Every sign-in attempt, kept in PostgreSQL so throttling holds across app servers. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    ip: text(),
    succeeded: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt)],
);

/**
 * A signed-in browser session. The cookie (a signed JWT) names it; the row decides whether it is still
 * alive: sign-out ends it at once, and it lapses after the idle or absolute timeout (lib/auth/sessions.ts).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/** What a single-use link is for: the first password of an invited user, or a new one (lib/users/links.ts). */
export const passwordLinkPurpose = pgEnum('password_link_purpose', ['invite', 'reset']);

/**
 * A single-use link to set a password (/set-password?token=…). Only the SHA-256 of the token is kept, so a
 * copy of the database opens no account. A link ends when used, when it expires, or when a newer link of the
 * same user is issued or used (`revokedAt`).
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    purpose: passwordLinkPurpose().notNull(),
    /** base64url of the SHA-256 of the token; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    /** Who asked for it: the administrator; null for the user themself (forgot password) or `admin:create`. */
    createdByUserId: integer().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * The committees a user serves. A user with no row here serves every committee; one with rows reads and
 * manages only those committees' sessions, directives and tasks (lib/committees/scope.ts).
 */
export const userCommittees = pgTable(
  'user_committees',
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    committeeId: integer()
      .notNull()
      .references(() => committees.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.committeeId] }), index().on(t.committeeId)],
);

export type User = typeof users.$inferSelect;
export type AgencyDuty = (typeof agencyDuty.enumValues)[number];
export type PasswordLink = typeof passwordLinks.$inferSelect;
export type PasswordLinkPurpose = (typeof passwordLinkPurpose.enumValues)[number];
export type Role = (typeof userRole.enumValues)[number];
