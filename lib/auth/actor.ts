import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, apiTokens, notifications, userCommittees, userSessions, users } from '@/db/schema';
import { settleSession } from './sessions';
import { builtOnceSql } from '@/db/built-once';
import type { Actor } from '@/lib/policy';
import { vnDate, type IsoDate } from '@/lib/time';
import { secondFactorRequired } from './totp';

/** The committees a user is limited to (`user_committees`), or null when they serve every committee. */
export async function committeesServed(db: DbOrTx, userId: number): Promise<number[] | null> {
  const rows = await db
    .select({ id: userCommittees.committeeId })
    .from(userCommittees)
    .where(eq(userCommittees.userId, userId));
  return rows.length ? rows.map((r) => r.id).sort((a, b) => a - b) : null;
}

type ActorRow = {
  id: number;
  role: Actor['role'];
  name: string;
  email: string;
  agency_id: number | null;
  agency_duty: NonNullable<Actor['agencyDuty']>;
  is_active: boolean;
  session_version: number;
  totp: boolean;
  agency_name: string | null;
  agency_valid_to: string | null;
  scope: number[];
  ended: number[];
  committees: number[];
  token_id: number | null;
  /** The sign-in session's start and last use, when the actor is read through one. */
  started_at: Date | string | null;
  seen_at: Date | string | null;
  /** The user's unread notices, when the actor is read through a sign-in session (the page header's bell). */
  unread: number | null;
};

/**
 * Everything an actor is made of, in one statement: the user (picked by `who`, a query giving `id`,
 * `token_id`, `started_at`, `seen_at` and `unread`), their agency, the agencies it succeeded (transitively), those of them ended by `today`, and the
 * committees the user is limited to. Read on every request, so one round trip, not five; and its text is built once
 * per process (`builtOnceSql`): `who` names its values as `sql.placeholder`s, and `today` is one too.
 */
export function actorQuery(who: () => SQL) {
  const today = sql.placeholder('today');
  const run = builtOnceSql<ActorRow>(
    () =>
      sql`with recursive who as (${who()}),
      scope(id) as (
        select u.agency_id from users u join who on who.id = u.id where u.agency_id is not null
        union
        select a.id from agencies a join scope s on a.successor_id = s.id
      )
      select u.id, u.role, u.name, u.email, u.agency_id, u.agency_duty, u.is_active, u.session_version,
        u.totp_enabled_at is not null as totp, a.name as agency_name, a.valid_to::text as agency_valid_to,
        who.token_id, who.started_at, who.seen_at, who.unread,
        array(select id from scope) as scope,
        array(select p.id from agencies p where p.id in (select id from scope) and p.id <> u.agency_id
          and p.valid_to < ${today}::date order by p.id) as ended,
        array(select c.committee_id from user_committees c where c.user_id = u.id order by c.committee_id)
          as committees
      from who join users u on u.id = who.id left join agencies a on a.id = u.agency_id`,
  );
  return async (db: DbOrTx, values: Record<string, unknown>, day: IsoDate): Promise<ActorRow | undefined> =>
    (await run(db, { ...values, today: day }))[0];
}

/** The actor a row describes, or null for a disabled user or a session ended since (`sessionVersion`). */
function actorOf(row: ActorRow | undefined, sessionVersion: number | null, today: IsoDate): Actor | null {
  if (!row || !row.is_active || (sessionVersion !== null && row.session_version !== sessionVersion)) return null;
  const mustEnrolSecondFactor = secondFactorRequired(row.role) && !row.totp;
  const agencyScope =
    row.agency_id && !mustEnrolSecondFactor
      ? [row.agency_id, ...row.scope.map(Number).filter((id) => id !== row.agency_id)]
      : [];
  const agencyEndedOn = row.agency_valid_to && row.agency_valid_to < today ? (row.agency_valid_to as IsoDate) : null;
  return {
    userId: row.id,
    role: row.role,
    name: row.name,
    email: row.email,
    agencyId: row.agency_id,
    agencyDuty: row.agency_duty,
    committeeIds: row.committees.length ? row.committees.map(Number) : null,
    agencyName: row.agency_name,
    agencyScope,
    mustEnrolSecondFactor,
    agencyEndedOn,
    inheritedAgencyIds: row.agency_id && !agencyEndedOn && agencyScope.length ? row.ended.map(Number) : [],
  };
}

