import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@/db/schema';
import { resolveAuthSecret } from './secret';

/** The codes themselves are pure (otp.ts, which the browser tests import too); here, what needs the server's secret. */
export * from './otp';

function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', resolveAuthSecret(), 'steering-committee', purpose, 32));
}

/** Secrets are stored encrypted (AES-256-GCM, key derived from AUTH_SECRET): a database dump alone yields no codes. */
export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key('totp-secret'), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function openSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key('totp-secret'), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}

/**
 * The sign-in ticket between the password step and the code step: the email and an expiry, signed. It
 * proves only that the password was right a moment ago; the code is still needed.
 */
export const TICKET_TTL_MS = 5 * 60_000;

export function issueTicket(email: string, now: Date = new Date()): string {
  const body = Buffer.from(JSON.stringify({ e: email, x: now.getTime() + TICKET_TTL_MS })).toString('base64url');
  return `${body}.${createHmac('sha256', key('sign-in-ticket')).update(body).digest('base64url')}`;
}

export function readTicket(ticket: string, now: Date = new Date()): string | null {
  const [body, mac] = ticket.split('.');
  if (!body || !mac) return null;
  const expected = createHmac('sha256', key('sign-in-ticket')).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { e, x } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { e: string; x: number };
    return typeof e === 'string' && typeof x === 'number' && x > now.getTime() ? e : null;
  } catch {
    return null;
  }
}

/** With `AUTH_TOTP_REQUIRED=true`, administrators and the secretariat must use a second factor. */
export function secondFactorRequired(role: Role, env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.AUTH_TOTP_REQUIRED ?? '') && (role === 'admin' || role === 'secretariat');
}
