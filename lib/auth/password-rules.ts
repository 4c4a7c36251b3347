import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { hashPassword, verifyPassword } from './password';
import { confirmPassword } from './reauth';
import { endUserLinks, endUserSessions } from './sessions';
import { ownAccount } from './two-factor';
import { msg } from '@/lib/i18n/message';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Passwords people pick first (the most common ones in breach lists, and Vietnamese favourites), compared
 * without case, digits or symbols: "Password123!" is "password". Long ones are listed whole.
 */
const COMMON = new Set(
  [
    'password',
    'passw',
    'qwerty',
    'qwertyuiop',
    'asdfgh',
    'asdfghjkl',
    'zxcvbnm',
    'abc',
    'abcdef',
    'abcdefgh',
    'iloveyou',
    'admin',
    'administrator',
    'welcome',
    'letmein',
    'monkey',
    'dragon',
    'football',
    'baseball',
    'sunshine',
    'princess',
    'superman',
    'batman',
    'master',
    'shadow',
    'trustno',
    'starwars',
    'qazwsx',
    'qwe',
    'matkhau',
    'matkhaucuatoi',
    'anhyeuem',
    'emyeuanh',
    'vietnam',
    'hanoi',
    'saigon',
    'hochiminh',
    'toilaai',
    'caicach',
    'caicachhanhchinh',
    'banchidao',
    'chinhphu',
    'vanphong',
    'thuky',
    'lanhdao',
    'quantri',
    '123456789012',
    '1234567890ab',
    'password1234',
    'qwertyuiop12',
    'iloveyou1234',
    'aaaaaaaaaaaa',
    '111111111111',
    '000000000000',
    '123123123123',
    '147258369147',
    '1q2w3e4r5t6y',
    '1qaz2wsx3edc',
    'zaq12wsxcde3',
    'qwerty123456',
    'abcd12345678',
    'matkhau12345',
    'abc123456789',
  ].map((p) => p.toLowerCase()),
);

const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

/** Why a password is refused, or null when it is acceptable for this user. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return msg('errors.auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  if (password.length > 200) return msg('validation.accounts.passwordTooLong');
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(letters(password)) || /^(.)\1+$/.test(password))
    return msg('errors.auth.passwordTooCommon');
  const local = email.split('@')[0]!.toLowerCase();
  if (local.length >= 4 && lower.includes(local)) return msg('errors.auth.passwordHasAccountName');
  return null;
}

export { changePasswordSchema } from '@/lib/auth/schemas';

/**
 * The user changes their own password: the current one must be right (throttled and audited as at sign-in)
 * and the new one acceptable. Every session of the user ends (the user signs in again), their API tokens stop
 * working (the database bumps `credentialsVersion`), and the change is audited (without the passwords).
 */
export async function changePassword(
  input: { actor: Actor; current: string; next: string; ip?: string | null },
  db?: DbOrTx,
  now = new Date(),
): Promise<void> {
  const d = await resolveDb(db);
  const user = await ownAccount(d, input.actor);
  await confirmPassword(d, { actor: input.actor, user, password: input.current, ip: input.ip ?? null }, now);
  const problem = passwordProblem(input.next, user.email);
  if (problem) throw invalid(problem, { next: problem });
  if (await verifyPassword(user.passwordHash, input.next))
    throw invalid(msg('errors.auth.passwordUnchanged'), { next: msg('errors.auth.passwordUnchanged') });
  const passwordHash = await hashPassword(input.next);
  await d.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await endUserSessions(tx, user.id);
    await endUserLinks(tx, user.id, now);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
