import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import { stampPeer } from '@/lib/auth/client-address';
import { JUDGED_HEADER, judgedKey } from './judged-key';
import { localize, msg } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';

/** What the app answers an `OPTIONS *` with: the methods any of its routes takes. */
export const SERVER_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * A request whose target is `*` (HTTP's asterisk form, meant for `OPTIONS *`: "what does this server take?") is
 * answered here, before Next.js, which built a URL from it and answered 500 (attacker pass 20). Returns whether it
 * was answered.
 */
export function answerAsteriskTarget(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.url !== '*') return false;
  res.statusCode = req.method === 'OPTIONS' ? 204 : 400;
  res.setHeader('Allow', SERVER_METHODS);
  res.end();
  return true;
}

const METHODS = new Set(SERVER_METHODS.split(', '));

/**
 * A method none of the app's routes takes (`TRACE`, `PROPFIND`, `QUERY`, `M-SEARCH` …: Node's parser accepts some
 * forty) is a 405 with the methods it does take, before Next.js: Next.js builds a fetch `Request` of it, which refuses
 * `TRACE` ("'TRACE' HTTP method is unsupported"), so `TRACE /sign-in` was a 500 with a stack trace on standard error,
 * for anyone, on every path the proxy runs on (attacker pass 35); the others reached the body gate or a page. Returns
 * whether it was answered.
 */
export function answerUnknownMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (METHODS.has(req.method ?? '')) return false;
  res.statusCode = 405;
  res.setHeader('Allow', SERVER_METHODS);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Connection', 'close');
  res.end(localize(msg('errors.files.badMethod'), translatorFor('vi')));
  return true;
}

/**
 * A request whose target is a whole URL (HTTP's absolute form, `GET http://host/path`, which clients send only to a
 * forward proxy): Next.js took the URL's host as the request's and answered a page with a 308 to that host
 * (`GET http://evil.example/sign-in` → `Location: http://evil.example/sign-in`, a permanent redirect any cache in between
 * may keep; attacker pass 34). One naming this server's own host (the Host header) goes on as the path it names; any
 * other is a 400. Returns whether it was answered.
 */
export function answerAbsoluteTarget(req: IncomingMessage, res: ServerResponse): boolean {
  const target = req.url ?? '';
  if (target.startsWith('/') || target === '*') return false;
  let url: URL | null = null;
  try {
    url = new URL(target);
  } catch {
    // not a URL: refused below
  }
  const host = (req.headers.host ?? '').toLowerCase();
  if (url && /^https?:$/.test(url.protocol) && host !== '' && url.host.toLowerCase() === host) {
    req.url = `${url.pathname}${url.search}`;
    return false;
  }
  res.statusCode = 400;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Connection', 'close');
  res.end(localize(msg('errors.files.badTarget'), translatorFor('vi')));
  return true;
}

/**
 * A router state (`Next-Router-State-Tree`, sent by the client router with `RSC: 1`) that is not one is refused with
 * 400: Next.js answered any page 500 for `[1]` or `{"a":1}` (attacker pass 20), and hides this header from the proxy,
 * so it is checked here, by the framework's own reader: what passes here is what the page accepts. Returns whether
 * the request was answered.
 */
export function answerBadRouterState(req: IncomingMessage, res: ServerResponse): boolean {
  const state = req.headers['next-router-state-tree'];
  if (state === undefined) return false;
  try {
    parseAndValidateFlightRouterState(state);
    return false;
  } catch {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(localize(msg('errors.files.badRouterState'), translatorFor('vi')));
    return true;
  }
}

/**
 * The paths proxy.ts does not run on (its `config.matcher`, which must stay a literal for Next.js to read it; a test
 * holds the two together).
 */
export const PROXY_SKIPS = /^\/(?:_next\/|favicon.ico|robots.txt)/;
/** Where no page lives, so no action can be: the paths the proxy skips, and the routes under /api. */
const NO_PAGE = /^\/+(?:_next\/|favicon\.ico|robots\.txt|api(?:\/|$))/i;

/**
 * A server action (a `Next-Action` header) posted to a path the proxy skips, or under /api (attacker pass 25: to
 * /api/v1/zzz it was judged by the API's body rules, then handed to a page), is answered 404 here. Next.js would forward
 * it to the page that holds the action, and that forwarded request, never marked as judged by the proxy, was refused
 * mid-body: an `uncaughtException` in the log for each anonymous post (attacker pass 22). No page lives there, so
 * nothing is lost. The path is compared as sent and decoded. Returns whether the request was answered.
 */