/**
 * The actor for a signed-in user id, or null when the user no longer exists, is disabled, or the
 * token was issued before the user's sessions were ended (`sessionVersion`). Checked on every request.
 * A user whose agency is past its end date is read-only (`agencyEndedOn`, decision 022); a user whose agency
 * succeeded ended agencies may correct their work (`inheritedAgencyIds`). `today`: the day it is loaded for (the
 * demo seed acts on past days, before some agencies ended).
 */
export async function loadActor(
  db: DbOrTx,
  userId: number,
  sessionVersion: number,
  today: IsoDate = vnDate(),
): Promise<Actor | null> {
  const row = await userActor(db, { userId }, today);
  return actorOf(row, sessionVersion, today);
}

const userActor = actorQuery(
  () =>
    sql`select ${sql.placeholder('userId')}::int as id, null::int as token_id, null::timestamptz as started_at,
      null::timestamptz as seen_at, null::int as unread`,
);

/**
 * The actor of a sign-in session, read with the session in the same statement: null when the session is not
 * this user's, was ended, or has lapsed (then it is ended; see `settleSession`), or the user cannot act.
 */
export async function loadSessionActor(
  db: DbOrTx,
  session: { id: string; userId: number; sessionVersion: number },
  now = new Date(),
): Promise<Actor | null> {
  return (await loadSession(db, session, now))?.actor ?? null;
}

/**
 * `loadSessionActor`, and the count of the user's unread notices read in the same statement: every signed-in page
 * shows it in its header, and it was a statement of its own on each (decision 084). Only given with an actor.
 */
export async function loadSession(
  db: DbOrTx,
  session: { id: string; userId: number; sessionVersion: number },
  now = new Date(),
): Promise<{ actor: Actor; unread: number } | null> {
  const today = vnDate(now);
  const row = await sessionActor(db, { sessionId: session.id, userId: session.userId }, today);
  if (!row) return null;
  const times = { createdAt: new Date(row.started_at!), lastSeenAt: new Date(row.seen_at!) };
  if (!(await settleSession(db, session.id, times, now))) return null;
  const actor = actorOf(row, session.sessionVersion, today);
  return actor && { actor, unread: Number(row.unread ?? 0) };
}

const sessionActor = actorQuery(
  () =>
    sql`select ${userSessions.userId} as id, null::int as token_id, ${userSessions.createdAt} as started_at,
      ${userSessions.lastSeenAt} as seen_at,
      (select count(*)::int from ${notifications} where ${notifications.userId} = ${userSessions.userId}
        and ${notifications.readAt} is null) as unread
      from ${userSessions}
      where ${userSessions.id} = ${sql.placeholder('sessionId')} and ${userSessions.userId} = ${sql.placeholder('userId')}
        and ${userSessions.endedAt} is null`,
);

/**
 * The actor behind an API token, read with the token in the same statement: `tokenWhere` holds the token's
 * conditions (hash, not revoked, not expired, in force), over `api_tokens`, `users` and `agencies`, its values as
 * `sql.placeholder`s (the placeholder `today` is the day given). The statement is built once, by this call.
 */
export function tokenActorQuery(tokenWhere: () => SQL) {
  const read = actorQuery(
    () =>
      sql`select ${apiTokens.userId} as id, ${apiTokens.id} as token_id, null::timestamptz as started_at,
      null::timestamptz as seen_at, null::int as unread from ${apiTokens}
      join ${users} on ${users.id} = ${apiTokens.userId} left join ${agencies} on ${agencies.id} = ${users.agencyId}
      where ${tokenWhere()}`,
  );
  return async (
    db: DbOrTx,
    values: Record<string, unknown>,
    today: IsoDate = vnDate(),
  ): Promise<{ actor: Actor; tokenId: number } | null> => {
    const row = await read(db, values, today);
    const actor = actorOf(row, null, today);
    return actor && row?.token_id ? { actor, tokenId: Number(row.token_id) } : null;
  };
}
