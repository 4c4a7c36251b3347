import { Readable } from 'node:stream';
import { encode } from 'next-auth/jwt';
import { getCloneableBody } from 'next/dist/server/body-streams';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- next.config.js is plain JavaScript, without a declaration file
import nextConfig from '@/next.config.js';
import { proxy } from '@/proxy';
import { resolveAuthSecret } from '@/lib/auth/secret';
import {
  ACTION_BODY_LIMIT,
  ANONYMOUS_BODY_LIMIT,
  API_BODY_LIMIT,
  countParts,
  FORM_BODY_LIMIT,
  isSentReply,
  JUDGED_HEADER,
  MAX_FORM_FILES,
  MAX_FORM_PARTS,
  multipartBoundary,
  refuseBodyShape,
} from './body-gate';
import { cpuMs } from '@/tests/cpu-time';

process.env.AUTH_SECRET ??= 'body-gate-test-secret-not-for-production-use';
const SITE = 'http://localhost:3000';
const MB = 1024 * 1024;
const COOKIE = 'authjs.session-token';

async function sessionCookie(maxAge = 3600, secret = resolveAuthSecret()) {
  const token = await encode({ token: { uid: 7, sv: 1, sid: 'session-id' }, secret, salt: COOKIE, maxAge });
  return `${COOKIE}=${token}`;
}

/** A body as a stream of chunks of `size` bytes. */
const streamOf = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
const ACTION_ID = '7f00000000000000000000000000000000000000aa';
type Post = { path: string; length?: number; chunked?: boolean; cookie?: string; headers?: Record<string, string> };
/** What the browser sends for a server action posting a form: only the headers matter, the body is never read. */
async function post({ path, length, chunked, cookie, headers = {} }: Post) {
  const h = new Headers({
    host: 'localhost:3000',
    origin: SITE,
    // A page's action; next-auth's endpoints and the API take plain posts.
    ...(path.startsWith('/api/') ? {} : { 'next-action': ACTION_ID }),
    'content-type': 'multipart/form-data; boundary=----x',
    ...headers,
  });
  if (length !== undefined) h.set('content-length', String(length));
  if (chunked) h.set('transfer-encoding', 'chunked');
  if (cookie) h.set('cookie', cookie);
  let res!: Response;
  // CPU time (decision 089): waiting for a core on a loaded machine is not the gate's work.
  const ms = await cpuMs(
    async () => (res = await proxy(new NextRequest(`${SITE}${path}`, { method: 'POST', headers: h }))),
  );
  return { res, passed: res.headers.get('x-middleware-next') === '1', ms };
}

