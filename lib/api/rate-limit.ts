import 'server-only';
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { log } from '@/lib/log';

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
): Promise<RateLimitResult & { hits: number }> {
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
    hits,
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

type Window = { start: number; known: number; inFlight: number; pending: number; flushedAt: number };
/** Each database's buckets, as this server counts them (tests open many databases in one process). */
const counters = new WeakMap<object, Map<string, Window>>();
/** A server writes its count to PostgreSQL after this many requests of a bucket, or this long after the last write. */
const FLUSH_EVERY_HITS = 20;
const FLUSH_EVERY_MS = 1000;

/**
 * Counts one API request in `bucket`'s fixed window without waiting for the database: this server counts in
 * memory, and adds its count to the shared row in PostgreSQL in the background (at the window's first request,
 * then every FLUSH_EVERY_HITS requests or FLUSH_EVERY_MS), learning there what the other servers counted. One
 * server counts exactly; with several, a token may pass the limit by what the others have not written yet (at
 * most a second's worth, or FLUSH_EVERY_HITS, each).
 */
export function countRateLimit(
  db: DbOrTx,
  bucket: string,
  limit: number,
  windowSeconds = 60,
  now = new Date(),
): RateLimitResult {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  let buckets = counters.get(db);
  if (!buckets) counters.set(db, (buckets = new Map()));
  let w = buckets.get(bucket);
  if (!w || w.start !== start) {
    if (buckets.size > 10_000) for (const [k, v] of buckets) if (v.start < start) buckets.delete(k);
    w = { start, known: 0, inFlight: 0, pending: 0, flushedAt: 0 };
    buckets.set(bucket, w);
  }
  w.pending++;
  const hits = w.known + w.inFlight + w.pending;
  if (w.inFlight === 0 && (w.pending >= FLUSH_EVERY_HITS || now.getTime() - w.flushedAt >= FLUSH_EVERY_MS)) {
    void flush(db, bucket, w, now);
  }
  return {
    allowed: hits <= limit,
    limit,
    remaining: Math.max(0, limit - hits),
    resetSeconds: Math.ceil((start + windowMs - now.getTime()) / 1000),
  };
}

async function flush(db: DbOrTx, bucket: string, w: Window, now: Date) {
  const n = w.pending;
  w.inFlight = n;
  w.pending = 0;
  w.flushedAt = now.getTime();
  try {
    const [row] = await db
      .insert(rateLimits)
      .values({ bucket, windowStart: new Date(w.start), hits: n })
      .onConflictDoUpdate({
        target: [rateLimits.bucket, rateLimits.windowStart],
        set: { hits: sql`${rateLimits.hits} + ${n}` },
      })
      .returning({ hits: rateLimits.hits });
    // What every server has written, this one's included.
    w.known = row?.hits ?? w.known + n;
  } catch (error) {
    w.pending += n; // counted again at the next write
    log.warn({ err: error, bucket: bucket.split(':')[0] }, 'rate limit count not written');
  } finally {
    w.inFlight = 0;
  }
}
