import { and, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { signInAttempts, users, type User } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { getDummyHash, verifyPassword } from './password';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Email không hợp lệ.' })),
  password: z.string().min(1, { error: 'Vui lòng nhập mật khẩu.' }).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Failed sign-ins allowed per account, and per address, in the window before further tries are refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

export type SignInResult = { ok: true; user: User } | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks a password. Attempts are counted in PostgreSQL (so the limit holds across servers); past
 * the limit the password is not even checked until the window has passed.
 */
export async function authenticate(
  db: DbOrTx,
  input: { email: string; password: string; ip?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? null;
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
  if ((counts?.byAccount ?? 0) >= THROTTLE.perAccount || (counts?.byAddress ?? 0) >= THROTTLE.perAddress) {
    await writeAudit(db, { actor: null, action: 'auth.sign_in_throttled', entityType: 'user', after: { email }, ip });
    return { ok: false, reason: 'throttled' };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = user
    ? (await verifyPassword(user.passwordHash, input.password)) && user.isActive
    : await verifyPassword(await getDummyHash(), input.password).then(() => false);

  await db.insert(signInAttempts).values({ email, ip, succeeded: ok, createdAt: now });
  await writeAudit(db, {
    actor: null,
    action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
    entityType: 'user',
    entityId: user?.id ?? null,
    after: { email },
    ip,
  });
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}
