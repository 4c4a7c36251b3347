import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { loadActor } from '@/lib/auth/actor';
import { resolveDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { id, requiredText, z } from '@/lib/zod';

/**
 * Personal API tokens: `sct_` and 43 random characters (256 bits), shown to their owner once. Only the
 * SHA-256 is stored (the token is random, so a slow hash adds nothing). A token acts with the rights of its
 * owner, as checked on every request: a disabled owner's tokens stop working at once.
 */
export const TOKEN_PREFIX = 'sct_';
export const TOKEN_LIFETIMES = [30, 90, 180, 365] as const;

export const createTokenSchema = z.object({
  name: requiredText(80, 'Tên khóa'),
  days: z.coerce
    .number()
    .int()
    .refine((d) => (TOKEN_LIFETIMES as readonly number[]).includes(d), { error: 'Chọn thời hạn của khóa.' }),
});
export const revokeTokenSchema = z.object({ tokenId: id('Khóa API') });

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token for the actor; the returned `token` is the only time it is ever shown. */
export async function createApiToken(
  input: { actor: Actor; name: string; days: number },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const d = await resolveDb(db);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  return d.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: input.actor.userId,
        name: input.name,
        tokenHash: hashOf(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
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

/** The actor's own tokens, newest first (never the token itself). */
export async function listApiTokens(input: { actor: Actor }, db?: DbOrTx) {
  const d = await resolveDb(db);
  return d
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, input.actor.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
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

/** Last use is written at most this often per token. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The actor a bearer token acts as, with its id (for the rate limit), or null when the token is unknown,
 * revoked, expired, or its owner is disabled.
 */
export async function actorFromToken(
  db: DbOrTx,
  token: string,
  now = new Date(),
): Promise<{ actor: Actor; tokenId: number } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ token: apiTokens, sessionVersion: users.sessionVersion })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashOf(token)), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  if (!row) return null;
  const actor = await loadActor(db, row.token.userId, row.sessionVersion);
  if (!actor) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, row.token.id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS))),
      ),
    );
  return { actor, tokenId: row.token.id };
}
