import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, passwordLinks } from '@/db/schema';

/**
 * The token of a set-password link lives only in its email (lib/users/links.ts: the table keeps its hash). The email's
 * stored copy in `email_outbox` kept the token after the SMTP server took it, and after the link was used or ended: a
 * live reset link of any account in every database copy (a backup, a replica, the application role) and on the
 * administrator's outbox page for the link's 72 hours (attacker pass 33). A copy is kept with its token only while it is
 * the way the link reaches its owner: until it is sent, or, without SMTP (the administrator reads it), until the
 * link is used or ended. Then the token is replaced in the text and the HTML alike.
 */
export const LINK_EMAIL_KEY = 'password-link:';

/** A link's address in an email, up to its token (base64url). PostgreSQL's regular expression, `\1` kept. */
const TOKEN_PATTERN = '(/set-password\\?token=)[A-Za-z0-9_-]+';
/** What stands in place of a token no longer kept. */
export const FORGOTTEN_TOKEN = '[***]';

/** The column's text without link tokens, for a link email's row (other emails are as they were). */
export function withoutLinkToken(column: typeof emailOutbox.text | typeof emailOutbox.html): SQL {
  return sql`case when ${emailOutbox.dedupeKey} like ${`${LINK_EMAIL_KEY}%`}
    then regexp_replace(${column}, ${TOKEN_PATTERN}, ${`\\1${FORGOTTEN_TOKEN}`}, 'g') else ${column} end`;
}

/**
 * Forgets the tokens of a user's link emails whose link can no longer be used (used or ended) or that were sent:
 * called wherever a user's links end. A link still waiting to be sent, or to be read in the outbox, keeps its token.
 */
export async function forgetEndedLinkTokens(tx: DbOrTx, userId: number): Promise<void> {
  await tx
    .update(emailOutbox)
    .set({ text: withoutLinkToken(emailOutbox.text), html: withoutLinkToken(emailOutbox.html) })
    .where(
      and(
        eq(emailOutbox.userId, userId),
        like(emailOutbox.dedupeKey, `${LINK_EMAIL_KEY}%`),
        sql`${emailOutbox.text} ~ ${TOKEN_PATTERN}`,
        sql`(${emailOutbox.status} = 'sent' or not exists (
          select 1 from ${passwordLinks}
          where ${emailOutbox.dedupeKey} = ${LINK_EMAIL_KEY} || ${passwordLinks.id}
            and ${passwordLinks.usedAt} is null and ${passwordLinks.revokedAt} is null))`,
      ),
    );
}
