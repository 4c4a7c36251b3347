import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, passwordLinks, signInAttempts, users, type User } from '@/db/schema';
import { hitRateLimit } from '@/lib/api/rate-limit';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-rules';
import { endUserLinks, endUserSessions } from '@/lib/auth/sessions';
import { oidcSettings, passwordsEnabled } from '@/lib/auth/oidc';
import { resolveDb } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import { appUrl } from '@/lib/notifications/kinds';
import { forgetEndedLinkTokens, LINK_EMAIL_KEY } from '@/lib/notifications/link-secrets';
import { assertCan, type Actor } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { LINK_HOURS, type LinkPurpose } from './schemas';

/**
 * Single-use links to set a password: the invitation of a new user (the first administrator included) and the
 * reset a user asks for ("Quên mật khẩu?") or the administrator sends. One machinery for both:
 *
 * - the token is 32 random bytes (base64url) and lives only in the link; the table keeps its SHA-256, and a
 *   link is found by that hash alone (a copy of the database opens no account);
 * - a link works once, for LINK_HOURS, for an active account; a newer link of the same user ends the older
 *   ones, and so does setting the password;
 * - setting the password checks the password rules, ends every session of the user (`sessionVersion`), and is
 *   audited; the token is never logged nor audited.
 */

/**
 * Requests of a reset link allowed in a window, counted in PostgreSQL: per address typed from one client, per address
 * typed from all clients (the mailbox's flood limit), and per client whatever the address. One client may use only
 * part of an address's allowance, so a stranger cannot use up what the owner needs (attacker pass 23).
 */
export const RESET_THROTTLE = { windowMinutes: 15, perEmailFromClient: 3, perEmail: 10, perAddress: 20 } as const;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** The stored form of a token: base64url of its SHA-256. */
export function hashToken(token: string): string {
  return sha256(token);
}