export function answerActionOutsideProxy(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.headers['next-action'] === undefined) return false;
  const target = req.url ?? '';
  // A path as sent ("//api/x" is a path here, not a host), or an absolute target's.
  let path = target.split(/[?#]/)[0]!;
  if (!target.startsWith('/'))
    try {
      path = new URL(target).pathname;
    } catch {
      // an unreadable target: compared as sent
    }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // malformed escapes: compared as sent
  }
  if (!NO_PAGE.test(path) && !NO_PAGE.test(decoded)) return false;
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Connection', 'close');
  res.end();
  return true;
}

/**
 * Headers Next.js sends only to itself: `x-action-forwarded` marks an action it forwarded to the page that holds it
 * (app-render/action-handler). Sent by a client with an action id posted to another page, Next.js neither forwarded it
 * nor found the action, answered 409 and wrote "Failed to find Server Action" with a stack to standard error for each
 * post, for anyone (attacker pass 37; the proxy answers unknown ids itself, decision 061, but this id is known). Such a
 * header is dropped here unless the request carries the proxy's key (judged-key.ts), which only Next.js's own forwarding
 * has; the post then goes on as any other and is forwarded to its page.
 */
const INTERNAL_HEADERS = ['x-action-forwarded'] as const;

export function dropInternalHeaders(req: IncomingMessage): void {
  if (req.headers[JUDGED_HEADER] === judgedKey()) return;
  for (const name of INTERNAL_HEADERS) delete req.headers[name];
}

const DEFERRED = Symbol('steering.clientErrorDeferred');

/**
 * Bytes that are no HTTP after a request on the same connection (`POST /sign-in` with no length, then `{}`): Node's
 * parser fails on them while that request is being answered, writes its own 400 and destroys the socket, and the request
 * in flight is aborted under Next.js, which had started reading its body for the proxy: an `uncaughtException: Error:
 * aborted` with its stack on standard error for each such connection, for anyone (attacker pass 35). The request in
 * flight is now answered first, with `Connection: close`, and the connection closed after it; what followed it is
 * never read. Returns whether the error was taken: a connection with no answer pending, a request whose body is still
 * coming, or a timeout gets Node's own answer, as before (a slow client must still be cut off).
 */
export function deferClientError(error: unknown, socket: Socket): boolean {
  // Only the parser's failure on what follows a whole request: a timeout (a slow client) or a request cut short keeps
  // Node's answer, which closes the connection at once.
  if (!String((error as { code?: unknown } | null)?.code ?? '').startsWith('HPE_')) return false;
  const s = socket as Socket & {
    _httpMessage?: ServerResponse | null;
    parser?: { incoming?: IncomingMessage | null } | null;
    [DEFERRED]?: true;
  };
  if (s[DEFERRED]) return true;
  const res = s._httpMessage;
  if (!res || res.writableFinished || res.destroyed || !res.req?.complete) return false;
  if (s.parser?.incoming && !s.parser.incoming.complete) return false;
  s[DEFERRED] = true;
  socket.pause();
  if (!res.headersSent) res.shouldKeepAlive = false;
  const close = () => socket.destroy();
  res.once('finish', close);
  res.once('close', close);
  return true;
}

const INSTALLED = Symbol.for('steering.peerStampInstalled');
type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Every request of every HTTP(S) server of this process passes here before Next.js reads it (run once by
 * instrumentation.ts; idempotent): the peer's address is stamped (lib/auth/client-address.ts), and an asterisk
 * target, a method no route takes, a whole URL as the target, a malformed router state or an action posted where the proxy does not run is answered, and
 * bytes that are no HTTP after a request wait for its answer (`deferClientError`). It must run before any other listener, so it wraps `emit` (Node's HTTP parser emits `request` there).
 */
export function installServerEntry(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Record<symbol, unknown>[]) {
    if (proto[INSTALLED]) continue;
    const emit = (proto as unknown as { emit: Emit }).emit;
    Object.defineProperty(proto, 'emit', {
      configurable: true,
      writable: true,
      value: function (this: unknown, event: string | symbol, ...args: unknown[]) {
        if (event === 'clientError' && deferClientError(args[0], args[1] as Socket)) return true;
        if (event === 'request' || event === 'checkContinue' || event === 'checkExpectation') {
          const [req, res] = args as [IncomingMessage, ServerResponse];
          stampPeer(req);
          dropInternalHeaders(req);
          if (
            event === 'request' &&
            (answerAsteriskTarget(req, res) ||
              answerUnknownMethod(req, res) ||
              answerBadRouterState(req, res) ||
              answerActionOutsideProxy(req, res) ||
              answerAbsoluteTarget(req, res))
          )
            return true;
        }
        return emit.call(this, event, ...args);
      },
    });
    proto[INSTALLED] = true;
  }
}
