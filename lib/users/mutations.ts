import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committees, userCommittees, users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { hasPassword, NO_PASSWORD } from '@/lib/auth/password';
import { resolveDb } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db-errors';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/policy';
import { msg } from '@/lib/i18n/message';
import { formatDate, vnDate } from '@/lib/time';
import { personNameKey } from '@/lib/text';
import { endUserLinks, endUserSessions } from '@/lib/auth/sessions';
import { inviteNewUsers, inviteUser } from './links';
import {
  ownProfileSchema,
  userFieldsSchema,
  type OwnProfileInput,
  type UserFields,
  type UserFieldsInput,
} from './schemas';

/** The columns of `next` that differ from the row's (`same` compares a pair), and what the row held in them. */
function changedColumns<T extends Record<string, unknown>>(
  row: { [K in keyof T]: unknown },
  next: T,
  same: (a: unknown, b: unknown) => boolean,
): { changed: Partial<T>; was: Partial<Record<keyof T, unknown>> } {
  const keys = (Object.keys(next) as (keyof T)[]).filter((k) => !same(row[k], next[k]));
  return {
    changed: Object.fromEntries(keys.map((k) => [k, next[k]])) as Partial<T>,
    was: Object.fromEntries(keys.map((k) => [k, row[k]])) as Partial<Record<keyof T, unknown>>,
  };
}

/** The columns a user's fields write: the agency duty only means something for an agency user. */
function columnsOf(fields: UserFields) {
  return {
    email: fields.email,
    name: fields.name,
    position: fields.position,
    phone: fields.phone,
    role: fields.role,
    agencyId: fields.agencyId,
    agencyDuty: fields.role === 'agency' ? fields.agencyDuty : ('focal_point' as const),
  };
}

/** The agencies users are put in must exist and not have ended (an ended agency's work has passed on). */
async function assertAgenciesOpen(tx: DbOrTx, agencyIds: (number | null)[], today: string): Promise<void> {
  const ids = [...new Set(agencyIds.filter((a): a is number => a !== null))];
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: agencies.id, name: agencies.name, validTo: agencies.validTo })
    .from(agencies)
    .where(inArray(agencies.id, ids));
  if (rows.length < ids.length) throw invalid(msg('errors.users.agencyNotFound'));
  const ended = rows.find((a) => a.validTo && a.validTo < today);
  if (ended) throw invalid(msg('errors.users.agencyEnded', { agency: ended.name, date: formatDate(ended.validTo) }));
}

const emailTaken = (email: string) => conflict(msg('errors.users.links.emailTaken', { email }));

/**
 * Makes accounts without a password and queues their invitations (single-use links, lib/users/links.ts) in the
 * caller's transaction, a few statements for the whole list: the emails leave only once the transaction commits.
 * Used by the form (one user) and the import (up to 5,000).
 */
export async function insertInvitedUsers(
  tx: DbOrTx,
  input: { actor: Actor; fields: UserFields[]; via?: string },
  now = new Date(),
): Promise<User[]> {
  assertCan(input.actor, 'user.manage');
  if (input.fields.length === 0) return [];
  await assertAgenciesOpen(
    tx,
    input.fields.map((f) => f.agencyId),
    vnDate(now),
  );
  const emails = input.fields.map((f) => f.email);
  for (let i = 0; i < emails.length; i += 1000) {
    const [taken] = await tx
      .select({ email: users.email })
      .from(users)
      .where(inArray(users.email, emails.slice(i, i + 1000)))
      .limit(1);
    if (taken) throw emailTaken(taken.email);
  }
  const made: User[] = [];
  for (let i = 0; i < input.fields.length; i += 1000) {
    const rows = await tx
      .insert(users)
      .values(
        input.fields
          .slice(i, i + 1000)
          .map((f) => ({ ...columnsOf(f), passwordHash: NO_PASSWORD, createdAt: now, updatedAt: now })),
      )
      .returning();
    made.push(...rows);
  }
  await inviteNewUsers(tx, { users: made, createdBy: input.actor }, now);
  await writeAudit(
    tx,
    made.map((user, i) => ({
      actor: input.actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { ...columnsOf(input.fields[i]!), via: input.via ?? 'form' },
    })),
  );
  return made;
}

