import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, apiTokens, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { tokenActorQuery } from '@/lib/auth/actor';
import { confirmIdentity } from '@/lib/auth/reauth';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';

/**
 * Personal API tokens: `sct_` and 43 random characters (256 bits), shown to their owner once. Only the
 * SHA-256 is stored (the token is random, so a slow hash adds nothing). A token acts with the rights of its
 * owner, as checked on every request, and only while what those rights rest on is unchanged: it carries the
 * owner's `credentialsVersion` at minting, which the database itself bumps (trigger
 * `users_credentials_version`) on any change of password, active flag, role, agency or email, so a password
 * change or reset, a disable (even followed by an enable), or a new role or agency ends every token, whatever
 * code path made the change. A token of a user whose agency has ended (past `validTo`) stops working too.
 */
export { createTokenSchema, revokeTokenSchema, TOKEN_LIFETIMES } from '@/lib/api/schemas';

export const TOKEN_PREFIX = 'sct_';
/** Tokens in force per user at most; a sixth is refused until one is revoked or lapses. */
export const MAX_ACTIVE_TOKENS = 5;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** SQL: the token was minted under its owner's current credentials, and the owner's agency (if any) has not ended. */
const inForceOn = (today: string | ReturnType<typeof sql.placeholder>) =>
  and(
    eq(apiTokens.credentialsVersion, users.credentialsVersion),
    or(isNull(users.agencyId), isNull(agencies.validTo), gte(agencies.validTo, today)),
  );
const inForce = (now: Date) => inForceOn(vnDate(now));

/**
 * Creates a token for the actor, who proves it is them again: the current password and, when the account has a
 * second factor, a current code (throttled and audited as sign-in is). At most `MAX_ACTIVE_TOKENS` in force per
 * user. The returned `token` is the only time it is ever shown.
 */
export async function createApiToken(
  input: { actor: Actor; name: string; days: number; password: string; code?: string; ip?: string | null },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const d = await resolveDb(db);
  // Outside the transaction: a failed try must stay counted when the action fails.
  const proven = await confirmIdentity(
    d,
    { actor: input.actor, password: input.password, code: input.code, ip: input.ip ?? null },
    now,
  );
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  return d.transaction(async (tx) => {
    // The owner's row, locked: a password change (or a second mint) waits for this one, or this one sees it.
    const [owner] = await tx
      .select({
        credentialsVersion: users.credentialsVersion,
        passwordHash: users.passwordHash,
        isActive: users.isActive,
        agencyEnded: sql<boolean>`coalesce(${agencies.validTo} < ${vnDate(now)}, false)`,
      })
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.id, input.actor.userId))
      .for('update', { of: users });
    if (!owner || !owner.isActive || owner.passwordHash !== proven.passwordHash)
      throw invalid(msg('errors.api.accountChanged'));
    if (owner.agencyEnded) throw invalid(msg('errors.api.agencyEnded'));
    const [active] = await tx
      .select({ n: count() })
      .from(apiTokens)
      .where(
        and(
          eq(apiTokens.userId, input.actor.userId),
          isNull(apiTokens.revokedAt),
          gt(apiTokens.expiresAt, now),
          eq(apiTokens.credentialsVersion, owner.credentialsVersion),
        ),
      );
    if ((active?.n ?? 0) >= MAX_ACTIVE_TOKENS)
      throw invalid(msg('errors.api.tooManyTokens', { max: MAX_ACTIVE_TOKENS }));
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: input.actor.userId,
        name: input.name,
        tokenHash: hashOf(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        credentialsVersion: owner.credentialsVersion,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: apiTokens.id });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row!.id,
      after: { name: input.name, expiresAt },
    });
    return { id: row!.id, token, expiresAt };
  });
}

export type TokenState = 'active' | 'expired' | 'revoked' | 'void';

