import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { checkSession, startSession } from './sessions';

/**
 * next-auth's own sign-out endpoint, driven through the app's real route handlers (app/api/auth/[...nextauth]):
 * it must end the session's row in PostgreSQL, not only clear the cookie, so a copy of the cookie opens nothing.
 * The handlers use the process's database, which a test points at its own (lib/db.ts caches it on globalThis).
 */
let h: DatabaseHandle;
let handlers: typeof import('./config').handlers;
const SECRET = randomBytes(32).toString('base64url');
const COOKIE = 'authjs.session-token';
const BASE = 'http://localhost:3000';
beforeAll(async () => {
  h = await createTestDatabase();
  process.env.AUTH_SECRET = SECRET;
  (globalThis as { __steeringDb?: unknown }).__steeringDb = { handle: Promise.resolve(h) };
  ({ handlers } = await import('./config'));
});
afterAll(async () => {
  delete (globalThis as { __steeringDb?: unknown }).__steeringDb;
  delete process.env.AUTH_SECRET;
  await h.close();
});

/** Runs `fn` as the app does outside tests (lib/db.ts refuses the process database under VITEST). */
async function asServer<T>(fn: () => Promise<T>): Promise<T> {
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  try {
    return await fn();
  } finally {
    process.env.VITEST = vitest;
  }
}

describe('POST /api/auth/signout (next-auth’s own endpoint)', () => {
  it('ends the session in the database: the old cookie opens nothing afterwards', async () => {
    const { userId } = await actorFor(h.db, { role: 'leader' });
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    const sid = await startSession(h.db, u!.id, null);
    const session = await encode({
      token: { sub: String(u!.id), uid: u!.id, sv: u!.sessionVersion, sid },
      secret: SECRET,
      salt: COOKIE,
    });
    expect(await checkSession(h.db, sid, u!.id)).toBe(true);

    const csrf = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const out = await asServer(() =>
      handlers.POST(
        new NextRequest(`${BASE}/api/auth/signout`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie: `${csrfCookie}; ${COOKIE}=${session}`,
          },
          body: new URLSearchParams({ csrfToken, callbackUrl: BASE }).toString(),
        }),
      ),
    );
    expect(out.status).toBeLessThan(400);
    // The browser's cookie is cleared…
    expect(out.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`))).toMatch(/^authjs\.session-token=;/);
    // …and a copy of it names an ended session.
    const [row] = await h.db.select().from(userSessions).where(eq(userSessions.id, sid));
    expect(row!.endedAt).not.toBeNull();
    expect(await checkSession(h.db, sid, u!.id)).toBe(false);
  });
});
