import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { passwordsEnabled } from '@/lib/auth/oidc';
import { NO_PASSWORD } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/db-errors';
import { resolveDb } from '@/lib/db';
import { conflict, invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { issueLink, type IssuedLink } from './links';
import { createAdministratorSchema } from './schemas';

/**
 * Going live without the demo: a new deployment has no account, so the first administrator is made from the
 * server's shell (`npm run admin:create -- --email … --name …`, scripts/admin-create.ts). The account has no
 * password; the command prints a single-use link (lib/users/links.ts) to set it. The sign-in page of a
 * server without an administrator says how (`hasAdministrator`).
 */

/** The command that makes the first administrator, as the sign-in page and the README show it. */
export const ADMIN_CREATE_COMMAND = 'npm run admin:create --';

/**
 * Whether the server runs on the embedded database (no DATABASE_URL): its folder is open in one process only, so
 * `admin:create` waits for the server to stop (db/lock.ts), and the sign-in page says so.
 */
export const usesEmbeddedDatabase = (env: NodeJS.ProcessEnv = process.env): boolean => !env.DATABASE_URL;

/** Whether an active administrator exists (one still to set their password counts: they have their link). */
export async function hasAdministrator(db?: DbOrTx): Promise<boolean> {
  const d = await resolveDb(db);
  const [row] = await d
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true)))
    .limit(1);
  return !!row;
}

/**
 * Makes an administrator without a password and the invitation link to set it (returned, to be printed once:
 * no email is sent, the mail server may not be configured yet); with single sign-on only (AUTH_PASSWORDS=off), no link. Refuses an email that already has an account.
 */
export async function createAdministrator(
  input: { email: string; name: string },
  db?: DbOrTx,
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ userId: number; email: string; link: IssuedLink | null }> {
  const parsed = createAdministratorSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const { email, name } = parsed.data;
  const d = await resolveDb(db);
  const taken = () => conflict(msg('errors.users.links.emailTaken', { email }));
  try {
    return await d.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing) throw taken();
      const [user] = await tx
        .insert(users)
        .values({ email, name, role: 'admin', passwordHash: NO_PASSWORD, createdAt: now, updatedAt: now })
        .returning();
      // With single sign-on only, the administrator signs in through the provider: there is no password to set.
      const link = passwordsEnabled(env)
        ? await issueLink(tx, { user: user!, purpose: 'invite', createdBy: null }, now, env)
        : null;
      await writeAudit(tx, {
        actor: null,
        action: 'user.create',
        entityType: 'user',
        entityId: user!.id,
        after: { email, name, role: 'admin', via: 'admin:create' },
      });
      return { userId: user!.id, email, link };
    });
  } catch (error) {
    // Two commands at once with the same email: the unique index decides, with the same answer.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
