import { CredentialsSignin, JWTSessionError, MissingCSRF, MissingSecret, UntrustedHost } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { authErrorLevel, sameSiteRedirect } from './auth-errors';

describe("how loud next-auth's errors are in the log", () => {
  it('a made-up or stale session cookie is a warning, not an error line anyone can write (attacker pass 20)', () => {
    expect(authErrorLevel(new JWTSessionError('bad cookie'))).toBe('warn');
    expect(authErrorLevel(new MissingCSRF('no token'))).toBe('warn');
    // The minified build renames the class: the type next-auth sets still tells.
    const renamed = Object.assign(new JWTSessionError('x'), { name: 'k' });
    expect(authErrorLevel(renamed)).toBe('warn');
  });
  it('a wrong password says nothing; a server fault stays an error', () => {
    expect(authErrorLevel(new CredentialsSignin())).toBe('silent');
    expect(authErrorLevel(new MissingSecret('no secret'))).toBe('error');
    expect(authErrorLevel(new UntrustedHost('host'))).toBe('error');
    expect(authErrorLevel(new Error('database down'))).toBe('error');
  });
});

describe('where next-auth sends someone after signing in or out (attacker pass 22)', () => {
  const baseUrl = 'http://127.0.0.1:3400';
  it('keeps paths and URLs of this site', () => {
    expect(sameSiteRedirect({ url: '/tasks?x=1', baseUrl })).toBe(`${baseUrl}/tasks?x=1`);
    expect(sameSiteRedirect({ url: `${baseUrl}/reports`, baseUrl })).toBe(`${baseUrl}/reports`);
  });
  it('sends anything else to the root, without throwing on what is no URL', () => {
    for (const url of [
      'foo',
      'http://127.0.0.1:3400.evil.com/',
      'http://[x/',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
    ])
      expect(sameSiteRedirect({ url, baseUrl }), url).toBe(baseUrl);
  });
});
