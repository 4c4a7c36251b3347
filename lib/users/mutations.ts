import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committees, userCommittees, users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { NO_PASSWORD } from '@/lib/auth/password';
import { endUserSessions } from '@/lib/auth/sessions';
import { resolveDb } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db-errors';
import { conflict, invalid, notFound } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/policy';
import { msg } from '@/lib/i18n/message';
import { formatDate, vnDate } from '@/lib/time';
import { issueLink, queueLinkEmail } from './links';
import { userFieldsSchema, type UserFields, type UserFieldsInput } from './schemas';

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

/** The agency a user is put in must exist and not have ended (an ended agency's work has passed on). */
async function assertAgencyOpen(tx: DbOrTx, agencyId: number | null, today: string): Promise<void> {
  if (agencyId === null) return;
  const [agency] = await tx
    .select({ name: agencies.name, validTo: agencies.validTo })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!agency) throw invalid(msg('errors.users.agencyNotFound'));
  if (agency.validTo && agency.validTo < today)
    throw invalid(msg('errors.users.agencyEnded', { agency: agency.name, date: formatDate(agency.validTo) }));
}

const emailTaken = (email: string) => conflict(msg('errors.users.links.emailTaken', { email }));

/**
 * Makes an account without a password and queues its invitation (a single-use link, lib/users/links.ts) in the
 * caller's transaction: the email leaves only once the transaction commits. Used by the form and the import.
 */
export async function insertInvitedUser(
  tx: DbOrTx,
  input: { actor: Actor; fields: UserFields; via?: string },
  now = new Date(),
): Promise<User> {
  assertCan(input.actor, 'user.manage');
  await assertAgencyOpen(tx, input.fields.agencyId, vnDate(now));
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.fields.email));
  if (existing) throw emailTaken(input.fields.email);
  const [user] = await tx
    .insert(users)
    .values({ ...columnsOf(input.fields), passwordHash: NO_PASSWORD, createdAt: now, updatedAt: now })
    .returning();
  const link = await issueLink(tx, { user: user!, purpose: 'invite', createdBy: input.actor }, now);
  await queueLinkEmail(tx, user!, 'invite', link);
  await writeAudit(tx, {
    actor: input.actor,
    action: 'user.create',
    entityType: 'user',
    entityId: user!.id,
    after: { ...columnsOf(input.fields), via: input.via ?? 'form' },
  });
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
export async function updateUser(
  input: { actor: Actor; userId: number; fields: UserFieldsInput },
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
      const moved =
        before.role !== next.role || before.agencyId !== next.agencyId || before.agencyDuty !== next.agencyDuty;
      if (moved && before.id === input.actor.userId) throw invalid(msg('errors.users.cannotChangeOwnRole'));
      if (before.agencyId !== next.agencyId) await assertAgencyOpen(tx, next.agencyId, vnDate(now));
      const changed = Object.fromEntries(
        Object.entries(next).filter(([k, v]) => before[k as keyof typeof next] !== v),
      ) as Partial<typeof next>;
      if (Object.keys(changed).length === 0) return;
      await tx
        .update(users)
        .set({ ...changed, updatedAt: now })
        .where(eq(users.id, input.userId));
      if (moved) await endUserSessions(tx, input.userId, now);
      await writeAudit(tx, {
        actor: input.actor,
        action: 'user.update',
        entityType: 'user',
        entityId: input.userId,
        before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof next]])),
        after: changed,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(parsed.data.email);
    throw error;
  }
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
    if (!input.active) await endUserSessions(tx, input.userId);
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
 * The administrator limits a user to the committees they serve (`user_committees`); no committee means every
 * committee. The user's sessions go on: the actor's committees are read again on every request (`loadActor`), so
 * the next request already keeps to them (decision 029). Answers whether anything changed.
 */
export async function setUserCommittees(
  input: { actor: Actor; userId: number; committeeIds: readonly number[] },
  db?: DbOrTx,
): Promise<boolean> {
  assertCan(input.actor, 'user.manage');
  const wanted = [...new Set(input.committeeIds)].sort((a, b) => a - b);
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw notFound(msg('errors.users.userNotFound'));
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