/** A token's state for its lists: `void` when a change of the owner's credentials or agency ended it. */
const stateOf = (k: { revokedAt: Date | null; expiresAt: Date; inForce: boolean }, now: Date): TokenState =>
  k.revokedAt ? 'revoked' : k.expiresAt <= now ? 'expired' : k.inForce ? 'active' : 'void';

const tokenColumns = (now: Date) => ({
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  inForce: sql<boolean>`coalesce(${inForce(now)}, false)`,
});

/** The actor's own tokens, newest first (never the token itself), each with its state. */
export async function listApiTokens(input: { actor: Actor }, db?: DbOrTx, now = new Date()) {
  const d = await resolveDb(db);
  const rows = await d
    .select(tokenColumns(now))
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(apiTokens.userId, input.actor.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map((k) => ({ ...k, state: stateOf(k, now) }));
}

/**
 * For the administrator: every user's tokens that are not revoked and have not expired (in force, or voided by
 * a change of their owner's credentials or agency), by owner, newest first.
 */
export async function listAllApiTokens(input: { actor: Actor }, db?: DbOrTx, now = new Date()) {
  assertCan(input.actor, 'api_token.manage');
  const d = await resolveDb(db);
  const rows = await d
    .select({ ...tokenColumns(now), userId: users.id, ownerEmail: users.email, ownerName: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .orderBy(asc(users.email), desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map((k) => ({ ...k, state: stateOf(k, now) }));
}

/** Revokes one of the actor's own tokens (someone else's is "not found"). */
export async function revokeApiToken(input: { actor: Actor; tokenId: number }, db?: DbOrTx, now = new Date()) {
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(eq(apiTokens.id, input.tokenId), eq(apiTokens.userId, input.actor.userId), isNull(apiTokens.revokedAt)),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) throw notFound();
    await writeAudit(tx, { actor: input.actor, action: 'api_token.revoke', entityType: 'api_token', entityId: row.id });
  });
}

/** The administrator revokes any user's token (`api_token.manage`), audited with its owner. */
export async function revokeAnyApiToken(input: { actor: Actor; tokenId: number }, db?: DbOrTx, now = new Date()) {
  assertCan(input.actor, 'api_token.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, input.tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name });
    if (!row) throw notFound(msg('errors.api.tokenNotFound'));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: row.id,
      after: { ownerUserId: row.userId, name: row.name, byAdministrator: true },
    });
  });
}

/** Last use is written at most this often per token. */
const TOUCH_EVERY_MS = 60_000;
/** When each token's last use was last written, per database (tests open many). */
const lastTouched = new WeakMap<object, Map<number, number>>();

/** `actorFromToken`'s statement: the token in force by its hash at `now`, with its owner's actor. */
const tokenActor = tokenActorQuery(() =>
  and(
    eq(apiTokens.tokenHash, sql.placeholder('hash')),
    isNull(apiTokens.revokedAt),
    gt(apiTokens.expiresAt, sql.placeholder('now')),
    inForceOn(sql.placeholder('today')),
  )!,
);

/**
 * The actor a bearer token acts as, with its id (for the rate limit), or null when the token is unknown,
 * revoked, expired, minted under credentials that have changed since, its owner is disabled, or the owner's
 * agency has ended.
 */
export async function actorFromToken(
  db: DbOrTx,
  token: string,
  now = new Date(),
): Promise<{ actor: Actor; tokenId: number } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  // The token, its owner and the owner's scope in one statement (every API request pays for it), built once.
  const found = await tokenActor(db, { hash: hashOf(token), now: now.toISOString() }, vnDate(now));
  if (!found) return null;
  // Last use is kept to the minute: this server writes it at most once a minute per token.
  const touched = lastTouched.get(db) ?? new Map<number, number>();
  lastTouched.set(db, touched);
  const last = touched.get(found.tokenId);
  if (last === undefined || now.getTime() - last >= TOUCH_EVERY_MS || now.getTime() < last) {
    touched.set(found.tokenId, now.getTime());
    if (touched.size > 10_000) touched.clear();
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, found.tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS))),
        ),
      );
  }
  return found;
}
