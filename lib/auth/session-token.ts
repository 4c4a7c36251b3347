import 'server-only';
import { hkdfSync } from 'node:crypto';
import { base64url, calculateJwkThumbprint, jwtDecrypt } from 'jose';

/** What the session cookie carries (lib/auth/config.ts's jwt callback). */
export type SessionClaims = { uid?: number; sv?: number; sid?: string };

const COOKIE = 'authjs.session-token';
const SECURE_COOKIE = `__Secure-${COOKIE}`;
/** Auth.js's own tolerance for the token's expiry (`@auth/core/jwt`). */
const CLOCK_TOLERANCE_SECONDS = 15;

type Key = { key: Uint8Array; kid: string };
const keys = new Map<string, Promise<Key>>();

/**
 * The key Auth.js derives from the secret for a cookie (HKDF over the cookie's name, `@auth/core/jwt`
 * getDerivedEncryptionKey) and its thumbprint (the token's `kid`), derived once per process instead of once per
 * request.
 */
function derivedKey(secret: string, salt: string, enc: string): Promise<Key> {
  const length = enc === 'A256CBC-HS512' ? 64 : enc === 'A256GCM' ? 32 : 0;
  if (!length) return Promise.reject(new Error('unsupported content encryption'));
  const memo = `${salt}\n${enc}\n${secret}`;
  let found = keys.get(memo);
  if (!found) {
    const key = new Uint8Array(hkdfSync('sha256', secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
    found = calculateJwkThumbprint({ kty: 'oct', k: base64url.encode(key) }, `sha${length << 3}` as 'sha256').then(
      (kid) => ({ key, kid }),
    );
    keys.set(memo, found);
  }
  return found;
}

/** Whether Auth.js would use its `__Secure-` cookie for this request: the public address's scheme, as it reads it. */
export function usesSecureCookie(
  forwardedProto: string | null,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).protocol === 'https:';
    } catch {
      return false;
    }
  }
  return (forwardedProto ?? 'https').replace(/:$/, '') === 'https';
}

/**
 * The session cookie's value as Auth.js reassembles it: the cookie itself, or its chunks `name.0`, `name.1`, … in
 * order (a token over 4 KB is split).
 */
function cookieValue(cookies: readonly { name: string; value: string }[], name: string): string | null {
  const seen = new Set<string>();
  const parts = cookies
    .filter(
      (c) => c.name === name || (c.name.startsWith(`${name}.`) && /^\d{1,3}$/.test(c.name.slice(name.length + 1))),
    )
    // A name sent twice (a cookie set from a sibling domain): the first one, as Auth.js's parser keeps it.
    .filter((c) => !seen.has(c.name) && seen.add(c.name))
    .map((c) => ({ index: c.name === name ? 0 : Number(c.name.slice(name.length + 1)), value: c.value }))
    .sort((a, b) => a.index - b.index);
  return parts.length ? parts.map((p) => p.value).join('') : null;
}

/** A Cookie header's pairs in the order sent (Next.js's cookie store keeps the last of a name sent twice). */
export function cookiePairs(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  return header.split(';').flatMap((pair) => {
    const at = pair.indexOf('=');
    if (at < 0) return [];
    const name = pair.slice(0, at).trim();
    let value = pair.slice(at + 1).trim();
    if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return name ? [{ name, value }] : [];
  });
}

/**
 * The claims of this request's session cookie, or null when it has none or the token does not decrypt, is not
 * ours or has expired: what next-auth's `auth()` reads, without its whole request cycle (it built a Request,
 * decrypted the token, then encrypted a renewed one that a server component cannot send: about 3 ms a page).
 * The token is Auth.js's (A256CBC-HS512 or A256GCM with a key derived from AUTH_SECRET and the cookie's name).
 */
export async function readSessionClaims(
  cookies: readonly { name: string; value: string }[],
  secure: boolean,
  secret: string,
): Promise<SessionClaims | null> {
  const name = secure ? SECURE_COOKIE : COOKIE;
  const token = cookieValue(cookies, name);
  if (!token) return null;
  const memo = `${name}\n${token}`;
  const kept = readTokens.get(secret);
  const known = kept?.get(memo);
  if (known) {
    kept!.delete(memo);
    if (!stillValid(known)) return null;
    kept!.set(memo, known);
    return known;
  }
  try {
    const { payload } = await jwtDecrypt(
      token,
      async ({ kid, enc }) => {
        const derived = await derivedKey(secret, name, enc);
        if (kid !== undefined && kid !== derived.kid) throw new Error('no matching key');
        return derived.key;
      },
      {
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256CBC-HS512', 'A256GCM'],
      },
    );
    remember(secret, memo, payload as SessionClaims & { exp?: number });
    return payload as SessionClaims;
  } catch {
    return null;
  }
}

/**
 * Tokens this process has decrypted and found valid, by cookie name and token, per secret: a signed-in reader sends the
 * same token with every page (Auth.js renews it at most once a day, `updateAge`), and decrypting it again cost 0.15–0.4
 * ms a page (jose's WebCrypto calls, each a job on libuv's pool). The same bytes decrypt to the same claims, so a hit
 * gives what jose would give, but for time: the expiry is checked again on every hit (with jose's tolerance; a `nbf`
 * that passed stays passed). What the claims are then worth is still decided by the database on every request (the
 * session not ended, the user's version, the user active: lib/auth/actor.ts). Only valid tokens are kept (a made-up
 * one costs its sender the decryption, as before), at most MAX_KEPT, the least recently used dropped first.
 */
const readTokens = new Map<string, Map<string, SessionClaims & { exp?: number }>>();
const MAX_KEPT = 5000;

function stillValid(claims: { exp?: number }, now = Date.now()): boolean {
  // jose's check (`exp <= now - tolerance` is expired), on the same whole seconds.
  return claims.exp === undefined || claims.exp > Math.floor(now / 1000) - CLOCK_TOLERANCE_SECONDS;
}

function remember(secret: string, memo: string, claims: SessionClaims & { exp?: number }): void {
  let kept = readTokens.get(secret);
  if (!kept) readTokens.set(secret, (kept = new Map()));
  kept.set(memo, Object.freeze(claims));
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
}
