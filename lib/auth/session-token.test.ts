import { Auth } from '@auth/core';
import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookiePairs, readSessionClaims, usesSecureCookie } from './session-token';

const SECRET = 'a-test-secret-of-enough-length-0123456789';
const COOKIE = 'authjs.session-token';
const SECURE = `__Secure-${COOKIE}`;
const claims = { uid: 7, sv: 3, sid: 'session-id', name: 'Lê Thị Mai', email: 'mai@example.gov.vn' };

const token = (salt: string, options: { maxAge?: number; secret?: string; payload?: object } = {}) =>
  encode({ token: options.payload ?? claims, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge ?? 3600 });

/** What next-auth's `auth()` reads from the same cookies: Auth.js's own session endpoint, with our callbacks. */
async function authJs(cookie: string, secure: boolean) {
  const request = new Request(`${secure ? 'https' : 'http'}://chidao.example/api/auth/session`, {
    headers: { cookie },
  });
  const response = await Auth(request, {
    secret: SECRET,
    basePath: '/api/auth',
    trustHost: true,
    // A token that does not decrypt is logged by Auth.js as an error; here it is the case under test.
    logger: { error: () => undefined },
    session: { strategy: 'jwt', maxAge: 3600 },
    providers: [],
    callbacks: {
      session: ({ session, token: t }) => ({ ...session, uid: t.uid, sv: t.sv, sid: t.sid }) as never,
    },
  });
  const body = (await response.json()) as { uid?: number; sv?: number; sid?: string } | null;
  return body?.uid ? { uid: body.uid, sv: body.sv, sid: body.sid } : null;
}

const parse = cookiePairs;

const mine = async (cookie: string, secure: boolean) => {
  const read = await readSessionClaims(parse(cookie), secure, SECRET);
  return read?.uid ? { uid: read.uid, sv: read.sv, sid: read.sid } : null;
};

describe('the session cookie, read without next-auth’s request cycle', () => {
  it('reads what Auth.js reads, and refuses what it refuses', async () => {
    const valid = await token(COOKIE);
    const validSecure = await token(SECURE);
    const expired = await token(COOKIE, { maxAge: -60 });
    const otherSecret = await token(COOKIE, { secret: 'another-secret-of-enough-length-98765' });
    const tampered = valid.slice(0, -4) + (valid.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    // A token made for one cookie name (the key is derived from it) moved to the other name.
    const moved = await token(SECURE);
    const cases: [string, string, boolean][] = [
      ['plain cookie over http', `${COOKIE}=${valid}`, false],
      ['secure cookie over https', `${SECURE}=${validSecure}`, true],
      ['plain cookie over https', `${COOKIE}=${valid}`, true],
      ['secure cookie over http', `${SECURE}=${validSecure}`, false],
      ['expired', `${COOKIE}=${expired}`, false],
      ['another secret', `${COOKIE}=${otherSecret}`, false],
      ['tampered', `${COOKIE}=${tampered}`, false],
      ['moved to another name', `${COOKIE}=${moved}`, false],
      ['garbage', `${COOKIE}=not.a.token`, false],
      ['empty', `${COOKIE}=`, false],
      ['none', 'locale=vi', false],
      ['chunked', `${COOKIE}.1=${valid.slice(1000)}; ${COOKIE}.0=${valid.slice(0, 1000)}`, false],
      ['sent twice, the valid one first', `${COOKIE}=${valid}; ${COOKIE}=${otherSecret}`, false],
      ['sent twice, the valid one last', `${COOKIE}=${otherSecret}; ${COOKIE}=${valid}`, false],
    ];
    for (const [label, cookie, secure] of cases) {
      expect({ label, claims: await mine(cookie, secure) }).toEqual({ label, claims: await authJs(cookie, secure) });
    }
    // The cases are not all refusals: the valid ones, the chunked one among them, read the claims.
    expect(await mine(`${COOKIE}=${valid}`, false)).toEqual({ uid: 7, sv: 3, sid: 'session-id' });
    expect(await mine(`${SECURE}=${validSecure}`, true)).toEqual({ uid: 7, sv: 3, sid: 'session-id' });
    expect(await mine(`${COOKIE}.1=${valid.slice(1000)}; ${COOKIE}.0=${valid.slice(0, 1000)}`, false)).toEqual({
      uid: 7,
      sv: 3,
      sid: 'session-id',
    });
  });

  describe('a token read before', () => {
    afterEach(() => vi.useRealTimers());

    it('is refused once it expires, as a token read for the first time is', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = new Date('2026-12-05T08:00:00Z');
      vi.setSystemTime(start);
      const cookie = `${COOKIE}=${await token(COOKIE, { maxAge: 60, payload: { ...claims, sid: 'expiring' } })}`;
      expect(await mine(cookie, false)).toEqual({ uid: 7, sv: 3, sid: 'expiring' });
      // Within Auth.js's 15 seconds of tolerance past the expiry: still read.
      vi.setSystemTime(start.getTime() + 74_000);
      expect(await mine(cookie, false)).toEqual({ uid: 7, sv: 3, sid: 'expiring' });
      expect(await authJs(cookie, false)).toEqual({ uid: 7, sv: 3, sid: 'expiring' });
      vi.setSystemTime(start.getTime() + 75_000);
      expect(await authJs(cookie, false)).toBeNull();
      expect(await mine(cookie, false)).toBeNull();
    });

    it('is read only under the cookie name and the secret it was made for', async () => {
      const plain = await token(COOKIE, { payload: { ...claims, sid: 'named' } });
      expect(await mine(`${COOKIE}=${plain}`, false)).toEqual({ uid: 7, sv: 3, sid: 'named' });
      // The same bytes as the secure cookie (the key is derived from the name), or read with another secret.
      expect(await mine(`${SECURE}=${plain}`, true)).toBeNull();
      expect(
        await readSessionClaims(parse(`${COOKIE}=${plain}`), false, 'another-secret-of-enough-length-98765'),
      ).toBeNull();
      expect(await mine(`${COOKIE}=${plain}`, false)).toEqual({ uid: 7, sv: 3, sid: 'named' });
    });
  });

  it('reads the scheme as Auth.js does: the configured address first, else the forwarded scheme, else https', () => {
    expect(usesSecureCookie('http', { AUTH_URL: 'https://chidao.example.gov.vn' })).toBe(true);
    expect(usesSecureCookie('https', { AUTH_URL: 'http://127.0.0.1:3000' })).toBe(false);
    expect(usesSecureCookie('http', {})).toBe(false);
    expect(usesSecureCookie('https', {})).toBe(true);
    expect(usesSecureCookie(null, {})).toBe(true);
  });
});
