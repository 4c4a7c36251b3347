import 'server-only';
import { and, count, eq, exists, gt, inArray, isNull, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditEntries, committeeMembers, committees, passwordLinks, sessions, userSessions, users } from '@/db/schema';
import { NO_PASSWORD } from '@/lib/auth/password';
import { committeeFilter } from '@/lib/committees/scope';
import { queryRows, resolveDb } from '@/lib/db';
import { smtpConfigured } from '@/lib/notifications/mailer';
import { assertCan, can, type Actor } from '@/lib/policy';

/**
 * A new deployment's first steps (decision 094), read from what the database holds, not from a flag: a committee of
 * its own, its members, the agencies' focal points reached (or invited), the first session; and whether email leaves the
 * machine (without SMTP every invitation's link is handed over by hand). Seen by whoever sets a committee up and
 * records its sessions (`committee.manage` and `session.manage`: the administrator and the secretariat); each step
 * links to where it is done only for an actor who may do it there.
 */
export type FirstStepKey = 'committee' | 'members' | 'agencyHeads' | 'session' | 'mail';

export type FirstStep = {
  key: FirstStepKey;
  /** `todo` not begun; `waiting` begun, waiting on others (invited, not signed in yet); `done`. */
  state: 'todo' | 'waiting' | 'done';
  /** Where it is done, when this actor may do it; null when another role does it (said in its place). */
  href: string | null;
  /** For `agencyHeads`: the second way in (the import of the committee's decision list). */
  altHref?: string | null;
  counts: Record<string, number>;
};

export type FirstSteps = {
  steps: FirstStep[];
  /** The steps that need doing are done (email is a setting, not a step: its note stays, folded with the list). */
  allDone: boolean;
};

export function canSeeFirstSteps(actor: Actor | null): boolean {
  return can(actor, 'committee.manage') && can(actor, 'session.manage');
}

