import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { notAnAddressOrRange } from './auth-vocabulary';

/**
 * The client's address, for the sign-in limit per address and the audit trail.
 *
 * What Next.js gives a route handler or server action: headers only, never the socket. Its server (16.x,
 * `base-server.js`) sets `x-forwarded-for` to the socket's address only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so a client that reaches the server directly
 * and writes the header itself replaces its own address with any it likes, and nothing downstream can tell.
 *
 * So the socket's address is taken where it still exists: `installServerEntry()` (lib/http/server-entry.ts, run by
 * instrumentation.ts when the server starts) wraps the HTTP server's `request` event and writes the peer's address into
 * `x-steering-peer`, overwriting anything the client sent, together with a random per-process key that no
 * client knows (a request that arrived before the stamp was installed, or a copied header, does not carry it).
 * Forwarded addresses are then believed only as far as `TRUSTED_PROXIES` (IPs or CIDRs, comma-separated;
 * default none) allows: from a trusted peer, the `x-forwarded-for` entries are read right to left, skipping
 * trusted proxies, and the first other address is the client; from any other peer, the peer is the client.
 */
export const PEER_HEADER = 'x-steering-peer';

const KEY = Symbol.for('steering.peerStampKey');
type WithKey = typeof globalThis & { [KEY]?: string };
/** Shared through globalThis: instrumentation and the route bundles are separate module instances. */
function stampKey(): string {
  const g = globalThis as WithKey;
  return (g[KEY] ??= randomBytes(16).toString('hex'));
}

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is 127.0.0.1; anything else unchanged. */
export function normaliseAddress(address: string | undefined | null): string | null {
  const a = address?.trim();
  if (!a) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

/** Writes the socket's peer address (with this process's key) over whatever the client sent in its place. */
export function stampPeer(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = `${stampKey()} ${normaliseAddress(req.socket?.remoteAddress) ?? '-'}`;
}

/** IPs and CIDRs, comma-separated; throws on a bad entry (lib/env.ts names it at start). */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const prefix = bits === undefined ? undefined : Number(bits);
    if (
      !family ||
      extra !== undefined ||
      (prefix !== undefined && (!/^\d+$/.test(bits!) || prefix > (family === 4 ? 32 : 128)))
    )
      throw new Error(notAnAddressOrRange(entry));
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, prefix, type);
  }
  return list;
}

let cached: { value: string | undefined; list: BlockList } | undefined;
/** The `TRUSTED_PROXIES` of the environment, parsed once per value. */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): BlockList {
  const value = env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, list: parseTrustedProxies(value) };
  return cached.list;
}

const trusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

/**
 * The client's address for this request (see above), or null when it cannot be known: the request was not
 * stamped by this process (so no header can be believed), or a trusted proxy forwarded something that is not
 * an address.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, list: BlockList = trustedProxies()): string | null {
  const stamp = headers.get(PEER_HEADER)?.split(' ');
  if (!stamp || stamp.length !== 2 || stamp[0] !== stampKey()) return null;
  const peer = normaliseAddress(stamp[1]);
  if (!peer || !isIP(peer)) return null;
  if (!trusted(list, peer)) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => normaliseAddress(s))
    .filter((s): s is string => !!s);
  let client = peer;
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const hop = forwarded[i]!;
    if (!isIP(hop)) return null;
    client = hop;
    if (!trusted(list, hop)) break;
  }
  return client;
}
