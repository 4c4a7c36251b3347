import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUDGED_HEADER, judgedKey } from './judged-key';
import { installServerEntry, PROXY_SKIPS } from './server-entry';

/** A real server with the entry installed as instrumentation.ts installs it; its handler counts what reaches it. */
let server: Server;
let port: number;
let handled = 0;
beforeAll(async () => {
  installServerEntry();
  server = createServer((req, res) => {
    handled++;
    // What reached the framework of the headers only Next.js sends to itself.
    res.setHeader('x-seen-action-forwarded', String(req.headers['x-action-forwarded'] ?? 'none'));
    res.end(req.url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends one raw request line (a client can write any target) and headers, and returns the whole answer. */
function raw(requestLine: string, headers: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const head = [requestLine, 'Host: 127.0.0.1', ...headers, 'Connection: close'].join('\r\n');
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n`));
    const out: Buffer[] = [];
    socket.on('data', (d: Buffer) => out.push(d));
    socket.on('end', () => resolve(Buffer.concat(out).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('the server entry: a request target of "*" (attacker pass 20)', () => {
  it('answers OPTIONS * with the methods the app takes, before the framework sees it', async () => {
    const before = handled;
    const answer = await raw('OPTIONS * HTTP/1.1');
    expect(answer).toMatch(/^HTTP\/1\.1 204/);
    expect(answer).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/);
    expect(handled).toBe(before);
  });
  it('refuses any other method with "*" as a bad request, not a server error', async () => {
    expect(await raw('GET * HTTP/1.1')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('POST * HTTP/1.1')).toMatch(/^HTTP\/1\.1 400/);
  });
  it('lets every other request through to the framework', async () => {
    const before = handled;
    expect(await raw('GET /api/health HTTP/1.1')).toMatch(/^HTTP\/1\.1 200[^]*\/api\/health$/);
    expect(handled).toBe(before + 1);
  });
});

describe('the server entry: a method no route takes (attacker pass 35)', () => {
  it('answers 405 with the methods the app takes, before Next.js (which answered TRACE with a 500 and a stack)', async () => {
    // Next.js builds a fetch Request of every request; fetch refuses TRACE (and TRACK, CONNECT) outright.
    expect(() => new Request('http://127.0.0.1/sign-in', { method: 'TRACE' })).toThrow(/unsupported/);
    const before = handled;
    for (const method of [
      'TRACE',
      'PROPFIND',
      'MKCOL',
      'QUERY',
      'M-SEARCH',
      'PURGE',
      'LINK',
      'SEARCH',
      'REPORT',
      'get',
    ]) {
      const answer = await raw(`${method} /sign-in HTTP/1.1`);
      if (method === 'get')
        expect(answer, method).toMatch(/^HTTP\/1\.1 400/); // Node's parser: methods are upper case
      else {
        expect(answer, method).toMatch(
          /^HTTP\/1\.1 405[^]*\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/,
        );
        expect(answer, method).toMatch(/không nhận phương thức/);
      }
    }
    expect(handled).toBe(before);
  });
  it('lets the methods the app takes through', async () => {
    const before = handled;
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
      expect(await raw(`${method} /api/health HTTP/1.1`, ['Content-Length: 0']), method).toMatch(/^HTTP\/1\.1 200/);
    expect(handled).toBe(before + 7);
  });
});

describe('the server entry: bytes that are no HTTP after a request (attacker pass 35)', () => {
  it('the request in flight is answered, then the connection closed; it is not aborted under the handler', async () => {
    installServerEntry();
    const errors: string[] = [];
    // As Next.js does for the proxy: the body is read, and the answer written, some time after the request came.
    const slow = createServer((req, res) => {
      req.on('error', (e) => errors.push(e.message));
      req.resume();
      setTimeout(() => res.end('answered'), 50);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowPort = (slow.address() as AddressInfo).port;
    try {
      for (const head of ['POST /sign-in HTTP/1.1', 'DELETE /api/health HTTP/1.1']) {
        const answer = await new Promise<string>((resolve, reject) => {
          const socket = connect(slowPort, '127.0.0.1', () =>
            socket.write(`${head}\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n{}\r\n`),
          );
          const out: Buffer[] = [];
          socket.on('data', (d: Buffer) => out.push(d));
          socket.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
          socket.on('error', reject);
        });
        // Node answered 400 at once and destroyed the socket: the request was aborted ("aborted") under its handler.
        expect(answer, head).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*Connection: close\r\n[^]*answered$/);
        expect(answer, head).not.toMatch(/400 Bad Request/);
      }
      expect(errors).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });
  it('a body cut short by bytes that are no HTTP, or a client too slow, still gets Node’s answer at once', async () => {
    installServerEntry();
    // The handler waits for a body that never comes whole: deferring would keep the connection for ever.
    const waiting = createServer({ requestTimeout: 300, connectionsCheckingInterval: 100 }, (req, res) => {
      req.on('error', () => undefined);
      req.on('end', () => res.end('whole'));
      req.resume();
    });
    await new Promise<void>((resolve) => waiting.listen(0, '127.0.0.1', resolve));
    const waitingPort = (waiting.address() as AddressInfo).port;
    const send = (payload: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(waitingPort, '127.0.0.1', () => socket.write(payload));
        const out: Buffer[] = [];
        socket.on('data', (d: Buffer) => out.push(d));
        socket.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
        socket.on('error', reject);
        socket.setTimeout(5000, () => resolve('still open after 5 s'));
      });
    try {
      const head = 'POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n';
      expect(await send(`${head}Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\nzz\r\n`)).toMatch(/^HTTP\/1\.1 400/);
      expect(await send(`${head}Content-Length: 10\r\n\r\nab`)).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await new Promise<void>((resolve) => waiting.close(() => resolve()));
    }
  });
  it('a connection with no answer pending gets Node’s own 400, as before', async () => {
    expect(await raw('GARBAGE')).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  });
});

describe('the server entry: a router state that is not one (attacker pass 20)', () => {
  it('is refused with 400 before Next.js reads it (it answered every page 500)', async () => {
    const before = handled;
    for (const state of ['[1]', '{"a":1}', '%ZZ', 'null', '["",{"children":[1,{}]}]', '['.repeat(15_000)]) {
      const answer = await raw('GET /tasks?_rsc=x HTTP/1.1', ['RSC: 1', `Next-Router-State-Tree: ${state}`]);
      expect(answer, state.slice(0, 20)).toMatch(/^HTTP\/1\.1 400[^]*Next-Router-State-Tree sai dạng/);
    }
    expect(handled).toBe(before);
  });
  it('lets through the states a browser sends, encoded or not', async () => {
    const tree = JSON.stringify([
      '',
      { children: ['tasks', { children: ['__PAGE__', {}, null, null] }] },
      null,
      null,
      1,
    ]);
    for (const state of [tree, encodeURIComponent(tree), '["",{}]'])
      expect(await raw('GET /tasks?_rsc=x HTTP/1.1', ['RSC: 1', `Next-Router-State-Tree: ${state}`])).toMatch(
        /^HTTP\/1\.1 200/,
      );
  });
});

describe('the server entry: an action posted where the proxy does not run (attacker pass 22)', () => {
  it('answers 404 itself: Next.js forwarded it to the action’s page unjudged, and logged an uncaughtException', async () => {
    const before = handled;
    for (const path of [
      '/favicon.ico',
      '/robots.txt',
      '/_next/x',
      '/%5Fnext/x',
      '/favicon.ico?a=1',
      'http://h/_next/y',
      // No page lives under /api either (attacker pass 25: an action posted to /api/v1/zzz reached a page).
      '/api/v1/zzz',
      '/api/auth/signin',
      '/api',
      '/API/V1/zzz',
      '/%61pi/v1/zzz',
      '//api/v1/zzz?x=1',
    ])
      expect(await raw(`POST ${path} HTTP/1.1`, ['Next-Action: 40c7b35f', 'Content-Length: 0']), path).toMatch(
        /^HTTP\/1\.1 404/,
      );
    expect(handled).toBe(before);
    // Without an action, and an action posted to a page: the framework's, as before.
    expect(await raw('GET /favicon.ico HTTP/1.1')).toMatch(/^HTTP\/1\.1 200/);
    expect(await raw('POST /sign-in HTTP/1.1', ['Next-Action: 40c7b35f', 'Content-Length: 0'])).toMatch(
      /^HTTP\/1\.1 200/,
    );
    expect(await raw('POST /api-docs HTTP/1.1', ['Next-Action: 40c7b35f', 'Content-Length: 0'])).toMatch(
      /^HTTP\/1\.1 200/,
    );
    expect(await raw('POST /api/v1/tasks/1/updates HTTP/1.1', ['Content-Length: 0'])).toMatch(/^HTTP\/1\.1 200/);
    expect(handled).toBe(before + 4);
  });

  it('knows the paths the proxy skips from the proxy’s own matcher', async () => {
    const { config } = await import('@/proxy');
    expect(config.matcher).toEqual(['/((?!_next/|favicon.ico|robots.txt).*)']);
    // The matcher is also a JavaScript pattern: what it matches, the proxy runs on.
    const runs = new RegExp(`^${config.matcher[0]}$`);
    for (const path of [
      '/_next/static/x.js',
      '/favicon.ico',
      '/robots.txt',
      '/sign-in',
      '/',
      '/tasks/1',
      '/faviconXico',
    ])
      expect(PROXY_SKIPS.test(path), path).toBe(!runs.test(path));
  });
});

describe('the server entry: a whole URL as the request target (attacker pass 34)', () => {
  it('refuses another host, before the framework answers with a redirect to it', async () => {
    const before = handled;
    for (const target of ['http://evil.example/sign-in', 'https://evil.example/', 'ftp://127.0.0.1/x', 'evil/x']) {
      const answer = await raw(`GET ${target} HTTP/1.1`);
      expect(answer, target).toMatch(/^HTTP\/1\.1 400/);
      expect(answer, target).not.toMatch(/evil/i);
    }
    expect(handled).toBe(before);
  });
  it('serves one naming this server as the path it names', async () => {
    for (const target of ['http://127.0.0.1/tasks?x=1', 'https://127.0.0.1/tasks?x=1', 'HTTP://127.0.0.1/tasks?x=1']) {
      const answer = await raw(`GET ${target} HTTP/1.1`);
      expect(answer, target).toMatch(/^HTTP\/1\.1 200/);
      expect(answer.endsWith('/tasks?x=1'), target).toBe(true);
    }
  });
});

describe('the server entry: a header Next.js sends only to itself (attacker pass 37)', () => {
  it('drops x-action-forwarded from a client: Next.js then neither forwarded the action nor found it, and logged it', async () => {
    for (const value of ['1', '0', ''])
      expect(await raw('POST /tasks HTTP/1.1', [`x-action-forwarded: ${value}`, 'Content-Length: 0'])).toMatch(
        /\r\nx-seen-action-forwarded: none\r\n/i,
      );
    // A key that is not this process's is no key.
    expect(
      await raw('POST /tasks HTTP/1.1', ['x-action-forwarded: 1', `${JUDGED_HEADER}: made-up`, 'Content-Length: 0']),
    ).toMatch(/\r\nx-seen-action-forwarded: none\r\n/i);
  });
  it('keeps it on Next.js’s own forwarding, which carries the proxy’s key', async () => {
    const answer = await raw('POST /tasks HTTP/1.1', [
      'x-action-forwarded: 1',
      `${JUDGED_HEADER}: ${judgedKey()}`,
      'Content-Length: 0',
    ]);
    expect(answer).toMatch(/\r\nx-seen-action-forwarded: 1\r\n/i);
  });
});
