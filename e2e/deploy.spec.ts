import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('health and readiness answer without signing in, with a request id', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  expect(health.headers()['x-request-id']).toMatch(/^[\w.-]{8,}$/);
  const ready = await request.get('/api/ready', { headers: { 'x-request-id': 'lb-check-0001' } });
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', ready: true });
  expect(ready.headers()['x-request-id']).toBe('lb-check-0001');
});

/** Starts the built server with `env` and returns its exit code and what it wrote, or null if it kept running. */
function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const server = spawn(process.execPath, ['.next/standalone/server.js'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOSTNAME: '127.0.0.1', PORT: '3299', ...env },
    });
    let output = '';
    server.stdout.on('data', (d) => (output += d));
    server.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      resolve({ code: null, output });
    }, 30_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a server refuses to start with a bad environment, and names the variable', async () => {
  test.setTimeout(90_000);
  const badUrl = await startWith({ DATABASE_URL: 'mysql://db.internal/steering' });
  expect(badUrl.code).toBe(1);
  expect(badUrl.output).toContain('DATABASE_URL: phải bắt đầu bằng postgres://');
  // In production with PostgreSQL, the secrets every server must share are required.
  const notNumber = await startWith({ SESSION_IDLE_MINUTES: 'soon' });
  expect(notNumber.code).toBe(1);
  expect(notNumber.output).toContain('SESSION_IDLE_MINUTES: phải là số nguyên dương');
  const missing = await startWith({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/none' });
  expect(missing.code).toBe(1);
  expect(missing.output).toContain('AUTH_SECRET: bắt buộc');
  expect(missing.output).toContain('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bắt buộc');
});