export async function getFirstSteps(
  input: {
    actor: Actor;
    env?: NodeJS.ProcessEnv;
    now?: Date;
    /**
     * The home page's read (decision 101): first one statement of `exists` tests, each stopping at its first row; when
     * every step is done that is all that is read, and `steps` holds the email note only (the page folds the list to one
     * line with a link that asks for it whole). Without it, or with a step left, the counts are read as before.
     */
    brief?: boolean;
  },
  db?: DbOrTx,
): Promise<FirstSteps> {
  const { actor } = input;
  assertCan(actor, 'committee.manage');
  assertCan(actor, 'session.manage');
  const d = await resolveDb(db);
  const now = input.now ?? new Date();
  const served = committeeFilter(actor, committees.id);
  // A committee of this deployment: made, edited or given a member here (the audit trail says so), or holding a
  // session. The reference data's committees (the Government's, seeded on every deployment with their 2021 member
  // agencies) are not one until someone works on them.
  const audited = (entityType: string, entityId: SQL, actions: string[]) =>
    exists(
      d
        .select({ x: sql`1` })
        .from(auditEntries)
        .where(
          and(
            eq(auditEntries.entityType, entityType),
            eq(auditEntries.entityId, sql`(${entityId})::text`),
            inArray(auditEntries.action, actions),
          ),
        ),
    );
  const memberAddedHere = exists(
    d
      .select({ x: sql`1` })
      .from(committeeMembers)
      .where(
        and(
          eq(committeeMembers.committeeId, committees.id),
          audited('committee_member', sql`${committeeMembers.id}`, ['committee.member.add']),
        ),
      ),
  );
  const inUse = or(
    audited('committee', sql`${committees.id}`, ['committee.create', 'committee.update']),
    exists(
      d
        .select({ x: sql`1` })
        .from(sessions)
        .where(eq(sessions.committeeId, committees.id)),
    ),
    memberAddedHere,
  );
  // Focal points of agencies (who report the agency's tasks), active. Reached: signed in once, or their password set
  // through their invitation; else waiting on a live invitation, or on nothing (lapsed, revoked: to send again).
  const reached = or(
    ne(users.passwordHash, NO_PASSWORD),
    exists(
      d
        .select({ x: sql`1` })
        .from(userSessions)
        .where(eq(userSessions.userId, users.id)),
    ),
  )!;
  const invited = exists(
    d
      .select({ x: sql`1` })
      .from(passwordLinks)
      .where(
        and(
          eq(passwordLinks.userId, users.id),
          eq(passwordLinks.purpose, 'invite'),
          isNull(passwordLinks.usedAt),
          isNull(passwordLinks.revokedAt),
          gt(passwordLinks.expiresAt, now),
        ),
      ),
  );
  const focalPoint = and(eq(users.role, 'agency'), eq(users.agencyDuty, 'focal_point'), eq(users.isActive, true));
  const mail: FirstStep = {
    key: 'mail',
    state: smtpConfigured(input.env) ? 'done' : 'todo',
    href: can(actor, 'jobs.manage') ? '/admin/outbox' : null,
    counts: {},
  };
  if (input.brief) {
    const any = (from: SQL) => sql`exists (select 1 ${from})`;
    const [row] = await queryRows<{ done: boolean }>(
      d,
      sql`select ${any(sql`from ${committees} where ${and(served, inUse)}`)}
        and ${any(sql`from ${committeeMembers} inner join ${committees} on ${eq(committees.id, committeeMembers.committeeId)} where ${and(served, inUse)}`)}
        and ${any(sql`from ${users} where ${focalPoint}`)}
        and not ${any(sql`from ${users} where ${and(focalPoint, not(reached))}`)}
        and ${any(sql`from ${sessions} inner join ${committees} on ${eq(committees.id, sessions.committeeId)} where ${served ?? sql`true`}`)} as done`,
    );
    if (row?.done) return { steps: [mail], allDone: true };
  }
  const [[committeeRow], [memberRow], [headRow], [sessionRow]] = await Promise.all([
    d
      .select({
        n: count(),
        first: sql<number | null>`min(${committees.id})`.mapWith((v) => (v === null ? null : Number(v))),
      })
      .from(committees)
      .where(and(served, inUse)),
    d
      .select({ n: count() })
      .from(committeeMembers)
      .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
      .where(and(served, inUse)),
    d
      .select({
        n: count(),
        reached: sql<number>`count(*) filter (where ${reached})`.mapWith(Number),
        invited: sql<number>`count(*) filter (where not ${reached} and ${invited})`.mapWith(Number),
      })
      .from(users)
      .where(focalPoint),
    d
      .select({ n: count() })
      .from(sessions)
      .innerJoin(committees, eq(committees.id, sessions.committeeId))
      .where(served),
  ]);
  const committeeCount = committeeRow?.n ?? 0;
  const firstCommittee = committeeRow?.first ?? null;
  const heads = { accounts: headRow?.n ?? 0, reached: headRow?.reached ?? 0, invited: headRow?.invited ?? 0 };
  const lapsed = heads.accounts - heads.reached - heads.invited;
  const manageUsers = can(actor, 'user.manage');
  const steps: FirstStep[] = [
    {
      key: 'committee',
      state: committeeCount > 0 ? 'done' : 'todo',
      href: committeeCount > 0 ? '/admin/committees' : '/admin/committees/new',
      counts: { committees: committeeCount },
    },
    {
      key: 'members',
      state: (memberRow?.n ?? 0) > 0 ? 'done' : 'todo',
      href: firstCommittee !== null ? `/admin/committees/${firstCommittee}` : '/admin/committees',
      altHref: manageUsers ? '/admin/users/import' : null,
      counts: { members: memberRow?.n ?? 0 },
    },
    {
      key: 'agencyHeads',
      // Done when every focal point is reached; waiting while the others hold live invitations; to do when there is
      // none, or one whose invitation lapsed (send it again).
      state:
        heads.accounts === 0 ? 'todo' : heads.reached === heads.accounts ? 'done' : lapsed === 0 ? 'waiting' : 'todo',
      href: manageUsers ? '/admin/users?role=agency' : null,
      altHref: manageUsers ? '/admin/users/import' : null,
      counts: { ...heads, lapsed },
    },
    mail,
    {
      key: 'session',
      state: (sessionRow?.n ?? 0) > 0 ? 'done' : 'todo',
      href: (sessionRow?.n ?? 0) > 0 ? '/sessions' : '/sessions/new',
      counts: { sessions: sessionRow?.n ?? 0 },
    },
  ];
  return { steps, allDone: steps.every((s) => s.key === 'mail' || s.state === 'done') };
}
