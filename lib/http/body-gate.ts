import 'server-only';
import type { NextRequest } from 'next/server';
import { problem } from '@/lib/api/problem';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { readSessionClaims } from '@/lib/auth/session-token';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n';
import { localize, msg } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import { ACTION_NOT_FOUND_HEADER, unknownActionBody, unknownActionStatus } from './action-ids';
import { JUDGED_HEADER, judgedKey } from './judged-key';

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
/**
 * Which rules a request's body is judged by. A server action (a `Next-Action` header) is judged as a page's, whatever
 * its path: posted to a path of no route (`/api/v1/zzz`), Next.js hands it to the page that holds the action, so judged
 * by the API's rules (a bearer header of anything let a large, chunked, many-part body through) it reached that page
 * marked as judged (attacker pass 25).
 */
const endpointOf = (request: Request): Endpoint => {
  if (request.headers.has('next-action')) return 'app';
  const { pathname } = new URL(request.url);
  return pathname.startsWith('/api/v1/') ? 'api' : pathname.startsWith('/api/auth/') ? 'auth' : 'app';
};
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

export { JUDGED_HEADER, judgedKey };

/** A request Next.js forwarded to the page that holds its action, after the proxy let the first one through (judged-key.ts). */
export const alreadyJudged = (request: Request): boolean =>
  request.headers.get('x-action-forwarded') !== null && request.headers.get(JUDGED_HEADER) === judgedKey();

/**
 * The refusal for a body this request must not send, or null to let it through. Looks at headers only.
 * `secret` is for tests; the server uses AUTH_SECRET (lib/auth/secret).
 */
