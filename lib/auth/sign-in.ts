import { and, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { signInAttempts, users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { getDummyHash, verifyPassword } from './password';
import { readTicket } from './totp';
import { acceptCode } from './two-factor';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Email không hợp lệ.' })),
  password: z.string().min(1, { error: 'Vui lòng nhập mật khẩu.' }).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The second step: the ticket from the password step and the 6-digit code from the authenticator app. */
export const secondFactorSchema = z.object({
  ticket: z.string().min(1).max(500),
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số.' })),
});

/**
 * The client's address, as the proxy in front of the app saw it: the last X-Forwarded-For entry, the one nginx
 * (`$proxy_add_x_forwarded_for`) appends, or the socket's address, which Next.js puts there when no proxy did.
 * Earlier entries are whatever the client sent and must not count: with them, changing the header on every
 * try would escape the limit per address.
 */
export function clientAddress(headers: Headers): string | null {
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null;
}

/** Failed sign-ins allowed per account, and per address, in the window before further tries are refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

export type SignInResult =
  | { ok: true; user: User }
  /**
   * `second_factor`: the password was right and the account has a second factor; the caller issues a
   * ticket (`issueTicket`) for the code step.
   */
  | { ok: false; reason: 'invalid' | 'throttled' | 'second_factor' };

/**
 * Failed attempts are counted in PostgreSQL (so the limit holds across servers); past the limit the
 * password or code is not even checked until the window has passed.
 */
async function isThrottled(db: DbOrTx, email: string, ip: string | null, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [counts] = await db
    .select({
      byAccount: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email})`.mapWith(Number),
      byAddress: ip
        ? sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})`.mapWith(Number)
        : sql<number>`0`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, false), gte(signInAttempts.createdAt, since)));
  if ((counts?.byAccount ?? 0) < THROTTLE.perAccount && (counts?.byAddress ?? 0) < THROTTLE.perAddress) return false;
  await writeAudit(db, { actor: null, action: 'auth.sign_in_throttled', entityType: 'user', after: { email }, ip });
  return true;
}

async function record(
  db: DbOrTx,
  attempt: { email: string; ip: string | null; ok: boolean; user?: User; action: string },
  now: Date,
): Promise<void> {
  await db
    .insert(signInAttempts)
    .values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.ok, createdAt: now });
  await writeAudit(db, {
    actor: null,
    action: attempt.action,
    entityType: 'user',
    entityId: attempt.user?.id ?? null,
    after: { email: attempt.email },
    ip: attempt.ip,
  });
}

/** The password step. An account with a second factor gets a ticket for the code step, not a session. */
export async function authenticate(
  db: DbOrTx,
  input: { email: string; password: string; ip?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? null;
  if (await isThrottled(db, email, ip, now)) return { ok: false, reason: 'throttled' };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = user
    ? (await verifyPassword(user.passwordHash, input.password)) && user.isActive
    : await verifyPassword(await getDummyHash(), input.password).then(() => false);

  if (ok && user?.totpEnabledAt) {
    await writeAudit(db, { actor: null, action: 'auth.password_ok', entityType: 'user', entityId: user.id, ip });
    return { ok: false, reason: 'second_factor' };
  }
  await record(db, { email, ip, ok, user, action: ok ? 'auth.sign_in' : 'auth.sign_in_failed' }, now);
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}

/** The code step. A wrong code counts as a failed sign-in of the account; a code is accepted once. */
export async function authenticateSecondFactor(
  db: DbOrTx,
  input: { ticket: string; code: string; ip?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = readTicket(input.ticket, now);
  const ip = input.ip ?? null;
  if (!email) return { ok: false, reason: 'invalid' };
  if (await isThrottled(db, email, ip, now)) return { ok: false, reason: 'throttled' };
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = !!user && user.isActive && (await acceptCode(db, user, input.code, now));
  await record(db, { email, ip, ok, user, action: ok ? 'auth.sign_in' : 'auth.totp_failed' }, now);
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}
