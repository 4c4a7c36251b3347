import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestDatabase } from '@/tests/db';
import { expectedMigrations, pageCanary, readiness } from './health';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('readiness', () => {
  it('is ready when every migration of this build is applied, and says so when one is missing', async () => {
    const expected = expectedMigrations();
    expect(await readiness(async () => h.db)).toEqual({ ready: true, migrations: expected.count });
    await h.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    expect(await readiness(async () => h.db)).toEqual({
      ready: false,
      reason: 'migrations_pending',
      migrations: { applied: expected.count - 1, expected: expected.count },
    });
  });

  it('is not ready when the database does not answer', async () => {
    expect(await readiness(async () => Promise.reject(new Error('ECONNREFUSED')))).toEqual({
      ready: false,
      reason: 'database_unreachable',
    });
    expect(await readiness(() => new Promise(() => {}), 100)).toEqual({ ready: false, reason: 'database_unreachable' });
  });
});

describe('readiness of the process itself', () => {
  // The first describe removed a migration row from `h`: these use a database of their own.
  let fresh: DatabaseHandle;
  beforeAll(async () => {
    fresh = await createTestDatabase();
  });
  afterAll(() => fresh.close());
  it('is not ready once a standard prototype has gained a property, and ready again once it is gone', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      expect(await readiness(async () => fresh.db)).toEqual({
        ready: false,
        reason: 'process_corrupted',
        polluted: ['Object.prototype.polluted'],
      });
    } finally {
      delete proto.polluted;
    }
    (Array.prototype as unknown as Record<string, unknown>).x = 1;
    try {
      expect(await readiness(async () => fresh.db)).toMatchObject({ reason: 'process_corrupted' });
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).x;
    }
    expect(await readiness(async () => fresh.db)).toMatchObject({ ready: true });
  });

  it('is not ready when the canary page does not render', async () => {
    expect(
      await readiness(
        async () => fresh.db,
        3000,
        async () => false,
      ),
    ).toEqual({ ready: false, reason: 'render_failed' });
    expect(
      await readiness(
        async () => fresh.db,
        3000,
        async () => Promise.reject(new Error('boom')),
      ),
    ).toEqual({
      ready: false,
      reason: 'render_failed',
    });
    expect(
      await readiness(
        async () => fresh.db,
        3000,
        async () => true,
      ),
    ).toMatchObject({ ready: true });
  });

  it('the canary asks the sign-in page on the address the standalone server listens on', async () => {
    const { createServer } = await import('node:http');
    let status = 200;
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/sign-in' ? status : 404;
      res.end('<html><body>Đăng nhập</body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      expect(await pageCanary({ PORT: String(port), HOSTNAME: '0.0.0.0' }, 0)()).toBe(true);
      status = 500;
      expect(await pageCanary({ PORT: String(port) }, 0)()).toBe(false);
      expect(await pageCanary({ PORT: '1' }, 0)()).toBe(false);
    } finally {
      server.close();
    }
  });
});