/** One account, as `insertInvitedUsers` makes them. */
export async function insertInvitedUser(
  tx: DbOrTx,
  input: { actor: Actor; fields: UserFields; via?: string },
  now = new Date(),
): Promise<User> {
  const [user] = await insertInvitedUsers(tx, { actor: input.actor, fields: [input.fields], via: input.via }, now);
  return user!;
}

/** The administrator creates a user and invites them by email (a link valid 72 hours). */
export async function createUser(
  input: { actor: Actor; fields: UserFieldsInput },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ userId: number; email: string }> {
  assertCan(input.actor, 'user.manage');
  const parsed = userFieldsSchema.safeParse(input.fields);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const d = await resolveDb(db);
  try {
    const user = await d.transaction((tx) => insertInvitedUser(tx, { actor: input.actor, fields: parsed.data }, now));
    return { userId: user.id, email: user.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(parsed.data.email);
    throw error;
  }
}

/**
 * The administrator edits a user's name, email, position, phone, role, agency and duty. A change of role, agency
 * or duty ends the user's sessions and API tokens at once (the database bumps their versions, migration
 * `go_live_people`); so does a change of email for the tokens. An administrator cannot change their own role.
 */
/**
 * An account's form read at `version` is saved only while the account is still at it: a tab opened before another
 * save (a move to another agency, a duty taken away, committees changed, the user's own name corrected) would put
 * back what it showed, since it posts every field (attacker pass 39). Callers without a form (the tests' fixtures,
 * the import, which only creates) give no version.
 */
function refuseStaleAccount(current: number, read: number | undefined): void {
  if (read !== undefined && read !== current) throw conflict(STALE_MESSAGE);
}

export async function updateUser(
  input: { actor: Actor; userId: number; fields: UserFieldsInput; version?: number },
  db?: DbOrTx,
  now = new Date(),
): Promise<void> {
  assertCan(input.actor, 'user.manage');
  const parsed = userFieldsSchema.safeParse(input.fields);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const next = columnsOf(parsed.data);
  const d = await resolveDb(db);
  try {
    await d.transaction(async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
      if (!before) throw notFound(msg('errors.users.userNotFound'));
      refuseStaleAccount(before.version, input.version);
      const moved =
        before.role !== next.role || before.agencyId !== next.agencyId || before.agencyDuty !== next.agencyDuty;
      if (moved && before.id === input.actor.userId) throw invalid(msg('errors.users.cannotChangeOwnRole'));
      if (before.agencyId !== next.agencyId) await assertAgenciesOpen(tx, [next.agencyId], vnDate(now));
      const { changed, was } = changedColumns(before, next, (a, b) => a === b);
      if (Object.keys(changed).length === 0) return;
      await tx
        .update(users)
        // A new address is another person's account: its single sign-on binding goes with the old one.
        .set({
          ...changed,
          ...(changed.email !== undefined ? { oidcIssuer: null, oidcSubject: null } : {}),
          version: sql`${users.version} + 1`,
          updatedAt: now,
        })
        .where(eq(users.id, input.userId));
      if (moved) await endUserSessions(tx, input.userId, now);
      // A corrected address: the links sent to the old one end, and an invitation still waiting goes to the new one.
      if (changed.email !== undefined) {
        await endUserLinks(tx, input.userId, now);
        if (!hasPassword(before.passwordHash) && before.isActive) {
          const user = { ...before, ...changed };
          const expiresAt = await inviteUser(tx, { user, createdBy: input.actor }, now);
          // Audited as a resent invitation is (sendUserLink).
          await writeAudit(tx, {
            actor: input.actor,
            action: 'user.invite_sent',
            entityType: 'user',
            entityId: user.id,
            after: { purpose: 'invite', expiresAt: expiresAt?.toISOString() ?? null },
          });
        }
      }
      await writeAudit(tx, {
        actor: input.actor,
        action: 'user.update',
        entityType: 'user',
        entityId: input.userId,
        before: was,
        after: changed,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(parsed.data.email);
    throw error;
  }
}

/**
 * A name one gives oneself may not be another account's name in the same agency (or, without an agency, another
 * account's without one), written in any case: the timeline, comments and drafts name their author as "name
 * (agency)", so a Bộ Nội vụ staff member who took the name of the secretariat's clerk (also of Bộ Nội vụ) wrote
 * comments no reader could tell from the secretariat's (attacker pass 36). The administrator, who knows the people,
 * may still give two accounts one name; a name kept as it is is not judged again.
 */
async function refuseTakenName(tx: DbOrTx, actor: Actor, name: string): Promise<void> {
  // Its words, in lower case: what a reader tells names apart by. A dot, a hyphen, spaces or a bracketed addition
  // ("Nguyễn Thu Hà.", "Nguyễn Thu-Hà", "Nguyễn Thu Hà (Thư ký)") do not make another name, nor the tone marks placed
  // the older way ("Thuỷ", `personNameKey`). Folded here, not by the
  // database's lower(), which leaves letters such as Đ or Ễ as they are under the C locale.
  const fold = (n: string) =>
    (
      personNameKey(n)
        .replace(/\([^)]*\)?/gu, ' ')
        .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
    ).join(' ');
  const others = await tx
    .select({ name: users.name })
    .from(users)
    .where(
      sql`${users.id} <> ${actor.userId}
        and ${users.agencyId} is not distinct from (select u.agency_id from users u where u.id = ${actor.userId})`,
    );
  const mine = fold(name);
  if (mine && others.some((o) => fold(o.name) === mine)) {
    const message = msg('errors.users.nameTaken');
    throw invalid(message, { name: message });
  }
}

/**
 * A person corrects their own name, position and phone (any role; only their own row, whoever is named in the
 * input). Audited as an administrator's edit is; nothing else of the account changes.
 */
export async function updateOwnProfile(
  input: { actor: Actor; fields: OwnProfileInput },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ changed: boolean }> {
  const parsed = ownProfileSchema.safeParse(input.fields);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const next = parsed.data;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, position: users.position, phone: users.phone })
      .from(users)
      .where(eq(users.id, input.actor.userId))
      .for('update');
    if (!before) throw notFound(msg('errors.users.userNotFound'));
    // An empty position or phone is none, however an older row holds it.
    const { changed, was } = changedColumns(before, next, (a, b) => (a ?? '') === (b ?? ''));
    if (Object.keys(changed).length === 0) return { changed: false };
    if (changed.name !== undefined) await refuseTakenName(tx, input.actor, changed.name);
    await tx
      .update(users)
      .set({ ...changed, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, input.actor.userId));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'user.update',
      entityType: 'user',
      entityId: input.actor.userId,
      before: was,
      after: changed,
    });
    return { changed: true };
  });
}