/** The page a link opens. */
export function setPasswordUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${appUrl(env)}/set-password?token=${token}`;
}

export type IssuedLink = { linkId: number; token: string; url: string; expiresAt: Date };

/**
 * Makes a new link for `user` in the caller's transaction, ending their earlier unused links: all of them when the
 * administrator sends it, only earlier requested ones when anyone asks on "Quên mật khẩu?" (an anonymous request
 * voided the invitation the administrator had sent: attacker pass 23). The token is returned to be sent or printed
 * once; only its hash is stored.
 */
export async function issueLink(
  tx: DbOrTx,
  input: { user: Pick<User, 'id'>; purpose: LinkPurpose; createdBy: Actor | null },
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<IssuedLink> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_HOURS * 3_600_000);
  await endUserLinks(tx, input.user.id, now, input.createdBy ? 'all' : 'requested');
  const [row] = await tx
    .insert(passwordLinks)
    .values({
      userId: input.user.id,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      createdByUserId: input.createdBy?.userId ?? null,
      expiresAt,
      createdAt: now,
    })
    .returning({ id: passwordLinks.id });
  return { linkId: row!.id, token, url: setPasswordUrl(token, env), expiresAt };
}

/**
 * Invitations for accounts just made (no earlier link to end), in a few statements however many: a link each,
 * and its email queued in the outbox of the caller's transaction (lib/users/mutations.ts `insertInvitedUsers`).
 */
export async function inviteNewUsers(
  tx: DbOrTx,
  input: { users: User[]; createdBy: Actor | null },
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (!passwordsEnabled(env)) {
    for (let i = 0; i < input.users.length; i += 1000)
      await tx.insert(emailOutbox).values(input.users.slice(i, i + 1000).map((user) => signInEmail(user, env)));
    return;
  }
  const expiresAt = new Date(now.getTime() + LINK_HOURS * 3_600_000);
  for (let i = 0; i < input.users.length; i += 1000) {
    const batch = input.users.slice(i, i + 1000);
    const tokens = batch.map(() => randomBytes(32).toString('base64url'));
    const links = await tx
      .insert(passwordLinks)
      .values(
        batch.map((user, j) => ({
          userId: user.id,
          purpose: 'invite' as const,
          tokenHash: hashToken(tokens[j]!),
          createdByUserId: input.createdBy?.userId ?? null,
          expiresAt,
          createdAt: now,
        })),
      )
      .returning({ id: passwordLinks.id });
    await tx.insert(emailOutbox).values(
      batch.map((user, j) => ({
        userId: user.id,
        toAddress: user.email,
        ...renderLinkEmail(user, 'invite', { url: setPasswordUrl(tokens[j]!, env), expiresAt }),
        dedupeKey: `${LINK_EMAIL_KEY}${links[j]!.id}`,
      })),
    );
  }
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The email that carries a link, in the recipient's language, queued in the outbox (sent by the mailer job). */
export function renderLinkEmail(
  user: Pick<User, 'name' | 'email' | 'locale'>,
  purpose: LinkPurpose,
  link: Pick<IssuedLink, 'url' | 'expiresAt'>,
): { subject: string; text: string; html: string } {
  const locale = user.locale === 'en' ? 'en' : 'vi';
  const t = translatorFor(locale);
  const subject = t(purpose === 'invite' ? 'links.mail.inviteSubject' : 'links.mail.resetSubject');
  const greeting = t('links.mail.greeting', { name: user.name });
  const body = t(purpose === 'invite' ? 'links.mail.inviteBody' : 'links.mail.resetBody', { email: user.email });
  const expires = t('links.mail.expires', { date: formatDateTime(link.expiresAt) });
  const ignore = t('links.mail.ignore');
  const footer = t('links.mail.footer');
  const text = [
    greeting,
    '',
    body,
    '',
    `${t('links.mail.link')}: ${link.url}`,
    '',
    expires,
    ...(purpose === 'reset' ? [ignore] : []),
    '',
    footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">
<p>${escape(greeting)}</p>
<p>${escape(body)}</p>
<p><a href="${escape(link.url)}">${escape(t('links.mail.link'))}</a></p>
<p>${escape(expires)}</p>
${purpose === 'reset' ? `<p>${escape(ignore)}</p>` : ''}
<p style="color:#475569;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}

export async function queueLinkEmail(tx: DbOrTx, user: User, purpose: LinkPurpose, link: IssuedLink): Promise<void> {
  await tx.insert(emailOutbox).values({
    userId: user.id,
    toAddress: user.email,
    ...renderLinkEmail(user, purpose, link),
    dedupeKey: `${LINK_EMAIL_KEY}${link.linkId}`,
  });
}

/**
 * With single sign-on only (AUTH_PASSWORDS=off) there is no password to set, so an invitation carries no link: it
 * says where to sign in, through which provider, with which email (decision 060). A set-password link would be a
 * second way into the account, dormant until passwords are turned back on.
 */
export function renderSignInEmail(
  user: Pick<User, 'name' | 'email' | 'locale'>,
  env: NodeJS.ProcessEnv = process.env,
): { subject: string; text: string; html: string } {
  const locale = user.locale === 'en' ? 'en' : 'vi';
  const t = translatorFor(locale);
  const url = `${appUrl(env)}/sign-in`;
  const subject = t('links.mail.ssoSubject');
  const greeting = t('links.mail.greeting', { name: user.name });
  const body = t('links.mail.ssoBody', { email: user.email, provider: oidcSettings(env)?.name ?? 'SSO' });
  const footer = t('links.mail.footer');
  const text = [greeting, '', body, '', `${t('links.mail.ssoLink')}: ${url}`, '', footer].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">
<p>${escape(greeting)}</p>
<p>${escape(body)}</p>
<p><a href="${escape(url)}">${escape(t('links.mail.ssoLink'))}</a></p>
<p style="color:#475569;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}

/** The outbox row of a sign-in invitation (`renderSignInEmail`). */
function signInEmail(user: User, env: NodeJS.ProcessEnv) {
  return {
    userId: user.id,
    toAddress: user.email,
    ...renderSignInEmail(user, env),
    dedupeKey: `sign-in-invite:${randomUUID()}`,
  };
}

/**
 * Invites one existing account again, in the caller's transaction: a set-password link by email, or with single
 * sign-on only, the sign-in invitation (and any link still open ends). Returns when the link expires (null: no link).
 */
export async function inviteUser(
  tx: DbOrTx,
  input: { user: User; createdBy: Actor | null },
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<Date | null> {
  if (!passwordsEnabled(env)) {
    await endUserLinks(tx, input.user.id, now);
    await tx.insert(emailOutbox).values(signInEmail(input.user, env));
    return null;
  }
  const link = await issueLink(tx, { user: input.user, purpose: 'invite', createdBy: input.createdBy }, now, env);
  await queueLinkEmail(tx, input.user, 'invite', link);
  return link.expiresAt;
}

/**
 * What the administrator's button sends a user (/admin/users): a link to set a new password, the invitation again to
 * someone who has not set one, or with single sign-on only, the sign-in invitation to anyone.
 */
export function linkToSend(passwordSet: boolean, env: NodeJS.ProcessEnv = process.env): 'reset' | 'invite' | 'signIn' {
  if (!passwordsEnabled(env)) return 'signIn';
  return passwordSet ? 'reset' : 'invite';
}

/** The button's words for `linkToSend`. */
export const LINK_LABEL = { reset: 'sendReset', invite: 'resendInvite', signIn: 'sendSignIn' } as const;

/**
 * The administrator sends a user a link (from /admin/users): `invite` again for someone who has not set a
 * password yet, `reset` to have them choose a new one. The current password keeps working until the link is
 * used (to lock someone out at once, disable the account). A disabled account gets no link. With single sign-on only,
 * `invite` sends the sign-in invitation and `reset` is refused (`inviteUser`).
 */
export async function sendUserLink(
  input: { actor: Actor; userId: number; purpose: LinkPurpose },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ email: string }> {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw notFound(msg('errors.users.links.userNotFound'));
    if (!user.isActive) throw invalid(msg('errors.users.links.userDisabled'));
    // AUTH_PASSWORDS=off: there is no password to reset; an invitation says how to sign in (decision 060).
    if (input.purpose === 'reset' && !passwordsEnabled()) throw invalid(msg('errors.sso.passwordsOff'));
    let expiresAt: Date | null;
    if (input.purpose === 'invite') expiresAt = await inviteUser(tx, { user, createdBy: input.actor }, now);
    else {
      const link = await issueLink(tx, { user, purpose: 'reset', createdBy: input.actor }, now);
      await queueLinkEmail(tx, user, 'reset', link);
      expiresAt = link.expiresAt;
    }
    await writeAudit(tx, {
      actor: input.actor,
      action: input.purpose === 'invite' ? 'user.invite_sent' : 'user.reset_sent',
      entityType: 'user',
      entityId: user.id,
      after: { purpose: input.purpose, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { email: user.email };
  });
}

/**
 * "Quên mật khẩu?": sends a reset link to the address when it is an active account's. The answer is the same
 * whether or not it is (nothing is returned, nothing differs but the email); requests are throttled per address
 * typed and per client address (whether or not the account exists), and audited.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string | null },
  db?: DbOrTx,
  now = new Date(),
): Promise<void> {
  // AUTH_PASSWORDS=off: there is no password to reset (decision 030).
  if (!passwordsEnabled()) throw invalid(msg('errors.sso.passwordsOff'));
  const d = await resolveDb(db);
  const email = input.email.trim().toLowerCase();
  const window = RESET_THROTTLE.windowMinutes * 60;
  const [byEmailFromClient, byAddress] = input.ip
    ? await Promise.all([
        hitRateLimit(
          d,
          `reset:email-ip:${sha256(`${email} ${input.ip}`)}`,
          RESET_THROTTLE.perEmailFromClient,
          window,
          now,
        ),
        hitRateLimit(d, `reset:ip:${input.ip}`, RESET_THROTTLE.perAddress, window, now),
      ])
    : [null, null];
  // The address's own count moves only for a request its client may make: refused ones do not use up the owner's.
  const clientRefused = byEmailFromClient?.allowed === false || byAddress?.allowed === false;
  const byEmail = clientRefused
    ? null
    : await hitRateLimit(d, `reset:email:${sha256(email)}`, RESET_THROTTLE.perEmail, window, now);
  if (clientRefused || byEmail?.allowed === false) {
    // The first refusal of each address and each client in a window is audited, not every one: an anonymous client
    // repeating the request wrote a row each time into a table no one may shrink (attacker pass 18).
    const first = (r: { hits: number; limit: number } | null) => r !== null && r.hits === r.limit + 1;
    if (first(byEmail) || first(byEmailFromClient) || first(byAddress))
      await writeAudit(d, {
        actor: null,
        action: 'auth.reset_throttled',
        entityType: 'user',
        after: { email },
        ip: input.ip,
      });
    throw invalid(msg('errors.users.links.throttled'));
  }
  await d.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email)).for('update');
    const sent = !!user && user.isActive;
    if (sent) {
      const link = await issueLink(tx, { user, purpose: 'reset', createdBy: null }, now);
      await queueLinkEmail(tx, user, 'reset', link);
    }
    await writeAudit(tx, {
      actor: null,
      action: 'auth.reset_requested',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email, sent },
      ip: input.ip,
    });
  });
}

/** Why a link cannot be used; each has its message (errors.users.links.*). */
export type LinkProblem = 'invalid' | 'used' | 'expired' | 'revoked' | 'disabled';

export type LinkState =
  { ok: true; purpose: LinkPurpose; email: string } | { ok: false; problem: LinkProblem; message: string };

const problemMessage = (problem: LinkProblem) => msg(`errors.users.links.${problem}`);

function judge(
  link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | undefined,
  user: Pick<User, 'isActive'> | undefined,
  now: Date,
): LinkProblem | null {
  if (!link || !user) return 'invalid';
  if (link.usedAt) return 'used';
  // A disabled account's links end with it; while it is disabled, that is what its owner is told.
  if (!user.isActive) return 'disabled';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

/** What the set-password page shows for a token: the form (with the account's email) or why it cannot be used. */
export async function inspectLink(token: string, db?: DbOrTx, now = new Date()): Promise<LinkState> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, problem: 'invalid', message: problemMessage('invalid') };
  const d = await resolveDb(db);
  const [row] = await d
    .select({ link: passwordLinks, user: { email: users.email, isActive: users.isActive } })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(eq(passwordLinks.tokenHash, hashToken(token)));
  const problem = judge(row?.link, row?.user, now);
  if (problem) return { ok: false, problem, message: problemMessage(problem) };
  return { ok: true, purpose: row!.link.purpose, email: row!.user.email };
}

/**
 * Sets the password through a link: the link must be unused, unexpired, not replaced, and its account active;
 * the password must pass the rules. Then, in one transaction: the password is stored, every session of the user
 * ends, the link is used (and the user's other links end), and the change is audited. A link that cannot be used
 * changes nothing. Returns the account's email (to prefill the sign-in).
 */
export async function setPasswordWithLink(
  input: { token: string; password: string; ip?: string | null },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ email: string }> {
  // AUTH_PASSWORDS=off: a link sent before passwords were turned off sets nothing (decision 060).
  if (!passwordsEnabled()) throw invalid(msg('errors.sso.passwordsOff'));
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(passwordLinks)
      .where(eq(passwordLinks.tokenHash, hashToken(input.token)))
      .for('update');
    const [user] = link ? await tx.select().from(users).where(eq(users.id, link.userId)).for('update') : [];
    const problem = judge(link, user, now);
    if (problem) throw invalid(problemMessage(problem));
    const refused = passwordProblem(input.password, user!.email);
    if (refused) throw invalid(refused, { password: refused });
    const passwordHash = await hashPassword(input.password);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, user!.id));
    await endUserSessions(tx, user!.id, now);
    // The owner proved the account theirs: the failed tries that locked it out no longer count.
    await tx
      .delete(signInAttempts)
      .where(and(eq(signInAttempts.email, user!.email), eq(signInAttempts.succeeded, false)));
    await tx.update(passwordLinks).set({ usedAt: now }).where(eq(passwordLinks.id, link!.id));
    await tx
      .update(passwordLinks)
      .set({ revokedAt: now })
      .where(
        and(
          eq(passwordLinks.userId, user!.id),
          ne(passwordLinks.id, link!.id),
          isNull(passwordLinks.usedAt),
          isNull(passwordLinks.revokedAt),
        ),
      );
    await forgetEndedLinkTokens(tx, user!.id);
    await writeAudit(tx, {
      actor: null,
      action: 'user.password_set',
      entityType: 'user',
      entityId: user!.id,
      after: { purpose: link!.purpose, linkId: link!.id },
      ip: input.ip ?? null,
    });
    return { email: user!.email };
  });
}
