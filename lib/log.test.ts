import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createLog, LOG_FLUSH_MS, logDestination, redactForConsole } from './log';

describe('what the framework prints of a failed page', () => {
  it('holds no query values: drizzle’s params, in its message, its properties or its cause', () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      detail: 'Key (email)=(nguyen.van.a@example.vn) already exists.',
      code: '22021',
    });
    const error = new DrizzleQueryError('select * from users where name like $1', ['%nguyen-van-a-0912345678%'], cause);
    Object.assign(error, { digest: '123456' });
    // As Node prints it for console.error, before and after.
    expect(inspect(error)).toContain('0912345678');
    const printed = inspect(redactForConsole(error));
    expect(printed).not.toContain('0912345678');
    expect(printed).not.toContain('nguyen.van.a@example.vn');
    expect(printed).toContain('params: [redacted]');
    expect(printed).toContain('Failed query: select * from users');
    expect(printed).toContain('invalid byte sequence'); // the cause's message stays
    expect((redactForConsole(error) as { digest?: string }).digest).toBe('123456');
    expect(redactForConsole('⨯ Failed query: x\nparams: secret,values\n    at y')).toBe(
      '⨯ Failed query: x\nparams: [redacted]\n    at y',
    );
    expect(redactForConsole(42)).toBe(42);
  });
});

describe('the log’s lines are written in batches (issue 21)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'steering-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

  it('many lines go in a few writes, and a warning or an error takes what is held at once', async () => {
    const file = join(dir, 'batches');
    // No periodic flush in this test's time: what is written is the batches' and the warning's doing.
    const stream = logDestination(file, 600_000);
    await once(stream, 'ready');
    const written: number[] = [];
    stream.on('write', (n: number) => written.push(n));
    const logger = createLog(stream, 'info');
    try {
      // 20 request lines as proxy.ts writes them (about 130 bytes each): less than a batch, so held.
      const request = (i: number) =>
        logger.info({ reqId: `r-${i}`, method: 'GET', path: '/api/v1/tasks/1' }, 'request');
      for (let i = 0; i < 20; i++) request(i);
      await new Promise((r) => setTimeout(r, 50));
      expect(written).toEqual([]);
      logger.warn({ reqId: 'r-20' }, 'request body refused');
      await vi.waitFor(() => expect(lines(file)).toHaveLength(21), { timeout: 10_000 });
      expect(JSON.parse(lines(file)[20]!)).toMatchObject({ reqId: 'r-20', msg: 'request body refused' });
      // 200 more: one write a line before, a few batches now.
      written.length = 0;
      for (let i = 21; i < 221; i++) request(i);
      await vi.waitFor(() => expect(lines(file).length).toBeGreaterThanOrEqual(200), { timeout: 10_000 });
      expect(written.length).toBeLessThanOrEqual(8);
    } finally {
      stream.destroy();
    }
  });

  it('a quiet server’s last line is written by the periodic flush', async () => {
    const file = join(dir, 'quiet');
    const stream = logDestination(file);
    await once(stream, 'ready');
    const logger = createLog(stream, 'info');
    try {
      logger.info({ reqId: 'r-1' }, 'request');
      expect(lines(file)).toHaveLength(0);
      await vi.waitFor(() => expect(lines(file)).toHaveLength(1), { timeout: LOG_FLUSH_MS * 10 });
    } finally {
      stream.destroy();
    }
  });
});