/**
 * The administrator disables (or enables again) an account. Disabling ends every session of the user at
 * once: their next request, with any copy of their cookie, is refused.
 */
export async function setUserActive(
  input: { actor: Actor; userId: number; active: boolean },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'user.manage');
  if (input.userId === input.actor.userId && !input.active) throw invalid(msg('errors.users.cannotDisableSelf'));
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound(msg('errors.users.userNotFound'));
    if (before.isActive === input.active) return;
    await tx
      .update(users)
      .set({
        isActive: input.active,
        sessionVersion: input.active ? before.sessionVersion : sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.userId));
    if (!input.active) {
      await endUserSessions(tx, input.userId);
      await endUserLinks(tx, input.userId);
    }
    await writeAudit(tx, {
      actor: input.actor,
      action: input.active ? 'user.enable' : 'user.disable',
      entityType: 'user',
      entityId: input.userId,
      before: { isActive: before.isActive },
      after: { isActive: input.active },
    });
  });
}

/**
 * The administrator turns off another user's two-step sign-in, when they have lost the device that gives their codes
 * (there are no recovery codes): their secret goes, their sessions and API tokens end (the session version moves), and
 * a role that requires it sets it up again at the next sign-in (`mustEnrolSecondFactor`). Audited as `user.totp_reset`.
 * One's own is turned off with a code on the account page.
 */