export async function refuseBody(request: NextRequest, secret?: string): Promise<Response | null> {
  if (NO_BODY.has(request.method)) return null;
  const endpoint = endpointOf(request);
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
  if (length === null && limit === FORM_BODY_LIMIT) return text(request, 411, msg('errors.files.lengthRequiredForm'));
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

/**
 * Parts a server action's multipart body may hold. Next.js parses every part before the action runs, and a file part
 * costs far more than a field (busboy opens a stream for each): 60,000 one-byte files in a 4 MB post held the server
 * 15 s, whoever sent them (attacker pass 18). The largest form is the attendance grid (2,000 rows of about ten
 * fields); an update takes ten evidence files.
 */
export const MAX_FORM_PARTS = 25_000;
export const MAX_FORM_FILES = 20;
const FORM_PART_LIMITS = { parts: MAX_FORM_PARTS, files: MAX_FORM_FILES };
export const ANONYMOUS_PART_LIMITS = { parts: 100, files: 0 };
/** A part's headers longer than this are not a browser's: counted as a part, read no further. */
const MAX_PART_HEAD = 16 * 1024;

/**
 * The boundary of a multipart content type as browsers and React send it ("multipart/form-data; boundary=…", the
 * boundary's characters of RFC 2046 without a space, perhaps quoted), or null. Anything else is refused rather than read
 * differently from the framework's parser: a boundary named inside another parameter's quoted value made the count see
 * no part while busboy read a thousand (review of attacker pass 18).
 */
export function multipartBoundary(contentType: string): string | null {
  const match =
    /^\s*multipart\/form-data\s*;\s*boundary=(?:"([\w'()+,./:=?-]{1,70})"|([\w'()+,./:=?-]{1,70}))\s*$/i.exec(
      contentType,
    );
  return match ? (match[1] ?? match[2])! : null;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const FILE_PART = /filename\*?=|content-type:\s*application\/octet-stream/i;

/**
 * Counts a multipart body's parts and file parts as it streams by (a boundary search per chunk, no parsing of the
 * contents), and stops reading past the limits. The proxy reads its own copy of the body: Next.js keeps one for the
 * action either way.
 */
export async function countParts(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  limits = FORM_PART_LIMITS,
): Promise<{
  parts: number;
  files: number;
  over: boolean;
  closed: boolean;
  root: string | null;
  /** A form posted without JavaScript: its bound action's parts (`$ACTION_1:0` …) by name; null when one was sent twice. */
  bound: Map<string, string> | null;
  /** The actions a form posted without JavaScript names in its fields' names (`$ACTION_ID_<id>`). */
  named: string[];
}> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const reader = body.getReader();
  let parts = 0;
  let files = 0;
  let closed = false;
  // The action's arguments, kept as they stream by, up to MAX_ROOT bytes in all: the part named "0" (React's reply root),
  // and a form posted without JavaScript's bound action (`$ACTION_1:0`, its id and bound arguments in `$ACTION_1:1` …).
  let root: Buffer[] | null = null;
  let rootName = '';
  let keptBytes = 0;
  const kept = new Map<string, string>();
  const named: string[] = [];
  let rootBad = false;
  const keep = (bytes: Buffer) => {
    if (!root || keptBytes > MAX_ROOT) return;
    root.push(Buffer.from(bytes));
    keptBytes += bytes.length;
  };
  const endRoot = () => {
    if (root) kept.set(rootName, keptBytes > MAX_ROOT ? '' : Buffer.concat(root).toString('utf8'));
    root = null;
  };
  // The first delimiter has no line break before it.
  let carry: Buffer = Buffer.from('\r\n');
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let at = 0;
      let pending = -1;
      for (;;) {
        const found = buf.indexOf(delimiter, at);
        if (found < 0) break;
        const head = found + delimiter.length;
        if (head + 2 > buf.length) {
          if (root) keep(buf.subarray(at, found));
          at = found;
          pending = found;
          break;
        }
        if (root) {
          keep(buf.subarray(at, found));
          endRoot();
        }
        if (buf[head] === 0x2d && buf[head + 1] === 0x2d) {
          at = head + 2; // the closing delimiter
          closed = true;
          continue;
        }
        const end = buf.indexOf(CRLF2, head);
        if (end < 0 && buf.length - head <= MAX_PART_HEAD) {
          pending = found;
          break;
        }
        parts++;
        const partHead = end < 0 ? '' : buf.toString('latin1', head, end);
        // A file to busboy: a part with a file name, or sent as application/octet-stream. A head too long to read here is
        // counted as one.
        // A part named otherwise than browsers and React write it (`name=0` unquoted, `name*=…`, another parameter) is
        // still a field to busboy, under a name the checks below would not see (attacker pass 22).
        // A part's head written otherwise than browsers write it (attacker pass 34): no header at all, a name of nothing,
        // a second Content-Disposition, a folded or colon-less line. busboy failed on some ("Malformed part header") and
        // read others under another name than this count (the second Content-Disposition was the root here, an unnamed
        // field to busboy): a 500 and an error line for anyone, on every page.
        if (end >= 0 && !plainPartHead(partHead)) rootBad = true;
        // A control byte in a part's head is a "Malformed part header" to busboy: a 500 and an error line for anyone,
        // on every page (attacker pass 23). Tabs it reads.
        if (partHead.split('\r\n').some((line) => CONTROL_IN_HEAD.test(line))) rootBad = true;
        if (end < 0 || FILE_PART.test(partHead)) files++;
        else {
          const name = KEPT_PART.exec(partHead)?.[1];
          // Sent twice, or with a content type of its own (a charset the framework would decode by and this count
          // would not): not what React writes (attacker pass 19, second look).
          const action = ACTION_ID_PART.exec(partHead)?.[1];
          if (action !== undefined && named.length < 10) named.push(action);
          if (name !== undefined && (kept.has(name) || /content-type/i.test(partHead))) rootBad = true;
          else if (name !== undefined) {
            root = [];
            rootName = name;
          }
        }
        if (parts > limits.parts || files > limits.files) {
          await reader.cancel().catch(() => undefined);
          return { parts, files, over: true, closed, root: null, bound: null, named };
        }
        at = end >= 0 ? end + CRLF2.length : head;
      }
      // What could still begin a delimiter (or holds an unfinished part head) waits for the next chunk.
      carry = pending >= 0 ? buf.subarray(pending) : buf.subarray(Math.max(at, buf.length - delimiter.length + 1));
      if (root && pending < 0) keep(buf.subarray(at, Math.max(at, buf.length - delimiter.length + 1)));
    }
  } finally {
    reader.releaseLock();
  }
  const bound = new Map([...kept].filter(([name]) => name !== '0'));
  return {
    parts,
    files,
    over: false,
    closed,
    root: rootBad ? '' : (kept.get('0') ?? null),
    bound: rootBad ? null : bound,
    named,
  };
}

/**
 * The largest reply root read: the arguments of an action posting a form are its last state, a few hundred bytes, at
 * most the 200,000 characters of a notice's text with its proposals (about 2 MB). A larger root is refused.
 */
const MAX_ROOT = 8 * 1024 * 1024;
/** A byte busboy refuses in a part's header line. */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_HEAD = /[\x00-\x08\x0a-\x1f\x7f]/;
/** A part's Content-Disposition as browsers, undici and React write it: a name of at least one character. */
const PLAIN_DISPOSITION = /^\s*form-data;\s*name="[^"\r\n]+"(?:;\s*filename="[^"\r\n]*")?\s*$/i;
/** A header line of a part: a name, a colon, a value (no fold, no space before the colon). */
const HEAD_LINE = /^([A-Za-z0-9-]+):(.*)$/;

