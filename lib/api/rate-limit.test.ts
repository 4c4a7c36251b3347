import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { countRateLimit } from './rate-limit';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

const settle = () => new Promise((r) => setTimeout(r, 30));
const NOW = new Date('2026-12-01T03:00:10Z');

describe('countRateLimit (the API limit, counted without a round trip)', () => {
  it('counts one server exactly, and writes its count to PostgreSQL in the background', async () => {
    const results = [];
    for (let i = 0; i < 31; i++) {
      results.push(countRateLimit(h.db, 'api-token:one', 30, 60, NOW));
      await settle();
    }
    expect(results.filter((r) => r.allowed)).toHaveLength(30);
    expect(results[29]).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 50 });
    expect(results[30]!.allowed).toBe(false);
    const [row] = await h.db.select().from(rateLimits).where(eq(rateLimits.bucket, 'api-token:one'));
    expect(row!.hits).toBeGreaterThanOrEqual(21); // the window's first request, then every 20
  });

  it('shares the count between servers through PostgreSQL, up to what the others have not written yet', async () => {
    // Two servers of one deployment: two handles on the same database.
    const a = h.db;
    const b = Object.create(h.db) as typeof h.db;
    let allowed = 0;
    for (let i = 0; i < 25; i++) {
      if (countRateLimit(a, 'api-token:shared', 30, 60, NOW).allowed) allowed++;
      await settle();
    }
    let fromB = 0;
    for (let i = 0; i < 30; i++) {
      if (countRateLimit(b, 'api-token:shared', 30, 60, NOW).allowed) fromB++;
      await settle();
    }
    expect(allowed).toBe(25);
    // B learns A's written count (21) from its first write: it is refused after about 9, never after 30.
    expect(fromB).toBeLessThanOrEqual(30 - 21 + 1);
    expect(fromB).toBeGreaterThan(0);
    // A new window starts afresh.
    expect(countRateLimit(b, 'api-token:shared', 30, 60, new Date(NOW.getTime() + 60_000)).allowed).toBe(true);
  });
});
