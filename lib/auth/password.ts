import 'server-only';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's baseline cost (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Passwords are hashed in Unicode's composed form (NFC): "Hà Nội" typed with Unikey's combining marks, or pasted from
 * a Mac, is the same password as the same letters typed precomposed.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

/** A password set before passwords were composed is still checked as it was typed. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    const composed = password.normalize('NFC');
    return (await verify(passwordHash, composed)) || (composed !== password && (await verify(passwordHash, password)));
  } catch {
    return false;
  }
}

/** A valid hash to verify against when the user does not exist, so timing does not reveal accounts. */
let dummyHash: Promise<string> | null = null;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  return dummyHash;
}

/**
 * The password hash of an account whose owner has not chosen a password yet (an invited user, the first
 * administrator made by `npm run admin:create`): not an argon2 hash, so no password matches it. The owner sets
 * one through a single-use link (lib/users/links.ts).
 */
export const NO_PASSWORD = '!unset';

/** Whether the account has a password of its own (not an invitation still waiting). */
export function hasPassword(passwordHash: string): boolean {
  return passwordHash !== NO_PASSWORD;
}
