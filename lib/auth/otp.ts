import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOTP_ISSUER } from './auth-vocabulary';

/**
 * TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the codes every authenticator app shows.
 * Pure functions; the enrolment and sign-in steps that store state are in two-factor.ts.
 */
export const TOTP = { stepSeconds: 30, digits: 6, window: 1 } as const;
const ISSUER = TOTP_ISSUER;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret, as the base32 text apps expect. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function hotp(key: Buffer, counter: number, digits: number = TOTP.digits): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP.stepSeconds);
}

export function totpCode(secret: string, now: Date = new Date()): string {
  return hotp(base32Decode(secret), stepAt(now));
}

/**
 * The step whose code this is (the current one or one either side, for clocks a little apart), or null.
 * Steps at or before `lastStep` are refused, so a code seen over someone's shoulder cannot be replayed.
 */
export function matchTotp(secret: string, code: string, now: Date, lastStep: number | null = null): number | null {
  const given = Buffer.from(code.replace(/\s/g, ''));
  if (!/^\d{6}$/.test(given.toString())) return null;
  const key = base32Decode(secret);
  const current = stepAt(now);
  for (let step = current - TOTP.window; step <= current + TOTP.window; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(key, step)), given)) return step;
  }
  return null;
}

/** The address an authenticator app reads from the QR code. */
export function otpauthUri(email: string, secret: string): string {
  const label = encodeURIComponent(`${ISSUER}:${email}`);
  const query = new URLSearchParams({
    secret,
    issuer: ISSUER,
    algorithm: 'SHA1',
    digits: String(TOTP.digits),
    period: String(TOTP.stepSeconds),
  });
  return `otpauth://totp/${label}?${query}`;
}
