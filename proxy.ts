import { NextResponse, type NextRequest } from 'next/server';
import { alreadyJudged, JUDGED_HEADER, judgedKey, refuseBody, refuseBodyShape } from '@/lib/http/body-gate';
import { ACTION_NOT_FOUND_HEADER, readActionIds, unknownActionBody, unknownActionStatus } from '@/lib/http/action-ids';
import { withoutUnreadableCallbackUrl } from '@/lib/auth/auth-errors';
import { log } from '@/lib/log';

const PUBLIC = [
  /^\/sign-in(\/|$)/,
  /^\/(forgot-password|set-password)$/,
  /^\/api\/auth\//,
  /^\/api\/(health|ready)$/,
  /^\/api\/v1\//,
  /^\/api-docs$/,
];
/** The API takes bearer tokens only, never the session cookie, so cross-site requests carry no authority there. */
const TOKEN_ONLY = /^\/api\/v1\//;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A host as a client may name one: a name (docker's may hold "_") or an IPv4/IPv6 address, and a port. */
const HOST = /^(?:[\w](?:[\w-]{0,61}[\w])?(?:\.[\w](?:[\w-]{0,61}[\w])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** A header's comma-separated values, trimmed (a pattern eating spaces around each comma took quadratic time). */
const listOf = (value: string) => value.split(',').map((v) => v.trim());

/**
 * Headers the framework builds URLs from, when they are not what a browser or a proxy sends: a host that is no host
 * ("a b"), a scheme other than http(s). next-auth turned each into a server error; they are refused here, before
 * anything reads them. (Next.js hides its router-state header from the proxy: lib/http/server-entry.ts checks it.)
 */
export function badFrameworkHeader(headers: Headers): string | null {
  for (const name of ['host', 'x-forwarded-host']) {
    const value = headers.get(name);
    if (value !== null && !listOf(value).every((h) => HOST.test(h))) return name;
  }
  const proto = headers.get('x-forwarded-proto');
  if (proto !== null && !listOf(proto).every((p) => p === 'http' || p === 'https')) return 'x-forwarded-proto';
  return null;
}

/**
 * A chain of proxies may send the forwarded host and scheme as lists ("https, http"): the first is what the client
 * asked for. The framework and next-auth build the request's URL from the raw header, and a list made that URL
 * invalid and the page a 500 (attacker pass 17), so the request goes on with the first value of each.
 */
export function forwardedFirst(headers: Headers): Headers {
  const out = new Headers(headers);
  for (const name of ['x-forwarded-host', 'x-forwarded-proto']) {
    const value = headers.get(name);
    if (value?.includes(',')) out.set(name, value.split(',')[0]!.trim());
  }
  return out;
}

/** The Content-Security-Policy of a page: scripts only with this request's nonce (Next.js adds it to its own). */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== 'production'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and the charts set style attributes; no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Whether every escape in the path decodes to UTF-8. The framework decodes a page's or route's id before any of our
 * code runs and answered `%FF` or `%C3%28` with a 500 (attacker pass 18).
 */
export function decodablePath(pathname: string): boolean {
  if (!pathname.includes('%')) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** This process's request ids: a random prefix drawn at start and a counter (unique across servers, and cheap). */
/** The build's server actions, read at the first action posted (`readActionIds`). */
let knownActions: ReadonlySet<string> | null | undefined;
const actionIds = () => (knownActions === undefined ? (knownActions = readActionIds()) : knownActions);

const ID_PREFIX = crypto.randomUUID().slice(0, 13);
let requestCount = 0;
const nextRequestId = () => `${ID_PREFIX}-${(++requestCount).toString(36).padStart(6, '0')}`;

/**
 * In front of every page and route: (1) a state-changing request (a server action, a form post) must come
 * from this site's own pages, so a cross-site or Origin-less POST is refused before any code runs
 * (next-auth's endpoints keep their own CSRF token); (2) pages get a CSP with a fresh nonce; (3) visitors
 * without a session cookie go to sign-in. The cookie check is a convenience only: every page, action and
 * route checks the actor itself through lib/auth (the cookie may be stale, forged or a disabled user's);
 * (4) a body too large for its endpoint, or a large one without a verified session, is refused from its
 * headers before any action reads it (lib/http/body-gate).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A request id for the logs: the load balancer's when it sends a sane one, else a new one.
  const incoming = request.headers.get('x-request-id');
  const reqId = incoming && /^[\w.-]{8,128}$/.test(incoming) ? incoming : nextRequestId();
  // The path only: query strings can carry search terms typed by people.
  log.info({ reqId, method: request.method, path: pathname }, 'request');
  const badHeader = badFrameworkHeader(request.headers);
  if (badHeader) {
    log.warn({ reqId, method: request.method, path: pathname, header: badHeader }, 'malformed header refused');
    return new NextResponse(`Yêu cầu không hợp lệ: tiêu đề ${badHeader} sai dạng.`, {
      status: 400,
      headers: { 'x-request-id': reqId },
    });
  }
  if (!decodablePath(pathname)) {
    log.warn({ reqId, method: request.method, path: pathname }, 'malformed path refused');
    return new NextResponse('Yêu cầu không hợp lệ: địa chỉ có ký tự mã hóa sai.', {
      status: 400,
      headers: { 'x-request-id': reqId },
    });
  }
  // The request goes on with one forwarded host and scheme (read here for the origin check too).
  const forwarded = forwardedFirst(request.headers);
  // And without a callback-URL cookie Auth.js would refuse: with one, no one could sign in or out (attacker pass 34).
  const callbackCookie = withoutUnreadableCallbackUrl(request.headers.get('cookie'));
  if (callbackCookie) {
    if (callbackCookie.header) forwarded.set('cookie', callbackCookie.header);
    else forwarded.delete('cookie');
    log.warn({ reqId, method: request.method, path: pathname }, 'unreadable callback-url cookie dropped');
  }
  /** The response also tells the browser to forget that cookie. */
  const forgetting = <R extends NextResponse>(response: R): R => {
    for (const name of callbackCookie?.dropped ?? [])
      response.cookies.set(name, '', {
        path: '/',
        maxAge: 0,
        httpOnly: true,
        sameSite: 'lax',
        secure: name.startsWith('__Secure-'),
      });
    return response;
  };
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  // A server action is a page's request wherever it is posted (attacker pass 25: to /api/v1/zzz it skipped this check).
  const action = request.headers.has('next-action');
  if (
    !SAFE_METHODS.has(request.method) &&
    (action || (!pathname.startsWith('/api/auth/') && !TOKEN_ONLY.test(pathname)))
  ) {
    const origin = request.headers.get('origin');
    const host = forwarded.get('x-forwarded-host') ?? request.headers.get('host');
    // Behind a proxy that says which scheme the client used, the page must have come over that scheme too: a page of
    // http://the-same-host (what a network in between can serve) is not this site's https page (attacker pass 20).
    const scheme = forwarded.get('x-forwarded-proto');
    let sameSite = false;
    try {
      const from = origin === null ? null : new URL(origin);
      sameSite = from !== null && from.host === host && (scheme === null || from.protocol === `${scheme}:`);
    } catch {
      sameSite = false;
    }
    if (!sameSite) {
      log.warn({ reqId, method: request.method, path: pathname }, 'cross-site or Origin-less request refused');
      return new NextResponse('Yêu cầu bị từ chối: không đến từ trang của hệ thống.', {
        status: 403,
        headers: { 'x-request-id': reqId },
      });
    }
  }
  const refused = alreadyJudged(request)
    ? null
    : ((await refuseBody(request)) ?? (await refuseBodyShape(request, actionIds())));
  if (refused) {
    log.warn({ reqId, method: request.method, path: pathname, status: refused.status }, 'request body refused');
    refused.headers.set('x-request-id', reqId);
    return refused;
  }
  // An action this build does not have, answered as Next.js answers it, once its body passed (decision 061).
  const unknown = action ? unknownActionStatus(request.headers.get('next-action')!, actionIds()) : null;
  if (unknown) {
    log.warn({ reqId, method: request.method, path: pathname, status: unknown }, 'unknown server action');
    return new NextResponse(unknownActionBody(unknown), {
      status: unknown,
      headers: { 'content-type': 'text/plain', [ACTION_NOT_FOUND_HEADER]: '1', 'x-request-id': reqId },
    });
  }
  const hasSession = request.cookies
    .getAll()
    .some((c) => c.name.startsWith('authjs.session-token') || c.name.startsWith('__Secure-authjs.session-token'));
  if (!hasSession && !isPublic) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = '';
    const back = pathname + request.nextUrl.search;
    if (back !== '/') url.searchParams.set('callbackUrl', back);
    const response = forgetting(NextResponse.redirect(url));
    response.headers.set('x-request-id', reqId);
    return response;
  }
  const headers = forwarded;
  headers.set('x-request-id', reqId);
  headers.set(JUDGED_HEADER, judgedKey());
  if (pathname.startsWith('/api/')) {
    const response = forgetting(NextResponse.next({ request: { headers } }));
    response.headers.set('x-request-id', reqId);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = forgetting(NextResponse.next({ request: { headers } }));
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('x-request-id', reqId);
  return response;
}

export const config = {
  matcher: ['/((?!_next/|favicon.ico|robots.txt).*)'],
};