describe('proxy: request bodies are judged by their headers before any action reads them', () => {
  it('judges a server action by a page’s rules wherever it is posted (attacker pass 25: /api/v1 with any bearer header)', async () => {
    const action = { authorization: 'Bearer x', 'next-action': ACTION_ID };
    // Chunked, with a made-up bearer token and no session: no longer the API's to let through.
    const chunked = await post({ path: '/api/v1/zzz', chunked: true, headers: action });
    expect(chunked.passed).toBe(false);
    expect(chunked.res.status).toBe(411);
    expect((await post({ path: '/api/v1/zzz', length: 3 * MB, headers: action })).res.status).toBe(401);
    // A cross-site action there is refused by the origin check, as on a page.
    const crossSite = await post({
      path: '/api/v1/zzz',
      length: 100,
      headers: { ...action, origin: 'https://evil.example' },
    });
    expect(crossSite.res.status).toBe(403);
    // Its parts are counted as a page's: 6,000 one-byte files without a session are refused.
    const part = `--x\r\nContent-Disposition: form-data; name="1_a"; filename="a"\r\n\r\n1\r\n`;
    const bytes = new TextEncoder().encode(part.repeat(6_000) + `--x--\r\n`);
    const init = {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        origin: SITE,
        ...action,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(bytes.length),
      },
      body: streamOf(bytes, 65536),
      duplex: 'half',
    };
    const parts = await proxy(new NextRequest(new Request(`${SITE}/api/v1/zzz`, init as RequestInit)));
    expect(parts.status).toBe(401);
    // The API itself, without an action, is judged as before: a bearer caller may send a chunked body.
    const api = await post({ path: '/api/v1/tasks/1/updates', chunked: true, headers: { authorization: 'Bearer x' } });
    expect(api.passed).toBe(true);
  });

  it('refuses a large anonymous multipart post to any page, the sign-in page included, at once', async () => {
    for (const path of ['/sign-in', '/tasks/1', '/']) {
      const { res, passed, ms } = await post({ path, length: path === '/tasks/1' ? 40 * MB : 3 * MB });
      expect(passed, path).toBe(false);
      expect(res.status, path).toBe(401);
      expect(await res.text()).toMatch(/đăng nhập/);
      expect(ms).toBeLessThan(1000);
    }
    // In the reader's language: the `locale` cookie, as the pages.
    const english = await post({ path: '/tasks/1', length: 40 * MB, cookie: 'locale=en' });
    expect(await english.res.text()).toBe(
      'Your session is not valid or has expired: please sign in again and send the file.',
    );
  });

  it('counts a forged, expired or foreign-secret session cookie as none', async () => {
    const forged = `${COOKIE}=forged-value`;
    const expired = await sessionCookie(-120);
    const foreign = await sessionCookie(3600, 'another-deployment-secret-0123456789');
    for (const cookie of [forged, expired, foreign, `__Secure-${COOKIE}=x`]) {
      expect((await post({ path: '/tasks/1', length: 5 * MB, cookie })).res.status, cookie.slice(0, 40)).toBe(401);
    }
  });

  it('refuses a body over the actions’ limit even from a signed-in user, with 413', async () => {
    const { res } = await post({ path: '/tasks/1', length: ACTION_BODY_LIMIT + 1, cookie: await sessionCookie() });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/45 MB/);
    expect((await post({ path: '/sign-in', length: 100 * MB })).res.status).toBe(413);
  });

  it('takes 45 MB only on the pages whose forms take files; the others 4 MB of declared length (attacker pass 17)', async () => {
    const cookie = await sessionCookie();
    for (const path of [
      '/tasks/12',
      '/sessions/4',
      '/sessions/4/directives',
      '/sessions/4/points/9',
      '/admin/users/import',
      '/directives/import',
    ])
      expect((await post({ path, length: 40 * MB, cookie })).passed, path).toBe(true);
    for (const path of ['/tasks', '/sessions/4/documents/notice', '/account', '/tasks/12/x']) {
      const { res } = await post({ path, length: FORM_BODY_LIMIT + 1, cookie });
      expect(res.status, path).toBe(413);
      expect((await post({ path, length: FORM_BODY_LIMIT, cookie })).passed, path).toBe(true);
      const chunked = (await post({ path, chunked: true, cookie })).res;
      expect(chunked.status, path).toBe(411);
      // Signed in: the message does not say "when not signed in".
      expect(await chunked.text(), path).toBe('Nội dung gửi từ biểu mẫu cần khai báo độ dài (Content-Length).');
    }
  });

  it('lets a signed-in user upload up to the limit, with or without a declared length', async () => {
    const cookie = await sessionCookie();
    expect((await post({ path: '/tasks/1', length: ACTION_BODY_LIMIT, cookie })).passed).toBe(true);
    expect((await post({ path: '/tasks/1', chunked: true, cookie })).passed).toBe(true);
  });

  it('keeps sign-in working: a small anonymous form post passes, a chunked one must declare its length', async () => {
    expect((await post({ path: '/sign-in', length: 2048 })).passed).toBe(true);
    expect((await post({ path: '/sign-in', length: ANONYMOUS_BODY_LIMIT })).passed).toBe(true);
    expect((await post({ path: '/sign-in', length: ANONYMOUS_BODY_LIMIT + 1 })).res.status).toBe(401);
    expect((await post({ path: '/sign-in', chunked: true })).res.status).toBe(411);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await post({ path: '/api/auth/callback/credentials', length: 300, headers: form })).passed).toBe(true);
    expect((await post({ path: '/api/auth/callback/credentials', length: 200_000, headers: form })).res.status).toBe(
      413,
    );
    expect((await post({ path: '/api/auth/signout', chunked: true, headers: form })).res.status).toBe(411);
  });

  it('the JSON API: 413 over 1 MB, 401 for a large body without a bearer token, small bodies go to the handler', async () => {
    const json = { 'content-type': 'application/json' };
    const big = await post({ path: '/api/v1/tasks/1', length: API_BODY_LIMIT + 1, headers: json });
    expect(big.res.status).toBe(413);
    expect(big.res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await big.res.json()).toMatchObject({ code: 'too_large', status: 413 });
    const anonymous = await post({ path: '/api/v1/tasks/1', length: 200_000, headers: json });
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.res.headers.get('www-authenticate')).toMatch(/Bearer/);
    const bearer = { ...json, authorization: 'Bearer abc.def' };
    expect((await post({ path: '/api/v1/tasks/1', length: 200_000, headers: bearer })).passed).toBe(true);
    expect((await post({ path: '/api/v1/tasks/1', length: 500, headers: json })).passed).toBe(true);
  });
});

