import 'server-only';
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { directives, emailOutbox, notifications, tasks, users } from '@/db/schema';
import { appUrl } from './kinds';
import { CONFIDENTIAL_NOTICE } from './task-events';
import { renderEmail } from './templates';

/**
 * Directives just marked confidential (decision 021): the notices already written about their tasks, and the
 * digests that quote them, lose their text, and so do their emails, sent or waiting, which the administrator reads
 * in the outbox (attacker pass 18: only what was written while the mark was on was neutral). Each email is written
 * again as it was, with the neutral line in place of the task's lines; the link still leads to the task, which checks.
 */
export async function scrubConfidential(tx: DbOrTx, directiveIds: readonly number[]): Promise<void> {
  if (directiveIds.length === 0) return;
  const taskLinks = tx
    .select({ link: sql<string>`'/tasks/' || ${tasks.id}` })
    .from(tasks)
    .where(inArray(tasks.directiveId, [...directiveIds]));
  // A digest quotes a task by the start of its directive's text.
  const quoted = sql`exists (select 1 from ${directives} d where d.id in ${[...directiveIds]}
    and strpos(coalesce(${notifications.body}, ''), left(d.text, 30)) > 0)`;
  const scrubbed = await tx
    .update(notifications)
    .set({
      body: CONFIDENTIAL_NOTICE,
      params: sql`case when ${notifications.params} is null then null
        else jsonb_set(${notifications.params}, '{body}', '{"key":"confidential"}'::jsonb) end`,
    })
    .where(or(inArray(notifications.link, taskLinks), and(eq(notifications.kind, 'digest'), quoted)))
    .returning({
      dedupeKey: notifications.dedupeKey,
      userId: notifications.userId,
      title: notifications.title,
      link: notifications.link,
    });
  if (scrubbed.length === 0) return;
  const names = new Map(
    (
      await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(
          inArray(
            users.id,
            scrubbed.map((s) => s.userId),
          ),
        )
    ).map((u) => [u.id, u.name]),
  );
  for (const s of scrubbed) {
    const mail = renderEmail(
      { title: s.title, lines: [CONFIDENTIAL_NOTICE], link: s.link ? `${appUrl()}${s.link}` : null },
      names.get(s.userId) ?? '',
    );
    await tx
      .update(emailOutbox)
      .set({ text: mail.text, html: mail.html })
      .where(and(eq(emailOutbox.dedupeKey, s.dedupeKey), isNotNull(emailOutbox.text)));
  }
}