export async function resetTwoFactor(input: { actor: Actor; userId: number }, db?: DbOrTx): Promise<void> {
  assertCan(input.actor, 'user.manage');
  if (input.userId === input.actor.userId) throw invalid(msg('errors.users.cannotResetOwnTwoFactor'));
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound(msg('errors.users.userNotFound'));
    if (!before.totpEnabledAt) throw invalid(msg('errors.users.twoFactorNotOn'));
    const now = new Date();
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // and the API tokens (attacker pass 27: they kept working): a lost phone may be in other hands
        credentialsVersion: sql`${users.credentialsVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, input.userId));
    await endUserSessions(tx, input.userId);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'user.totp_reset',
      entityType: 'user',
      entityId: input.userId,
      before: { totpEnabledAt: before.totpEnabledAt },
      after: { totpEnabledAt: null },
    });
  });
}

/**
 * The administrator unbinds an account from its single sign-on person (their identity account was issued again):
 * the next sign-on binds it anew (lib/auth/oidc.ts). Their sessions end, since whoever holds them came in as the
 * person unbound; audited as `user.sso_unlinked`.
 */
export async function unlinkSso(input: { actor: Actor; userId: number }, db?: DbOrTx): Promise<void> {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound(msg('errors.users.userNotFound'));
    if (before.oidcSubject === null) throw invalid(msg('errors.users.ssoNotLinked'));
    const now = new Date();
    await tx
      .update(users)
      .set({ oidcIssuer: null, oidcSubject: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, input.userId));
    await endUserSessions(tx, input.userId);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'user.sso_unlinked',
      entityType: 'user',
      entityId: input.userId,
      before: { oidcIssuer: before.oidcIssuer, oidcSubject: before.oidcSubject },
      after: { oidcIssuer: null, oidcSubject: null },
    });
  });
}

/**
 * The administrator limits a user to the committees they serve (`user_committees`); no committee means every
 * committee. The user's sessions go on: the actor's committees are read again on every request (`loadActor`), so
 * the next request already keeps to them (decision 029). Answers whether anything changed.
 */
export async function setUserCommittees(
  input: { actor: Actor; userId: number; committeeIds: readonly number[]; version?: number },
  db?: DbOrTx,
): Promise<boolean> {
  assertCan(input.actor, 'user.manage');
  const wanted = [...new Set(input.committeeIds)].sort((a, b) => a - b);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, version: users.version })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user) throw notFound(msg('errors.users.userNotFound'));
    refuseStaleAccount(user.version, input.version);
    if (wanted.length) {
      const found = await tx.select({ id: committees.id }).from(committees).where(inArray(committees.id, wanted));
      if (found.length !== wanted.length) throw invalid(msg('errors.people.committeeNotFound'));
    }
    const before = (
      await tx
        .select({ id: userCommittees.committeeId })
        .from(userCommittees)
        .where(eq(userCommittees.userId, input.userId))
    )
      .map((r) => r.id)
      .sort((a, b) => a - b);
    if (before.length === wanted.length && before.every((id, i) => id === wanted[i])) return false;
    await tx.delete(userCommittees).where(eq(userCommittees.userId, input.userId));
    await tx
      .update(users)
      .set({ version: sql`${users.version} + 1` })
      .where(eq(users.id, input.userId));
    if (wanted.length)
      await tx.insert(userCommittees).values(wanted.map((committeeId) => ({ userId: input.userId, committeeId })));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'user.committees',
      entityType: 'user',
      entityId: input.userId,
      before: { committeeIds: before },
      after: { committeeIds: wanted },
    });
    return true;
  });
}

/**
 * Links accounts to their people of the registry (an import's rows, decision 086): one statement per thousand
 * accounts, not one per account.
 */
export async function linkAccounts(tx: DbOrTx, links: readonly { userId: number; personId: number }[]): Promise<void> {
  for (let i = 0; i < links.length; i += 1000) {
    const rows = sql.join(
      links.slice(i, i + 1000).map((l) => sql`(${l.userId}::int, ${l.personId}::int)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${users} set person_id = v.person_id from (values ${rows}) as v(id, person_id) where ${users.id} = v.id`,
    );
  }
}
