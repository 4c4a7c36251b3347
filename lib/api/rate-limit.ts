import 'server-only';
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/** Requests allowed per token per minute (`API_RATE_LIMIT_PER_MINUTE`, default 120). */
export function apiRateLimit(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.API_RATE_LIMIT_PER_MINUTE ?? 120);
  return Number.isInteger(n) && n > 0 ? n : 120;
}

/**
 * Counts one request in `bucket`'s current fixed window (one statement: insert or increment), shared by
 * every app server through PostgreSQL.
 */
export async function hitRateLimit(
  db: DbOrTx,
  bucket: string,
  limit: number,
  windowSeconds = 60,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  const hits = row?.hits ?? 1;
  return {
    allowed: hits <= limit,
    limit,
    remaining: Math.max(0, limit - hits),
    resetSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  };
}

/** Drops windows older than a day (run by the daily sweep). */
export async function pruneRateLimits(db: DbOrTx, now = new Date()): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 86_400_000)));
}
