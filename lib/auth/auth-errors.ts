import { NextRequest } from 'next/server';

/**
 * How loud an error of next-auth's is in the log. A wrong password is the product working (the audit trail and the
 * sign-in limit count it); a cookie, CSRF token or action that a client made up or kept from an old key is the
 * client's fault, logged as a warning (attacker pass 20: a garbage session cookie on `/api/auth/session` wrote an
 * error line each time, so anyone could fill the error log and hide a real failure). Everything else is an error.
 * The minified build renames error classes, so the `type` next-auth sets is read, not the name.
 */
const SILENT = new Set(['CredentialsSignin']);
const CLIENT_CAUSED = new Set([
  'JWTSessionError',
  'MissingCSRF',
  'UnknownAction',
  'InvalidCheck',
  'InvalidCallbackUrl',
]);

export function authErrorLevel(error: Error): 'silent' | 'warn' | 'error' {
  const type = (error as { type?: string }).type ?? error.name;
  if (SILENT.has(type)) return 'silent';
  if (type === 'SignOutError' && unreadableToken(error)) return 'warn';
  return CLIENT_CAUSED.has(type) ? 'warn' : 'error';
}

/**
 * Whether a sign-out failed on the session cookie itself: Auth.js decodes it before ending the session, and a cookie
 * that is no token of this key (made up, cut, or kept from an old key) fails in jose, whose errors carry an
 * `ERR_JWE…`/`ERR_JWT…`/`ERR_JOSE…` code (attacker pass 41: the sign-out action posted with a made-up cookie wrote an
 * error line, for anyone). The session's own end failing (`events.signOut`) stays an error.
 */
function unreadableToken(error: Error): boolean {
  const cause = (error.cause as { err?: { code?: unknown } } | undefined)?.err;
  return typeof cause?.code === 'string' && /^ERR_(JWE|JWT|JOSE|JWS)_/.test(cause.code);
}

/**
 * Where next-auth sends someone after signing in or out: a path of this site, or a URL of this origin, else the site's
 * root. Auth.js's own rule is the same but builds a URL from whatever a client posted as `callbackUrl`, and threw on one
 * it could not parse ("foo", "http://host:80.evil/"): an error line for any anonymous post (attacker pass 22).
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith('/')) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // not a URL: the root
  }
  return baseUrl;
}

/**
 * Which of next-auth's endpoints this app serves, by method and path: session, CSRF token, providers, sign-out, the
 * error page, and sign-in and callbacks of the providers configured (`providers`: credentials, and oidc when set up).
 * Anything else is answered 404 before next-auth runs: an unknown provider or action named in the path ("/signin/x",
 * "/webauthn-options/…") wrote an error line, the path copied into it, for any anonymous request (attacker pass 26).
 */
export function authEndpointServed(method: string, pathname: string, providers: readonly string[]): boolean {
  const rest = pathname.replace(/^\/api\/auth\/?/u, '');
  const [action = '', provider, ...more] = rest.split('/');
  if (more.length > 0) return false;
  if (provider === undefined) return ['session', 'csrf', 'providers', 'signout', 'error', 'signin'].includes(action);
  if (action !== 'signin' && action !== 'callback') return false;
  if (!providers.includes(provider)) return false;
  // Passwords are posted to their callback; next-auth has no page of its own to show for them.
  return provider !== 'credentials' || (action === 'callback' && method === 'POST');
}

/**
 * Whether Auth.js takes `value` as a callback URL: a path, or an http(s) URL (its own rule, in `assertConfig`). Any other
 * value of the `callbackUrl` query parameter or of its cookie makes every one of its endpoints answer 500 "server
 * configuration", before anything else is read (attacker pass 34).
 */
export function isAuthCallbackUrl(value: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? 'http://localhost' : undefined).protocol);
  } catch {
    return false;
  }
}

/** The cookie in which Auth.js keeps where to go after signing in, under both of its names (http and https). */
export const CALLBACK_URL_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/**
 * A Cookie header without the callback-URL cookies Auth.js would refuse, read as Auth.js reads cookies (the name
 * trimmed, the value unquoted and percent-decoded): null when there is none to drop. Such a cookie is never one the app
 * set (Auth.js sets it only to what its redirect rule gave), but one set from elsewhere (a sibling subdomain's page, a
 * plain-http answer on the way) made every sign-in, sign-out and session read fail until the browser's cookies were
 * cleared (attacker pass 34).
 */
export function withoutUnreadableCallbackUrl(
  cookieHeader: string | null,
): { header: string; dropped: string[] } | null {
  if (!cookieHeader || !CALLBACK_URL_COOKIES.some((name) => cookieHeader.includes(name))) return null;
  const dropped: string[] = [];
  const kept = cookieHeader.split(';').filter((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return true;
    const name = pair.slice(0, eq).trim();
    if (!CALLBACK_URL_COOKIES.includes(name)) return true;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    if (value.includes('%'))
      try {
        value = decodeURIComponent(value);
      } catch {
        // kept as written, as Auth.js does
      }
    // Auth.js ignores an empty value.
    if (value === '' || isAuthCallbackUrl(value)) return true;
    dropped.push(name);
    return false;
  });
  return dropped.length ? { header: kept.map((p) => p.trim()).join('; '), dropped } : null;
}

/**
 * What Auth.js would fail on in a request to one of its endpoints, judged before it runs (attacker pass 34):
 * - `callbackUrl`: a `callbackUrl` in the query it refuses (`/api/auth/session?callbackUrl=foo`, anonymously): it answered
 *   every endpoint 500 "server configuration";
 * - `json`: a post whose type names JSON and whose body is no JSON object: Auth.js reads it with `request.json()` and
 *   logged what that threw as an error line, for anyone.
 * Otherwise the request to hand on: a body read here is given again as it came (the body gate holds these endpoints
 * to 64 KB).
 */
export async function authRequestProblem(
  request: NextRequest,
): Promise<{ request: NextRequest; problem?: never } | { problem: 'callbackUrl' | 'json' }> {
  if (request.nextUrl.searchParams.getAll('callbackUrl').some((v) => v !== '' && !isAuthCallbackUrl(v)))
    return { problem: 'callbackUrl' };
  if (request.method !== 'POST' || !(request.headers.get('content-type') ?? '').includes('application/json'))
    return { request };
  const text = await request.text();
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'json' };
  } catch {
    return { problem: 'json' };
  }
  return { request: new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text }) };
}
