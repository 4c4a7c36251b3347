import { CredentialsSignin, JWTSessionError, MissingCSRF, MissingSecret, UntrustedHost } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import {
  authEndpointServed,
  authErrorLevel,
  authRequestProblem,
  CALLBACK_URL_COOKIES,
  isAuthCallbackUrl,
  sameSiteRedirect,
  withoutUnreadableCallbackUrl,
} from './auth-errors';

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

describe('a sign-out with a cookie that is no token of ours (attacker pass 41)', () => {
  const SITE = 'http://localhost:3000';
  /** Auth.js's own sign-out, as the sign-out action and POST /api/auth/signout run it: what it gives its logger. */
  const signOutLogs = async (cookie: string, signOut?: () => Promise<void>) => {
    const { Auth } = await import('@auth/core');
    const errors: Error[] = [];
    const config = {
      secret: 'auth-errors-test-secret-not-for-production',
      trustHost: true,
      basePath: '/api/auth',
      providers: [],
      logger: { error: (e: Error) => errors.push(e), warn: () => undefined, debug: () => undefined },
      events: signOut ? { signOut } : {},
    };
    const csrf = await Auth(new Request(`${SITE}/api/auth/csrf`), config);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await Auth(
      new Request(`${SITE}/api/auth/signout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrfCookie}; ${cookie}` },
        body: new URLSearchParams({ csrfToken }),
      }),
      config,
    );
    return errors;
  };
  it('a made-up or stale session cookie signed out is a warning: anyone could write error lines with one', async () => {
    for (const cookie of ['authjs.session-token=made-up', 'authjs.session-token=a.b.c.d.e', 'authjs.session-token=%00'])
      for (const error of await signOutLogs(cookie)) expect(authErrorLevel(error), cookie).toBe('warn');
    expect((await signOutLogs('authjs.session-token=made-up')).length).toBe(1);
  });
  it('a sign-out that fails on our side stays an error', async () => {
    const { encode } = await import('@auth/core/jwt');
    const token = await encode({
      token: { sub: '1' },
      secret: 'auth-errors-test-secret-not-for-production',
      salt: 'authjs.session-token',
    });
    const errors = await signOutLogs(`authjs.session-token=${token}`, async () => {
      throw new Error('database down');
    });
    expect(errors.map(authErrorLevel)).toEqual(['error']);
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

describe('a callback URL Auth.js would refuse, in its cookie or the query (attacker pass 34)', () => {
  const SITE = 'http://localhost:3000';
  /** Auth.js itself, as next-auth runs it, with nothing of the app's: what its session endpoint answers. */
  const authAnswers = async (path: string, cookie?: string) => {
    const { Auth } = await import('@auth/core');
    const res = await Auth(new Request(`${SITE}${path}`, { headers: cookie ? { cookie } : {} }), {
      secret: 'auth-errors-test-secret-not-for-production',
      trustHost: true,
      basePath: '/api/auth',
      providers: [],
      logger: { error: () => undefined, warn: () => undefined, debug: () => undefined },
    });
    return res.status;
  };
  const VALUES = [
    'x%20y',
    'javascript:alert(1)',
    'foo',
    '%E0%A4%A',
    'http://[x/',
    '"ftp://host/"',
    '/tasks',
    '%2Ftasks%3Fa%3D1',
    'http%3A%2F%2Flocalhost%3A3000%2F',
    'https://elsewhere.example/',
    '//elsewhere.example/',
    '',
  ];

  it('drops exactly the cookies Auth.js refuses, and Auth.js then answers', async () => {
    // What the pass found: one such cookie, and Auth.js answers 500 "server configuration" to everything.
    expect(await authAnswers('/api/auth/session', 'authjs.callback-url=foo')).toBe(500);
    expect(await authAnswers('/api/auth/session', 'authjs.callback-url=%2Ftasks')).toBe(200);
    for (const value of VALUES) {
      for (const name of CALLBACK_URL_COOKIES) {
        const cookie = `a=1; ${name}=${value}; b=2`;
        const refused = (await authAnswers('/api/auth/session', cookie)) === 500;
        const cleaned = withoutUnreadableCallbackUrl(cookie);
        // Auth.js reads the __Secure- name only over https: over http that cookie is not read, but is dropped all the same.
        if (name === 'authjs.callback-url') expect(cleaned !== null, `${name}=${value}`).toBe(refused);
        if (cleaned) {
          expect(cleaned.header, value).toBe('a=1; b=2');
          expect(await authAnswers('/api/auth/session', cleaned.header), value).toBe(200);
        }
      }
    }
    expect(withoutUnreadableCallbackUrl('authjs.callback-url=foo')).toEqual({
      header: '',
      dropped: ['authjs.callback-url'],
    });
    expect(withoutUnreadableCallbackUrl('authjs.session-token=abc')).toBeNull();
    expect(withoutUnreadableCallbackUrl(null)).toBeNull();
  });

  it('answers a query callbackUrl Auth.js refuses before it runs', async () => {
    const { NextRequest } = await import('next/server');
    for (const value of VALUES.filter((v) => v !== '')) {
      const refused = (await authAnswers(`/api/auth/session?callbackUrl=${value}`)) === 500;
      const judged = await authRequestProblem(new NextRequest(`${SITE}/api/auth/session?callbackUrl=${value}`));
      expect(judged.problem === 'callbackUrl', value).toBe(refused);
      expect(isAuthCallbackUrl(new URL(`${SITE}/?callbackUrl=${value}`).searchParams.get('callbackUrl')!)).toBe(
        !refused,
      );
    }
    // Given twice, Auth.js reads the last: either refused is refused.
    const twice = new NextRequest(`${SITE}/api/auth/session?callbackUrl=foo&callbackUrl=%2Ftasks`);
    expect((await authRequestProblem(twice)).problem).toBe('callbackUrl');
  });

  it('answers a JSON post that is no JSON object before Auth.js logs it as its error', async () => {
    const { Auth } = await import('@auth/core');
    const { NextRequest } = await import('next/server');
    const post = (body: string, type = 'application/json') =>
      new NextRequest(`${SITE}/api/auth/session`, { method: 'POST', headers: { 'content-type': type }, body });
    for (const body of ['{"data":', '', 'x', '[1]', 'null', '"text"', '{"csrfToken":"x"}', '{}']) {
      const errors: unknown[] = [];
      await Auth(post(body), {
        secret: 'auth-errors-test-secret-not-for-production',
        trustHost: true,
        basePath: '/api/auth',
        providers: [],
        logger: { error: (e) => errors.push(e), warn: () => undefined, debug: () => undefined },
      });
      const judged = await authRequestProblem(post(body));
      const parses = (() => {
        try {
          JSON.parse(body);
          return true;
        } catch {
          return false;
        }
      })();
      // What Auth.js cannot parse it logs as an error; we answer it (and any JSON that is no object) first.
      if (!parses) expect(errors.length, body).toBeGreaterThan(0);
      expect(judged.problem === 'json', body).toBe(!parses || !body.startsWith('{'));
      // What passes reaches Auth.js with its body as sent.
      if (!judged.problem) expect(await judged.request.text(), body).toBe(body);
    }
    // Other types go on unread.
    const form = post('csrfToken=x', 'application/x-www-form-urlencoded');
    expect((await authRequestProblem(form)).problem).toBeUndefined();
  });

  it('the proxy passes the request on without that cookie, and tells the browser to forget it', async () => {
    process.env.AUTH_SECRET ??= 'auth-errors-test-secret-not-for-production';
    const { proxy } = await import('@/proxy');
    const { NextRequest } = await import('next/server');
    for (const path of ['/sign-in', '/api/auth/session', '/tasks']) {
      const res = await proxy(
        new NextRequest(`${SITE}${path}`, { headers: { cookie: 'locale=vi; authjs.callback-url=x%20y' } }),
      );
      expect(res.status, path).toBeLessThan(400);
      const forgotten = res.headers.getSetCookie().find((c) => c.startsWith('authjs.callback-url='));
      expect(forgotten, path).toMatch(/Max-Age=0/i);
      // What the page or route reads (Next.js passes the request's headers on through these).
      if (res.headers.get('x-middleware-next') === '1')
        expect(res.headers.get('x-middleware-request-cookie'), path).toBe('locale=vi');
    }
  });
});
