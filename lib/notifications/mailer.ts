import 'server-only';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db, Tx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { withoutLinkToken } from './link-secrets';
import { vietnamese } from './words';

const MAX_ATTEMPTS = 3;

/** Whether email leaves the machine: an SMTP server is configured. Otherwise emails stay in the outbox. */
export function smtpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL);
}

let cached: { url: string; transport: Transporter } | null = null;
async function transportFor(url: string): Promise<Transporter> {
  if (cached?.url === url) return cached.transport;
  const nodemailer = await import('nodemailer');
  const transport = nodemailer.createTransport(url);
  cached = { url, transport };
  return transport;
}

/**
 * Sends the pending emails of the outbox through SMTP (`SMTP_URL`), or, when none is configured, marks
 * them kept: the administrator reads them in the app (Hộp thư đi). Each email is claimed with `skip locked`,
 * so two servers never send the same one, and recorded as sent in its own transaction as soon as the SMTP
 * server took it: a server stopped in the middle of a pass (a restart, a deploy) sends again at most the one
 * email it was sending, where a pass in one transaction sent its whole batch again. A failed send is retried on
 * later runs, three times in all.
 */
export async function deliverOutbox(
  db: Db,
  options: { env?: NodeJS.ProcessEnv; limit?: number } = {},
): Promise<{ sent: number; kept: number; failed: number }> {
  const env = options.env ?? process.env;
  const limit = options.limit ?? 50;
  const result = { sent: 0, kept: 0, failed: 0 };
  const pending = (tx: Tx, tried: number[], n: number) =>
    tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), tried.length ? notInArray(emailOutbox.id, tried) : undefined))
      .orderBy(asc(emailOutbox.id))
      .limit(n)
      .for('update', { skipLocked: true });
  if (!smtpConfigured(env)) {
    // Nothing leaves the server: the batch is marked at once.
    await db.transaction(async (tx) => {
      const batch = await pending(tx, [], limit);
      if (batch.length === 0) return;
      await tx
        .update(emailOutbox)
        .set({ status: 'kept' })
        .where(
          inArray(
            emailOutbox.id,
            batch.map((m) => m.id),
          ),
        );
      result.kept = batch.length;
    });
    return result;
  }
  const transport = await transportFor(env.SMTP_URL!);
  const from = env.MAIL_FROM ?? `${vietnamese('email.sender')} <no-reply@localhost>`;
  // Emails tried in this pass: one that failed is back to pending, for a later pass, not this one.
  const tried: number[] = [];
  while (tried.length < limit) {
    const more = await db.transaction(async (tx) => {
      const [mail] = await pending(tx, tried, 1);
      if (!mail) return false;
      tried.push(mail.id);
      try {
        await transport.sendMail({
          from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? undefined,
        });
        await tx
          .update(emailOutbox)
          .set({
            status: 'sent',
            sentAt: new Date(),
            attempts: sql`${emailOutbox.attempts} + 1`,
            error: null,
            // Delivered: a set-password link's token is no longer kept (lib/notifications/link-secrets.ts).
            text: withoutLinkToken(emailOutbox.text),
            html: withoutLinkToken(emailOutbox.html),
          })
          .where(eq(emailOutbox.id, mail.id));
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await tx
          .update(emailOutbox)
          .set({
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            error: error instanceof Error ? error.message.slice(0, 500) : String(error),
          })
          .where(eq(emailOutbox.id, mail.id));
        result.failed++;
      }
      return true;
    });
    if (!more) break;
  }
  return result;
}
