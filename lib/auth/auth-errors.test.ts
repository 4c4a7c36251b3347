import { CredentialsSignin, JWTSessionError, MissingCSRF, MissingSecret, UntrustedHost } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { authEndpointServed, authErrorLevel, sameSiteRedirect } from './auth-errors';

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

describe("which of next-auth's endpoints are served (attacker pass 26)", () => {
  const only = ['credentials'];
  const both = ['credentials', 'oidc'];
  it('serves the session, CSRF, sign-out and the configured providers', () => {
    for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/signout'])
      expect(authEndpointServed('GET', path, only), path).toBe(true);
    expect(authEndpointServed('POST', '/api/auth/callback/credentials', only)).toBe(true);
    expect(authEndpointServed('POST', '/api/auth/signin/oidc', both)).toBe(true);
    expect(authEndpointServed('GET', '/api/auth/callback/oidc', both)).toBe(true);
  });
  it('answers nothing for an unknown provider or action, or single sign-on when it is not set up', () => {
    for (const [method, path] of [
      ['GET', '/api/auth/signin/oidc'],
      ['GET', '/api/auth/callback/oidc'],
      ['POST', `/api/auth/callback/${'x'.repeat(3000)}`],
      ['GET', '/api/auth/webauthn-options/credentials'],
      ['GET', '/api/auth/callback/credentials'],
      ['POST', '/api/auth/session/extra'],
      ['GET', '/api/auth/__proto__'],
    ])
      expect(authEndpointServed(method!, path!, only), `${method} ${path!.slice(0, 40)}`).toBe(false);
  });
});
