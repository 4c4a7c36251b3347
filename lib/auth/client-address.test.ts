import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envProblems } from '@/lib/env';
import { installServerEntry } from '@/lib/http/server-entry';
import { clientAddress, PEER_HEADER, parseTrustedProxies } from './client-address';

/**
 * A real HTTP server with the stamp installed as instrumentation.ts installs it; each request answers the
 * address `clientAddress` derives from its headers (as a route handler or server action sees them) under the
 * `TRUSTED_PROXIES` of the test.
 */
let server: Server;
let port: number;
let trusted = '';
beforeAll(async () => {
  installServerEntry();
  server = createServer((req, res) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    res.end(JSON.stringify(clientAddress(headers, parseTrustedProxies(trusted))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ask = (headers: Record<string, string> = {}) =>
  new Promise<string | null>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(JSON.parse(body) as string | null));
    });
    req.on('error', reject);
    req.end();
  });

describe("the client's address", () => {
  it('with no trusted proxy (the default), is the socket address whatever the client writes in the headers', async () => {
    trusted = '';
    expect(await ask()).toBe('127.0.0.1');
    expect(await ask({ 'x-forwarded-for': '203.0.113.9' })).toBe('127.0.0.1');
    expect(await ask({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' })).toBe('127.0.0.1');
    // The stamp itself cannot be forged: the client's copy is overwritten.
    expect(await ask({ [PEER_HEADER]: 'abc 203.0.113.9', 'x-forwarded-for': '203.0.113.9' })).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, is the address the proxy appended, and never what the client wrote before it', async () => {
    trusted = '127.0.0.1';
    // As nginx's $proxy_add_x_forwarded_for sends it: the client's own header, then the address nginx saw.
    expect(await ask({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await ask({ 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    // A trusted proxy that forwarded nothing: the proxy is the client.
    expect(await ask()).toBe('127.0.0.1');
    // Two trusted hops (a load balancer in 10.0.0.0/8, then the local nginx).
    trusted = '127.0.0.1, 10.0.0.0/8';
    expect(await ask({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.1.2.3' })).toBe('203.0.113.9');
    // A trusted proxy forwarding something that is not an address: unknown, rather than the client's say-so.
    expect(await ask({ 'x-forwarded-for': 'evil, not-an-ip' })).toBeNull();
  });

  it('a request the stamp did not see (or headers built by hand) gives no address at all', () => {
    const h = (init: Record<string, string>) => clientAddress(new Headers(init), parseTrustedProxies(''));
    expect(h({ 'x-forwarded-for': '203.0.113.9' })).toBeNull();
    expect(h({ [PEER_HEADER]: '0123456789abcdef0123456789abcdef 203.0.113.9' })).toBeNull();
  });

  it('TRUSTED_PROXIES takes IPs and CIDRs, IPv4 and IPv6; anything else stops the server at start', () => {
    const list = parseTrustedProxies(' 127.0.0.1, 10.0.0.0/8 ,::1, fd00::/8');
    expect(list.check('10.200.0.1', 'ipv4')).toBe(true);
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false);
    expect(list.check('fd12::1', 'ipv6')).toBe(true);
    expect(envProblems({ NODE_ENV: 'test', TRUSTED_PROXIES: '127.0.0.1,10.0.0.0/8' })).toEqual([]);
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.1/8/1', '*'])
      expect(envProblems({ NODE_ENV: 'test', TRUSTED_PROXIES: bad })).toEqual([
        expect.stringMatching(/^TRUSTED_PROXIES: /),
      ]);
  });
});
