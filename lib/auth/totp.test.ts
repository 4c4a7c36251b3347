import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  issueTicket,
  matchTotp,
  openSecret,
  otpauthUri,
  readTicket,
  sealSecret,
  secondFactorRequired,
  totpCode,
} from './totp';

// RFC 6238 appendix B (SHA-1 key "12345678901234567890"), and RFC 4226 appendix D for HOTP.
const RFC_KEY = Buffer.from('12345678901234567890');
const RFC_SECRET = base32Encode(RFC_KEY);

describe('TOTP', () => {
  it('matches the RFC test vectors', () => {
    const hotpVectors = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    hotpVectors.forEach((code, counter) => expect(hotp(RFC_KEY, counter)).toBe(code));
    const totpVectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of totpVectors) expect(hotp(RFC_KEY, Math.floor(seconds / 30), 8)).toBe(code);
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
  });

  it('base32 round-trips and reads what apps print (lower case, spaces)', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_KEY);
    expect(() => base32Decode('not-base32!')).toThrow();
  });

  it('accepts the current step and one either side, and never a step already used', () => {
    const now = new Date(1_700_000_000_000);
    const step = Math.floor(now.getTime() / 30_000);
    const at = (s: number) => new Date(s * 30_000 + 1000);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at(step - 1)), now)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at(step + 1)), now)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at(step - 2)), now)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, '12345', now)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('stores secrets sealed, and the address names the issuer and the account', () => {
    const sealed = sealSecret(RFC_SECRET);
    expect(sealed).not.toContain(RFC_SECRET);
    expect(openSecret(sealed)).toBe(RFC_SECRET);
    const [iv, tag, body] = sealed.split('.');
    expect(() => openSecret([iv, tag, body!.slice(0, -2) + 'AA'].join('.'))).toThrow();
    const uri = new URL(otpauthUri('thu.ky@bo-phan.gov.vn', RFC_SECRET));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(decodeURIComponent(uri.pathname)).toContain('thu.ky@bo-phan.gov.vn');
  });

  it('sign-in tickets expire after five minutes and cannot be forged', () => {
    const now = new Date();
    const ticket = issueTicket('thu.ky@bo-phan.gov.vn', now);
    expect(readTicket(ticket, now)).toBe('thu.ky@bo-phan.gov.vn');
    expect(readTicket(ticket, new Date(now.getTime() + 5 * 60_000 + 1))).toBeNull();
    const [body] = ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ e: 'quan.tri@bo-phan.gov.vn', x: now.getTime() + 60_000 })).toString(
      'base64url',
    );
    expect(readTicket(`${forged}.${ticket.split('.')[1]}`, now)).toBeNull();
    expect(readTicket(`${body}.`, now)).toBeNull();
    expect(readTicket('garbage', now)).toBeNull();
  });

  it('is required only for administrators and the secretariat, and only when switched on', () => {
    const on = { AUTH_TOTP_REQUIRED: 'true' } as unknown as NodeJS.ProcessEnv;
    expect(secondFactorRequired('admin', on)).toBe(true);
    expect(secondFactorRequired('secretariat', on)).toBe(true);
    expect(secondFactorRequired('leader', on)).toBe(false);
    expect(secondFactorRequired('agency', on)).toBe(false);
    expect(secondFactorRequired('admin', {} as unknown as NodeJS.ProcessEnv)).toBe(false);
  });
});
