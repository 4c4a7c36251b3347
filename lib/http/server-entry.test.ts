import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installServerEntry } from './server-entry';

/** A real server with the entry installed as instrumentation.ts installs it; its handler counts what reaches it. */
let server: Server;
let port: number;
let handled = 0;
beforeAll(async () => {
  installServerEntry();
  server = createServer((req, res) => {
    handled++;
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