describe('proxy: an action Next.js forwards to the page that holds it (attacker pass 20)', () => {
  it('is not judged twice: the first request was, and the forwarded one carries the key the proxy set', async () => {
    // An action id posted to a page that does not hold it: small, anonymous, let through and marked.
    const first = await post({ path: '/sign-in', length: 300, headers: { [JUDGED_HEADER]: 'made-up-by-the-client' } });
    expect(first.passed).toBe(true);
    const key = first.res.headers.get(`x-middleware-request-${JUDGED_HEADER}`);
    expect(key).toMatch(/^[0-9a-f-]{36}$/); // the client's value was overwritten
    // Next.js posts it again to /account, with the same headers and the body streamed (no length): it was refused
    // 411, which aborted the forwarding and logged an uncaughtException.
    const forwarded = { 'x-action-forwarded': '1', [JUDGED_HEADER]: key! };
    const cookie = await sessionCookie();
    expect((await post({ path: '/account', chunked: true, headers: forwarded, cookie })).passed).toBe(true);
    // Anonymous, it goes to the sign-in page as any page would, not to a refusal that cuts the forwarding short.
    const anonymous = await post({ path: '/account', chunked: true, headers: forwarded });
    expect(anonymous.res.status).toBe(307);
  });
  it('a client that says its request was forwarded, without the key, is judged as any other', async () => {
    const cookie = await sessionCookie();
    for (const headers of <Record<string, string>[]>[
      { 'x-action-forwarded': '1' },
      { 'x-action-forwarded': '1', [JUDGED_HEADER]: 'guessed' },
      { [JUDGED_HEADER]: 'guessed' },
    ]) {
      const { res, passed } = await post({ path: '/account', chunked: true, headers, cookie });
      expect(passed).toBe(false);
      expect(res.status).toBe(411);
    }
  });
});

describe('proxy: the origin of a post', () => {
  it('must have the scheme the proxy in front says the client used (attacker pass 20)', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const plain = await post({ path: '/sign-in', length: 300, headers: https }); // Origin http://localhost:3000
    expect(plain.res.status).toBe(403);
    const secure = await post({
      path: '/sign-in',
      length: 300,
      headers: { ...https, origin: 'https://localhost:3000' },
    });
    expect(secure.passed).toBe(true);
    // Without a proxy saying so, the host decides, as before (a server reached directly over http).
    expect((await post({ path: '/sign-in', length: 300 })).passed).toBe(true);
    expect((await post({ path: '/sign-in', length: 300, headers: { origin: 'http://evil.example' } })).res.status).toBe(
      403,
    );
  });
});

describe('the body limits agree along the way', () => {
  it('next.config.js lets the proxy pass on a whole action body (Next.js cuts it at 10 MB by default)', async () => {
    const experimental = (
      nextConfig as { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } }
    ).experimental;
    const bytes = (s: string) => Number(/^(\d+)mb$/.exec(s)![1]) * MB;
    expect(bytes(experimental.serverActions.bodySizeLimit)).toBe(ACTION_BODY_LIMIT);
    expect(bytes(experimental.proxyClientMaxBodySize)).toBeGreaterThanOrEqual(ACTION_BODY_LIMIT);

    // What Next.js does with the body around the proxy: a 12 MB upload arrives whole with our setting.
    const passedOn = async (limit: number | undefined) => {
      const source = Readable.from(Array.from({ length: 12 * 16 }, () => Buffer.alloc(MB / 16, 0x61)));
      const body = getCloneableBody(source as never, limit);
      body.cloneBodyStream().resume();
      await body.finalize();
      let total = 0;
      for await (const chunk of source) total += (chunk as Buffer).length;
      return total;
    };
    expect(await passedOn(bytes(experimental.proxyClientMaxBodySize))).toBe(12 * MB);
    expect(await passedOn(undefined)).toBe(10 * MB);
  });
});

describe('proxy: headers the framework builds URLs from', () => {
  const get = (headers: Record<string, string>) =>
    proxy(new NextRequest(`${SITE}/tasks`, { headers: new Headers({ host: 'localhost:3000', ...headers }) }));

  it.each([
    [{ host: 'a b' }],
    [{ 'x-forwarded-host': 'a b' }],
    [{ 'x-forwarded-host': 'example.gov.vn, a/b' }],
    [{ 'x-forwarded-proto': 'javascript' }],
  ])('refuses %o with a 400 before any page reads it (each was a server error)', async (headers) => {
    const res = await get(headers);
    expect(res.status).toBe(400);
  });

  it.each([
    [{}],
    [{ 'x-forwarded-host': 'dieuhanh.chinhphu.vn', 'x-forwarded-proto': 'https' }],
    [{ 'x-forwarded-host': '127.0.0.1:8443, proxy.local', 'x-forwarded-proto': 'https, http' }],
    [{ host: '[::1]:3000' }],
    [{ host: 'steering_app:3000' }],
  ])('lets %o through', async (headers) => {
    const res = await get({ cookie: await sessionCookie(), ...headers });
    expect(res.status).not.toBe(400);
  });
});

