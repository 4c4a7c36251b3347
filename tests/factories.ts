import { randomUUID } from 'node:crypto';
import { and, eq, max, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committees, directives, sessions, tasks, users, type Role } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { createDirective } from '@/lib/directives/mutations';
import { directiveInputSchema, type DirectiveInput } from '@/lib/directives/schemas';
import type { Actor } from '@/lib/policy';
import { createSession } from '@/lib/sessions/mutations';
import { sessionFormSchema, type SessionFormInput } from '@/lib/sessions/schemas';
import { assignDirective, type DeadlineInput } from '@/lib/tasks/assign';
import { addDays, vnDate } from '@/lib/time';

/**
 * Test data built through the domain (lib), so a test states what it needs (a secretariat user, a session, a
 * directive, a task for Bộ Nội vụ) instead of borrowing the demo's rows by email or by position: editing the
 * demo then breaks no test. Every call makes new rows with values unique in the database (email, session
 * number), so tests sharing one database do not collide.
 */

let sequence = 0;
/** A value no other call in this process returns; with the pid and a random part, unique across files too. */
function unique(): string {
  return `${process.pid}-${++sequence}-${randomUUID().slice(0, 8)}`;
}

/** An agency given by its code (`BNV`) or id, as an id; unknown codes fail loudly. */
export async function agencyIdOf(db: DbOrTx, agency: string | number): Promise<number> {
  if (typeof agency === 'number') return agency;
  const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, agency));
  if (!row) throw new Error(`factories: no agency with code ${agency}`);
  return row.id;
}

/** A password the password rules accept, for factory users that sign in (`actorFor(…, { password })`). */
export const TEST_PASSWORD = 'Kiem-thu-dang-nhap-2026!';

/**
 * A signed-in actor of `role` (in `agencyCode`'s agency when given; agency users need one), as the app loads
 * it on each request. The users lib has no "create user" operation (accounts come from the seed or the
 * administrator's import), so this inserts the user row alone, with a password nobody can sign in with unless
 * `password` is given (hashed by lib/auth/password as the app stores it; TEST_PASSWORD passes the rules).
 */
export async function actorFor(
  db: DbOrTx,
  options: { role: Role; agencyCode?: string; name?: string; password?: string },
): Promise<Actor> {
  if (options.role === 'agency' && !options.agencyCode) throw new Error('factories: an agency user needs agencyCode');
  const agencyId = options.agencyCode ? await agencyIdOf(db, options.agencyCode) : null;
  const tag = unique();
  const [user] = await db
    .insert(users)
    .values({
      email: `${options.role}-${tag}@factory.test`,
      passwordHash: options.password ? await hashPassword(options.password) : 'factory:no-sign-in',
      name: options.name ?? `Người dùng thử ${tag}`,
      role: options.role,
      agencyId,
    })
    .returning();
  const actor = await loadActor(db, user!.id, user!.sessionVersion);
  if (!actor) throw new Error('factories: the new user did not load as an actor');
  return actor;
}

/**
 * A session made by `actor` (secretariat) through createSession, with its audit row. Defaults: the
 * administrative-reform committee, the next free number in it, held today at 08:30 in person.
 */
export async function makeSession(
  db: DbOrTx,
  actor: Actor,
  overrides: Partial<SessionFormInput> & { committeeCode?: string } = {},
): Promise<typeof sessions.$inferSelect> {
  const { committeeCode = 'BCD-CCHH', ...rest } = overrides;
  const [committee] = await db.select({ id: committees.id }).from(committees).where(eq(committees.code, committeeCode));
  if (!committee) throw new Error(`factories: no committee with code ${committeeCode}`);
  const committeeId = rest.committeeId ?? committee.id;
  const [{ last } = { last: 0 }] = await db
    .select({ last: max(sessions.number) })
    .from(sessions)
    .where(eq(sessions.committeeId, Number(committeeId)));
  const values = sessionFormSchema.parse({
    committeeId,
    number: (last ?? 0) + 1,
    title: `Phiên họp kiểm thử số ${unique()}`,
    date: vnDate(),
    time: '08:30',
    format: 'in_person',
    status: 'held',
    ...rest,
  });
  const id = await createSession({ actor, values }, db);
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row!;
}

/** A directive of the session made through createDirective (numbered like any other). */
export async function makeDirective(
  db: DbOrTx,
  actor: Actor,
  sessionId: number,
  overrides: Partial<DirectiveInput> = {},
): Promise<typeof directives.$inferSelect> {
  const values = directiveInputSchema.parse({ text: `Nội dung chỉ đạo thử ${unique()}`, ...overrides });
  const id = await createDirective({ actor, sessionId, values }, db);
  const [row] = await db.select().from(directives).where(eq(directives.id, id));
  return row!;
}

/**
 * A task of the directive assigned through assignDirective (timeline and audit included), led by `lead` (an
 * agency code or id; Bộ Nội vụ by default). Defaults to a deadline 30 days from today.
 */
export async function makeTask(
  db: DbOrTx,
  actor: Actor,
  directiveId: number,
  options: {
    lead?: string | number;
    coordinators?: (string | number)[];
    monitor?: string | number | null;
    deadline?: DeadlineInput;
  } = {},
): Promise<typeof tasks.$inferSelect> {
  const lead = await agencyIdOf(db, options.lead ?? 'BNV');
  // A directive has one live task per lead agency: a second task for the same lead goes on a sibling directive.
  const [taken] = await db
    .select({ sessionId: directives.sessionId })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .where(
      and(
        eq(tasks.directiveId, directiveId),
        eq(tasks.leadAgencyId, lead),
        notInArray(tasks.status, ['cancelled', 'carried_over']),
      ),
    )
    .limit(1);
  if (taken) {
    if (taken.sessionId === null) throw new Error('factories: a second task for one lead needs a session directive');
    directiveId = (await makeDirective(db, actor, taken.sessionId)).id;
  }
  const [taskId] = await assignDirective(
    {
      actor,
      assignment: {
        directiveId,
        leadAgencyIds: [lead],
        coordinatorIds: await Promise.all((options.coordinators ?? []).map((c) => agencyIdOf(db, c))),
        monitorAgencyId: options.monitor == null ? null : await agencyIdOf(db, options.monitor),
        deadline: options.deadline ?? { kind: 'dated', dueDate: addDays(vnDate(), 30) },
      },
    },
    db,
  );
  const [row] = await db.select().from(tasks).where(eq(tasks.id, taskId!));
  return row!;
}