/**
 * Whether a part's head (the text between the delimiter's line break and the blank line, starting with that line break)
 * is one browsers, undici and React write: one Content-Disposition of form data with a name, perhaps one Content-Type,
 * nothing else, each a line of its own. busboy reads other heads otherwise, or fails on them.
 */
export function plainPartHead(partHead: string): boolean {
  if (!partHead.startsWith('\r\n')) return false;
  let disposition = 0;
  let type = 0;
  for (const line of partHead.slice(2).split('\r\n')) {
    const header = HEAD_LINE.exec(line);
    if (!header) return false;
    const name = header[1]!.toLowerCase();
    if (name === 'content-disposition') {
      if (++disposition > 1 || !PLAIN_DISPOSITION.test(header[2]!)) return false;
    } else if (name !== 'content-type' || ++type > 1) return false;
  }
  return disposition === 1;
}
const KEPT_PART = /^content-disposition:\s*form-data;\s*name="(0|\$ACTION_\d{1,6}:\d{1,6})"\s*$/im;
/** A field of a form posted without JavaScript that names its action (Next.js reads the id from the name). */
const ACTION_ID_PART = /^content-disposition:\s*form-data;\s*name="\$ACTION_ID_([^"]*)"/im;

/**
 * The actions a form posted without JavaScript names, as Next.js reads them: each `$ACTION_ID_<id>` field's name, and the
 * id of each bound action (`$ACTION_n:0`, already checked by isSentBoundAction).
 */
function namedActions(named: readonly string[], bound: Map<string, string>): string[] {
  const ids = [...named];
  for (const [name, json] of bound) if (name.endsWith(':0')) ids.push((JSON.parse(json) as { id: string }).id);
  return ids;
}
/** Nesting deeper than any state of the app's forms: React's decoder overflowed its stack at 5,000 levels (a 500). */
const MAX_REPLY_DEPTH = 32;
/**
 * The strings React's encoder writes for arguments of the kinds the app's clients send (a form's last state and its
 * FormData): an escaped "$", undefined, the numbers JSON has no word for, a date, a temporary reference and the
 * form's own fields ("$K1"). Every other "$" string names a promise, blob, map, stream or server function in a part of
 * its own, which the app never sends and which React's decoder could not find or read: a 500 for any sender.
 */
const SENT_REFERENCE = /^\$(?:\$|undefined$|-0$|-?Infinity$|NaN$|D|n-?\d{1,300}$|T$|K[0-9a-f]{1,8}$)/;