describe('proxy: a server action’s multipart body is counted, part by part, before Next.js parses it', () => {
  /** A browser's multipart body for `fields` text fields and `files` files, with its content type. */
  async function encoded(fields: number, files: number) {
    const form = new FormData();
    for (let i = 0; i < fields; i++) form.append(`1_field${i}`, i % 2 ? `giá trị ${i}` : '');
    for (let i = 0; i < files; i++)
      form.append('1_evidence', new Blob([`--not a boundary ${i}\r\n\r\n`]), `tệp ${i}.txt`);
    // React's reply root, last as React writes it: the form's last state and the form itself.
    form.append('0', '["$undefined","$K1"]');
    const request = new Request(SITE, { method: 'POST', body: form });
    return { type: request.headers.get('content-type')!, bytes: new Uint8Array(await request.arrayBuffer()) };
  }
  /** The body as a stream of chunks of `size` bytes, so delimiters and part heads fall across chunks. */
  it('counts fields and files as the form holds them, however the body is cut into chunks', async () => {
    const { type, bytes } = await encoded(7, 3);
    const boundary = multipartBoundary(type)!;
    expect(boundary).toBeTruthy();
    for (const size of [1, 2, 3, 7, 64, 1000, bytes.length])
      expect(await countParts(streamOf(bytes, size), boundary), `chunks of ${size}`).toEqual({
        parts: 11,
        files: 3,
        over: false,
        closed: true,
        root: '["$undefined","$K1"]',
        bound: new Map(),
        named: [],
      });
    expect(multipartBoundary('multipart/form-data; boundary="abc"')).toBe('abc');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    // Only the form browsers send: a boundary named inside another parameter's value, a quote inside a quoted one or a
    // second parameter is not read differently from the framework's parser, it is refused (review of attacker pass 18).
    for (const odd of [
      'multipart/form-data; a="; boundary=X"; boundary=Y',
      'multipart/form-data; boundary="Y\\"Z"',
      'multipart/form-data; boundary=X; charset=utf-8',
      'multipart/form-data; boundary=',
    ])
      expect(multipartBoundary(odd), odd).toBeNull();
  });

  it('stops at the limits: more files, or more fields, than any form of the app sends', async () => {
    const files = await encoded(2, MAX_FORM_FILES + 1);
    expect(await countParts(streamOf(files.bytes, 4096), multipartBoundary(files.type)!)).toMatchObject({ over: true });
    const atLimit = await encoded(2, MAX_FORM_FILES);
    expect(await countParts(streamOf(atLimit.bytes, 4096), multipartBoundary(atLimit.type)!)).toMatchObject({
      over: false,
    });
    // A part sent as application/octet-stream is a file to busboy, with or without a name.
    const boundary = 'x';
    const octet = `--${boundary}\r\nContent-Disposition: form-data; name="1_a"\r\nContent-Type: application/octet-stream\r\n\r\n1\r\n`;
    const octets = new TextEncoder().encode(octet.repeat(MAX_FORM_FILES + 1) + `--${boundary}--\r\n`);
    expect(await countParts(streamOf(octets, 100), boundary)).toMatchObject({ files: MAX_FORM_FILES + 1, over: true });
    const fields = await encoded(MAX_FORM_PARTS + 1, 0);
    expect(await countParts(streamOf(fields.bytes, 65536), multipartBoundary(fields.type)!)).toMatchObject({
      over: true,
    });
  });

  async function postBody(path: string, type: string, bytes: Uint8Array, signedIn = true, nextAction = true) {
    const h = new Headers({
      host: 'localhost:3000',
      origin: SITE,
      ...(nextAction ? { 'next-action': '7f00000000000000000000000000000000000000aa' } : {}),
      'content-type': type,
      'content-length': String(bytes.length),
      ...(signedIn ? { cookie: await sessionCookie() } : {}),
    });
    const init = { method: 'POST', headers: h, body: streamOf(bytes, 65536), duplex: 'half' };
    const res = await proxy(new NextRequest(new Request(`${SITE}${path}`, init as RequestInit)));
    return { status: res.status, passed: res.headers.get('x-middleware-next') === '1', text: await res.text() };
  }

  it('refuses 55,000 one-byte files in a 3.6 MB post (13 s of the server before) at once, and lets a real form through', async () => {
    const boundary = 'x';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="1_a"; filename="a"\r\n\r\n1\r\n`;
    const bytes = new TextEncoder().encode(part.repeat(55_000) + `--${boundary}--\r\n`);
    let refused!: Awaited<ReturnType<typeof postBody>>;
    const cpu = await cpuMs(
      async () => (refused = await postBody('/notifications', `multipart/form-data; boundary=${boundary}`, bytes)),
    );
    expect(refused.status).toBe(413);
    expect(refused.text).toContain('quá nhiều trường hoặc tệp');
    expect(cpu).toBeLessThan(2000);
    // Without a boundary Next.js answered 500: now a 400 that says so.
    expect((await postBody('/notifications', 'multipart/form-data', bytes)).status).toBe(400);
    const { type, bytes: real } = await encoded(40, 2);
    expect(await postBody('/tasks/12', type, real)).toMatchObject({ passed: true });
    // Without a session: the sign-in form's few fields pass; a file part, or hundreds of fields, do not.
    const signIn = await encoded(4, 0);
    expect(await postBody('/sign-in', signIn.type, signIn.bytes, false)).toMatchObject({ passed: true });
    // Someone whose session has ended is told to sign in again, as for a large body.
    const oneFile = await encoded(4, 1);
    const refusedFile = await postBody('/tasks/12', oneFile.type, oneFile.bytes, false);
    expect(refusedFile.status).toBe(401);
    expect(refusedFile.text).toMatch(/đăng nhập/i);
    const fields = await encoded(500, 0);
    expect(await postBody('/sign-in', fields.type, fields.bytes, false)).toMatchObject({ status: 401 });
  });

  it('refuses a form cut short and action arguments that are no JSON (500s, and a log line of the sender’s), and lets JSON and plain forms through', async () => {
    const { type, bytes } = await encoded(3, 1);
    const cut = await postBody('/tasks/12', type, bytes.slice(0, bytes.length - 20));
    expect(cut.status).toBe(400);
    expect(cut.text).toContain('bị cắt ngang');
    const plain = 'text/plain;charset=UTF-8';
    const utf8 = (t: string) => new TextEncoder().encode(t);
    for (const body of ['z\nFORGED', '{"a":', 'not json at all'])
      expect((await postBody('/notifications', plain, utf8(body))).status, body).toBe(400);
    expect((await postBody('/notifications', 'text/plain;charset=utf-7', utf8('+AFs-'))).status).toBe(400);
    for (const body of ['[{},"$undefined"]', '[]'])
      expect(await postBody('/notifications', plain, utf8(body)), body).toMatchObject({ passed: true });
    expect(
      await postBody('/sign-in', 'application/x-www-form-urlencoded', utf8('email=a%40b.vn&password=x'), false),
    ).toMatchObject({ passed: true });
    // Next.js reads a body as multipart or URL-encoded only when its type is written in lower case; otherwise as JSON,
    // and failed with a 500 that logged the body's first characters (attacker pass 20).
    const mixed = await encoded(3, 0);
    expect(await postBody('/tasks/12', mixed.type, mixed.bytes)).toMatchObject({ passed: true });
    const shouted = mixed.type.replace('multipart/form-data', 'Multipart/Form-Data');
    expect((await postBody('/tasks/12', shouted, mixed.bytes)).status).toBe(400);
    expect(
      (await postBody('/sign-in', 'Application/X-WWW-Form-Urlencoded', utf8('FAKE-LOG-LINE=1'), false)).status,
    ).toBe(400);
  });

  it('lets through the arguments React writes for the app’s forms, and refuses references to parts no client of the app sends (a 500 each)', async () => {
    // The encoder the browser runs, on what the app's forms send: the last state (any JSON, escaped "$", dates,
    // undefined, -0) and the FormData, with a file.
    const { encodeReply } = (await import(
      // @ts-expect-error -- the framework's copy of React's client, without a declaration file
      'next/dist/compiled/react-server-dom-webpack/client.edge'
    )) as { encodeReply: (v: unknown) => Promise<FormData | string> };
    const form = new FormData();
    form.append('title', 'Báo cáo $@0');
    form.append('evidence', new Blob(['%PDF']), 'bien-ban.pdf');
    const state = { ok: false, message: '$@0 $B1', at: new Date(0), none: undefined, nested: { a: [1, { b: -0 }] } };
    const reply = await encodeReply([state, form]);
    expect(reply).toBeInstanceOf(FormData);
    const sent = new Request(SITE, { method: 'POST', body: reply as FormData });
    const real = { type: sent.headers.get('content-type')!, bytes: new Uint8Array(await sent.arrayBuffer()) };
    expect(await postBody('/tasks/12', real.type, real.bytes)).toMatchObject({ passed: true });
    for (const size of [1, 5, 64])
      expect((await countParts(streamOf(real.bytes, size), multipartBoundary(real.type)!)).root).toBe(
        (reply as FormData).get('0'),
      );
    const text = (await encodeReply([null, 'x', '$y', 12])) as string;
    expect(await postBody('/notifications', 'text/plain;charset=UTF-8', new TextEncoder().encode(text))).toMatchObject({
      passed: true,
    });

    // What React's decoder failed on with a 500 (probed on the built server): a promise, blob, map, set, iterator or
    // server function in a part of its own, a chunk id, a bigint that is no number, nesting 5,000 deep.
    for (const body of [
      '"$@0"',
      '["$B1"]',
      '["$Q1"]',
      '["$W1"]',
      '["$h1"]',
      '["$F1"]',
      '["$i1"]',
      '["$Z"]',
      '["$1"]',
      '["$1:a:b"]',
      '["$nabc"]',
    ])
      expect(isSentReply(body), body).toBe(false);
    expect(isSentReply('['.repeat(5000) + ']'.repeat(5000))).toBe(false);
    // The arguments are a list: a root of another kind was a 500 from anyone, through the sign-in page (second look).
    for (const body of ['1', '"x"', 'true', 'null', '{"a":1}']) expect(isSentReply(body), body).toBe(false);
    expect(
      isSentReply('[{"a":{"b":[["$$1","$undefined","$D2026-12-02T00:00:00.000Z","$n12","$-0","$NaN","$T","$K1"]]}}]'),
    ).toBe(true);
    const plain = 'text/plain;charset=UTF-8';
    const utf8 = (t: string) => new TextEncoder().encode(t);
    for (const body of ['"$@0"', '["$B1"]', '["$undefined",{"x":"$Q2"}]'])
      expect(await postBody('/notifications', plain, utf8(body)), body).toMatchObject({ status: 400 });
    // The same in a form: a root that names a blob, a root that is no JSON, or no root at all.
    const multipart = async (parts: Array<[string, string]>) => {
      const f = new FormData();
      for (const [k, v] of parts) f.append(k, v);
      const r = new Request(SITE, { method: 'POST', body: f });
      return postBody('/tasks/12', r.headers.get('content-type')!, new Uint8Array(await r.arrayBuffer()));
    };
    for (const parts of [
      [
        ['0', '["$B2"]'],
        ['2', 'x'],
      ],
      [['0', '[']],
      [['1_title', 'x']],
      [['0', '"$@0"']],
    ] as Array<Array<[string, string]>>)
      expect(await multipart(parts), JSON.stringify(parts)).toMatchObject({ status: 400 });
    expect(
      await multipart([
        ['1_title', 'x'],
        ['0', '["$undefined","$K1"]'],
      ]),
    ).toMatchObject({ passed: true });
    // The root twice, or with a charset of its own (decoded by the framework as the gate did not read it).
    expect(
      await multipart([
        ['0', '["$undefined","$K1"]'],
        ['0', '["$undefined","$K1"]'],
      ]),
    ).toMatchObject({ status: 400 });
    const charset = new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="0"\r\nContent-Type: text/plain; charset=utf-16le\r\n\r\n["$undefined"]\r\n--b--\r\n',
    );
    expect(await postBody('/tasks/12', 'multipart/form-data; boundary=b', charset)).toMatchObject({ status: 400 });
    // The root named in a way busboy reads as "0" and the gate's own reading would not (attacker pass 22).
    for (const disposition of ['form-data; name=0', 'form-data; name="0"; x=y', "form-data; name*=utf-8''0"]) {
      const odd = new TextEncoder().encode(
        `--b\r\nContent-Disposition: ${disposition}\r\n\r\n["$Q1"]\r\n` +
          `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined"]\r\n--b--\r\n`,
      );
      expect(await postBody('/tasks/12', 'multipart/form-data; boundary=b', odd), disposition).toMatchObject({
        status: 400,
      });
    }
    // A control byte in a part's name, its type or a header line of its own: busboy's "Malformed part header", a 500 for
    // anyone (attacker pass 23). A tab it reads, and so does the gate.
    const part = (head: string) =>
      new Uint8Array(
        Buffer.from(
          `--b\r\n${head}\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined"]\r\n--b--\r\n`,
          'latin1',
        ),
      );
    for (const byte of [0x00, 0x01, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f]) {
      const c = String.fromCharCode(byte);
      for (const head of [
        `Content-Disposition: form-data; name="a${c}b"`,
        `Content-Disposition: form-data; name="f"; filename="a${c}.pdf"\r\nContent-Type: application/pdf`,
        `Content-Disposition: form-data; name="f"\r\nX-Extra: a${c}b`,
      ])
        expect(
          await postBody('/tasks/12', 'multipart/form-data; boundary=b', part(head)),
          `${byte} ${head}`,
        ).toMatchObject({ status: 400 });
    }
    expect(
      await postBody(
        '/tasks/12',
        'multipart/form-data; boundary=b',
        part('Content-Disposition: form-data; name="a\tb"'),
      ),
    ).toMatchObject({ passed: true });
    // Heads written otherwise than browsers write them (attacker pass 34), each a 500 and an error line for anyone on the
    // build: busboy (the framework's copy, as the action reads the body) fails on them or reads another part than the
    // gate counted. The gate refuses every head busboy fails on or names otherwise, and lets browsers' heads through.
    const busboy = (await import(
      // @ts-expect-error -- the framework's compiled copy, without a declaration file
      'next/dist/compiled/busboy'
    )) as { default: (o: object) => NodeJS.WritableStream & { on(e: string, f: (...a: never[]) => void): void } };
    const read = (bytes: Uint8Array) =>
      new Promise<string>((resolve) => {
        const names: string[] = [];
        const bb = busboy.default({ headers: { 'content-type': 'multipart/form-data; boundary=b' } });
        bb.on('field', (name: string) => names.push(String(name)));
        bb.on('file', (name: string, stream: NodeJS.ReadableStream) => (stream.resume(), names.push(String(name))));
        bb.on('error', (e: Error) => resolve(`error: ${e.message}`));
        bb.on('close', () => resolve(names.join()));
        bb.end(Buffer.from(bytes));
      });
    const rootAfter = (head: string) =>
      new Uint8Array(
        Buffer.from(
          `--b\r\n${head}\r\n\r\n["$undefined"]\r\n--b--\r\n`.replace('--b\r\n\r\n\r\n', '--b\r\n\r\n'),
          'latin1',
        ),
      );
    const odd = [
      '', // no header at all: "Malformed part header"
      'Content-Disposition: form-data; name=""', // a name of nothing: the framework read `null.startsWith`
      'Content-Disposition: form-data; name=""; filename="a.pdf"\r\nContent-Type: application/pdf',
      'Content-Disposition: form-data; name="a"\r\nContent-Disposition: form-data; name="0"', // "0" here, "a" to busboy
      'Content-Disposition: form-data; name="0"\r\n X: y', // a folded line: busboy drops the part
      'Content-Disposition: form-data; name="0"\r\nNo colon', // "Malformed part header"
      'Content-Disposition : form-data; name="0"',
    ];
    // Heads busboy reads as "0" but no browser writes: refused all the same (one rule for what passes).
    const unwritten = [
      'X-Part: 1\r\nContent-Disposition: form-data; name="0"',
      'Content-Disposition: form-data; name="0"\r\nContent-Type: text/plain\r\nContent-Type: text/html',
    ];
    for (const head of [...odd, ...unwritten]) {
      const bytes = rootAfter(head);
      if (odd.includes(head)) expect(await read(bytes), head).not.toBe('0');
      expect(await postBody('/tasks/12', 'multipart/form-data; boundary=b', bytes), head).toMatchObject({
        status: 400,
      });
      // Without a session: refused too (a file part is a 401 there, whatever its head).
      const anonymous = await postBody('/sign-in', 'multipart/form-data; boundary=b', bytes, false);
      expect([400, 401], head).toContain(anonymous.status);
      // A form posted without JavaScript is judged by the same count.
      const plain = await postBody('/sign-in', 'multipart/form-data; boundary=b', bytes, false, false);
      expect([400, 401], head).toContain(plain.status);
    }
    for (const head of ['Content-Disposition: form-data; name="0"', 'content-disposition:form-data;name="0"']) {
      expect(await read(rootAfter(head)), head).toBe('0');
      expect(await postBody('/tasks/12', 'multipart/form-data; boundary=b', rootAfter(head)), head).toMatchObject({
        passed: true,
      });
    }
    // A root larger than any form's state (a notice's 200,000 characters with its proposals are about 2 MB) is not read.
    expect(await multipart([['0', `["${'a'.repeat(9 * MB)}"]`]])).toMatchObject({ status: 400 });
    expect(await multipart([['0', `[{"text":"${'ă'.repeat(1_000_000)}"},"$K1"]`]])).toMatchObject({ passed: true });
  });

  it('answers a form posted without JavaScript that names an action the build does not have as the header is answered (attacker pass 41)', async () => {
    // The build's actions; Next.js wrote three lines to standard error for any other id named in a form's fields.
    const known = new Set(['606a0e65f38e4a0347579bc317e92b46c911524bc8']);
    const judge = async (fields: Array<[string, string]>, signedIn = false) => {
      const f = new FormData();
      for (const [k, v] of fields) f.append(k, v);
      f.append('email', 'a@b.vn');
      const r = new Request(SITE, { method: 'POST', body: f });
      const bytes = new Uint8Array(await r.arrayBuffer());
      const h = new Headers({
        host: 'localhost:3000',
        origin: SITE,
        'content-type': r.headers.get('content-type')!,
        'content-length': String(bytes.length),
        ...(signedIn ? { cookie: await sessionCookie() } : {}),
      });
      const init = { method: 'POST', headers: h, body: streamOf(bytes, 65536), duplex: 'half' };
      const res = await refuseBodyShape(new NextRequest(new Request(`${SITE}/sign-in`, init as RequestInit)), known);
      return (
        res && { status: res.status, notFound: res.headers.get('x-nextjs-action-not-found'), text: await res.text() }
      );
    };
    const other = '7f0000000000000000000000000000000000000000';
    for (const [fields, status] of [
      [[[`$ACTION_ID_${other}`, '']], 409],
      [[['$ACTION_ID___proto__', '']], 400],
      [[['$ACTION_ID_zz', '']], 400],
      [[['$ACTION_ID_', '']], 400],
      [
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', JSON.stringify({ id: other, bound: '$@1' })],
          ['$ACTION_1:1', '[null]'],
        ],
        409,
      ],
      [[...[...known].map((id): [string, string] => [`$ACTION_ID_${id}`, '']), [`$ACTION_ID_${other}`, '']], 409],
    ] as const) {
      for (const signedIn of [false, true])
        expect(await judge(fields as unknown as Array<[string, string]>, signedIn), JSON.stringify(fields)).toEqual({
          status,
          notFound: '1',
          text: status === 409 ? 'Server Action unavailable.' : 'Invalid Server Action request.',
        });
    }
    // The build's own action, named either way, goes on; so does a form that names none.
    const [id] = [...known];
    expect(await judge([[`$ACTION_ID_${id}`, '']])).toBeNull();
    expect(
      await judge([
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
        ['$ACTION_1:1', '[null]'],
      ]),
    ).toBeNull();
    expect(await judge([['name', 'x']])).toBeNull();
  });

  it("checks the bound action of a form posted without JavaScript as it checks an action's arguments (attacker pass 22)", async () => {
    // What the sign-in page's server rendering writes for a form of useActionState, and a browser without JavaScript posts.
    const id = '606a0e65f38e4a0347579bc317e92b46c911524bc8';
    const noScript = async (bound: Array<[string, string]>, signedIn = false) => {
      const f = new FormData();
      f.append('$ACTION_REF_3', '');
      for (const [k, v] of bound) f.append(k, v);
      f.append('$ACTION_KEY', 'ke126a3250fd0fd5c91eb7f4d89875550');
      f.append('email', 'a@b.vn');
      const r = new Request(SITE, { method: 'POST', body: f });
      const type = r.headers.get('content-type')!;
      return postBody('/sign-in', type, new Uint8Array(await r.arrayBuffer()), signedIn, false);
    };
    const meta = JSON.stringify({ id, bound: '$@1' });
    expect(
      await noScript([
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '[null]'],
      ]),
    ).toMatchObject({ passed: true });
    expect(
      await noScript(
        [
          ['$ACTION_3:0', meta],
          ['$ACTION_3:1', '[{"errors":{"email":"x"},"values":{"email":"a@b.vn"}}]'],
        ],
        true,
      ),
    ).toMatchObject({ passed: true });
    expect(await noScript([['$ACTION_3:0', JSON.stringify({ id, bound: null })]])).toMatchObject({ passed: true });
    for (const bound of [
      // Bound arguments nested 5,000 deep: React's decoder overflowed its stack (a 500 and a stack trace in the log).
      [
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '['.repeat(5000) + ']'.repeat(5000)],
      ],
      // References the app never sends: a map, a server function, a promise; a bound part that is no JSON.
      [
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '["$Q2"]'],
      ],
      [
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '["$h2"]'],
      ],
      [
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '{'],
      ],
      [['$ACTION_3:0', JSON.stringify({ id, bound: '$Q1' })]],
      [['$ACTION_3:0', JSON.stringify({ id: '../x', bound: null })]],
      [['$ACTION_3:0', JSON.stringify({ id, bound: null, extra: 1 })]],
      [['$ACTION_3:0', '[]']],
      // A bound part twice.
      [
        ['$ACTION_3:0', meta],
        ['$ACTION_3:1', '[null]'],
        ['$ACTION_3:1', '[null]'],
      ],
    ] as Array<Array<[string, string]>>)
      expect(await noScript(bound), JSON.stringify(bound).slice(0, 80)).toMatchObject({ status: 400 });
  });
});
