import 'server-only';
import type { NextRequest } from 'next/server';
import { problem } from '@/lib/api/problem';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { readSessionClaims } from '@/lib/auth/session-token';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n';
import { localize, msg } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';

/**
 * Request bodies are judged by their headers in proxy.ts, before any action or route reads them: a server
 * action parses its whole multipart body (up to 45 MB, and into File objects) before `runAction` knows who
 * is asking, and Next.js will post any action's id to any page, the sign-in page included.
 *
 * - A body larger than its endpoint takes is refused with 413 (declared Content-Length): 45 MB on the pages whose
 *   forms take files, 4 MB on the others.
 * - Without a signed-in session, only a small body (at most ANONYMOUS_BODY_LIMIT, the sign-in form's size
 *   many times over) of declared length is let through: a larger one gets 401, one of unknown length
 *   (chunked) 411. The session is the next-auth cookie, verified here (decrypted and checked for expiry
 *   with AUTH_SECRET, no database): a forged or expired cookie counts as none. Whether the session is still
 *   live in the database is checked, as before, by every action and page.
 * - /api/v1 takes bearer tokens only (checked against the database by its handler): there, a larger body
 *   needs an `Authorization: Bearer` header.
 */

/** next.config.js `experimental.serverActions.bodySizeLimit` (and `proxyClientMaxBodySize`): two 20 MB evidence files and the form. */
export const ACTION_BODY_LIMIT = 45 * 1024 * 1024;
/**
 * Any other page's forms: the largest is a pasted notice (200,000 characters) or a session's attendance of a few
 * thousand rows. Next.js parses every field of a body before the action runs, so a page with no file to take has no
 * reason to take 45 MB of tiny fields (300,000 of them held the server 5 s).
 */
export const FORM_BODY_LIMIT = 4 * 1024 * 1024;
/** The pages whose forms take files: evidence, attendee, notice, user and backlog files. */
const UPLOAD_PAGES = [
  /^\/tasks\/\d+$/,
  /^\/sessions\/\d+(?:\/directives|\/points\/\d+)?$/,
  /^\/admin\/users\/import$/,
  /^\/directives\/import$/,
];

/** The JSON API: its largest request is a few kilobytes of text. */
export const API_BODY_LIMIT = 1024 * 1024;
/** What anyone may send without a session: the sign-in form, next-auth's own endpoints. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;

const NO_BODY = new Set(['GET', 'HEAD']);

type Endpoint = 'api' | 'auth' | 'app';
const endpointOf = (pathname: string): Endpoint =>
  pathname.startsWith('/api/v1/') ? 'api' : pathname.startsWith('/api/auth/') ? 'auth' : 'app';
const LIMITS: Record<Endpoint, number> = {
  api: API_BODY_LIMIT,
  auth: ANONYMOUS_BODY_LIMIT,
  app: ACTION_BODY_LIMIT,
};

let cachedSecret: string | undefined;

/** True when the request carries a next-auth session cookie that decrypts with our secret and has not expired. */
export async function hasValidSessionCookie(request: NextRequest, secret?: string): Promise<boolean> {
  const cookies = request.cookies.getAll();
  const key = secret ?? (cachedSecret ??= resolveAuthSecret());
  for (const secure of [true, false]) {
    const claims = await readSessionClaims(cookies, secure, key);
    if (claims?.uid && claims.sid) return true;
  }
  return false;
}

/** A plain-text refusal, in the reader's language (the `locale` cookie, as pages use). */
const text = (request: NextRequest, status: number, message: string) => {
  const locale = request.cookies.get(LOCALE_COOKIE)?.value;
  return new Response(localize(message, translatorFor(isLocale(locale) ? locale : 'vi')), {
    status,
    // The client may still be sending: close the connection rather than read the rest.
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' },
  });
};

/**
 * The refusal for a body this request must not send, or null to let it through. Looks at headers only.
 * `secret` is for tests; the server uses AUTH_SECRET (lib/auth/secret).
 */
export async function refuseBody(request: NextRequest, secret?: string): Promise<Response | null> {
  if (NO_BODY.has(request.method)) return null;
  const endpoint = endpointOf(request.nextUrl.pathname);
  const limit =
    endpoint === 'app' && !UPLOAD_PAGES.some((re) => re.test(request.nextUrl.pathname))
      ? FORM_BODY_LIMIT
      : LIMITS[endpoint];
  const declared = request.headers.get('content-length');
  const length = declared !== null && /^\s*\d+\s*$/.test(declared) ? Number(declared) : null;
  const chunked = request.headers.has('transfer-encoding');
  if (length === null && !chunked) return null; // no body at all
  const mb = Math.round(limit / 1024 / 1024);
  if (length !== null && length > limit) {
    if (endpoint === 'api') {
      return problem('too_large', { instance: request.nextUrl.pathname, headers: { connection: 'close' } });
    }
    return text(
      request,
      413,
      limit >= 1024 * 1024 ? msg('errors.files.bodyTooLarge', { mb }) : msg('errors.files.bodyTooLargeSmall'),
    );
  }
  if (length !== null && length <= ANONYMOUS_BODY_LIMIT) return null;
  // A page without files: its body's length must be declared (a browser always does), or the 4 MB would not hold.
  if (length === null && limit === FORM_BODY_LIMIT) return text(request, 411, msg('errors.files.lengthRequired'));
  // A large body, or one of unknown length: only from a caller who shows who they are.
  if (endpoint === 'api') {
    if (/^Bearer\s+\S+\s*$/i.test(request.headers.get('authorization') ?? '')) return null;
    return problem('unauthenticated', {
      instance: request.nextUrl.pathname,
      headers: { 'www-authenticate': 'Bearer realm="api"', connection: 'close' },
    });
  }
  if (endpoint === 'app' && (await hasValidSessionCookie(request, secret))) return null;
  if (length === null) return text(request, 411, msg('errors.files.lengthRequired'));
  return text(request, 401, msg('errors.files.sessionNeeded'));
}