/** Whether an action's arguments (React's reply root, JSON) are what the app's clients send: no other references. */
export function isSentReply(json: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  // The arguments are a list (React's decoder gives them to the action as one); anything else was a 500.
  if (!Array.isArray(value)) return false;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.startsWith('$') && !SENT_REFERENCE.test(v)) return false;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_REPLY_DEPTH) return false;
      for (const child of Object.values(v)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/**
 * Whether a form posted without JavaScript binds its action as React's server rendering writes it (`$ACTION_REF_n`
 * fields): `$ACTION_n:0` is `{"id": …, "bound": "$@1"}` (or bound null), the other parts are the bound arguments, a list
 * as isSentReply takes. Next.js decodes these with React's reply decoder, without the `Next-Action` header the gate
 * checked: arguments nested 5,000 deep were a 500 and a stack trace for anyone (attacker pass 22).
 */
export function isSentBoundAction(parts: Map<string, string>): boolean {
  for (const [name, json] of parts) {
    if (!name.endsWith(':0')) {
      if (!isSentReply(json)) return false;
      continue;
    }
    let meta: unknown;
    try {
      meta = JSON.parse(json);
    } catch {
      return false;
    }
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return false;
    const { id, bound, ...rest } = meta as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || typeof id !== 'string' || !/^[0-9a-f]{1,64}$/.test(id)) return false;
    if (bound !== null && (typeof bound !== 'string' || !/^\$@\d{1,6}$/.test(bound))) return false;
  }
  return true;
}

/**
 * The refusal for a server action's body that Next.js would parse at length or fail on, else null: a multipart body with
 * too many parts or files, without a boundary, or cut short (the framework answered each with a 500, or spent seconds
 * on it); a text body that is no JSON (React's decoder threw, and the framework logged the body's first characters as
 * they came: a sender could start a log line of their own). Reads the body: call it after `refuseBody` has judged its
 * length.
 */
export async function refuseBodyShape(
  request: NextRequest,
  knownActions: ReadonlySet<string> | null = null,
): Promise<Response | null> {
  if (request.method !== 'POST' || endpointOf(request) !== 'app' || !request.body) return null;
  const type = request.headers.get('content-type') ?? '';
  if (/^\s*multipart\/form-data\b/i.test(type)) {
    // Next.js reads a body as multipart only when its type is written so, in lower case; "Multipart/Form-Data" it read as
    // JSON and failed with a 500 (attacker pass 20): the gate refuses what the framework would read otherwise.
    const boundary = type.startsWith('multipart/form-data') ? multipartBoundary(type) : null;
    if (!boundary) return text(request, 400, msg('errors.files.badMultipart'));
    // Without a session only the sign-in forms post: a few fields, no file (946 file parts fit in 64 KB). Someone whose
    // session has ended is told to sign in again, as for a large body.
    const signedIn = await hasValidSessionCookie(request);
    const limits = signedIn ? FORM_PART_LIMITS : ANONYMOUS_PART_LIMITS;
    const counted = await countParts(request.body, boundary, limits);
    if (counted.over && !signedIn) return text(request, 401, msg('errors.files.sessionNeeded'));
    if (counted.over)
      return text(request, 413, msg('errors.files.tooManyParts', { fields: limits.parts, files: limits.files }));
    if (!counted.closed) return text(request, 400, msg('errors.files.badMultipart'));
    if (counted.bound === null || !isSentBoundAction(counted.bound))
      return text(request, 400, msg('errors.files.badActionBody'));
    // An action's form carries its arguments in the part "0" (a form posted without JavaScript names its action in
    // its fields instead, and has no such header). An action the build does not have, named so, is answered as the
    // header's is (attacker pass 41: Next.js wrote "Failed to find Server Action" or "Invalid Server Actions request"
    // to standard error for each anonymous post).
    if (!request.headers.has('next-action')) {
      const status = namedActions(counted.named, counted.bound)
        .map((id) => unknownActionStatus(id, knownActions))
        .find((s) => s !== null);
      return status
        ? new Response(unknownActionBody(status), {
            status,
            headers: { 'content-type': 'text/plain', [ACTION_NOT_FOUND_HEADER]: '1' },
          })
        : null;
    }
    return counted.root !== null && isSentReply(counted.root)
      ? null
      : text(request, 400, msg('errors.files.badActionBody'));
  }
  // Next.js reads any other body posted with an action id as the action's arguments in JSON (a URL-encoded form, its
  // type written exactly so, is no action to it).
  if (!request.headers.has('next-action') || type === 'application/x-www-form-urlencoded') return null;
  return isSentReply(await request.text()) ? null : text(request, 400, msg('errors.files.badActionBody'));
}
