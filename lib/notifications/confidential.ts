import 'server-only';
import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, notifications, tasks, users } from '@/db/schema';
import { appUrl } from './kinds';
import { CONFIDENTIAL_NOTICE } from './task-events';
import { renderEmail } from './templates';
import { vietnamese } from './words';

/** A title that names the task's agency and dates, and the one a notice written under the mark has instead. */
const NEUTRAL_TITLE: Record<string, string> = { extension_requested: 'extension_requested_confidential' };
/** How much of a directive's text a digest line quotes, and the least of it that names one directive. */
const QUOTED = 30;
const NAMES_ONE = 15;

/**
 * Directives just marked confidential (decision 021): the notices already written about their tasks, the digests that
 * quote them, and their emails, sent or waiting (the administrator reads them in the outbox), lose the text, as they
 * would have been written under the mark (attacker pass 18: only what was written while the mark was on was
 * neutral). A task's notice keeps its link (the task checks who opens it) and gets the neutral line in place of the
 * task's; a title that names the agency and dates gets the neutral one. A digest that quotes one of the texts, in its
 * notice or only in its email (the notice keeps the first three lines), says the neutral line alone.
 * `texts`: the directives' wordings, before and after the save that marked them.
 */
export async function scrubConfidential(
  tx: DbOrTx,
  directiveIds: readonly number[],
  texts: readonly string[],
): Promise<void> {
  if (directiveIds.length === 0) return;
  const quotes = [...new Set(texts.map((t) => t.trim().slice(0, QUOTED)).filter((q) => q.length >= NAMES_ONE))];
  const quoting = (column: SQL | typeof notifications.body | typeof emailOutbox.text): SQL =>
    quotes.length ? or(...quotes.map((q) => sql`strpos(coalesce(${column}, ''), ${q}) > 0`))! : sql`false`;
  const taskLinks = tx
    .select({ link: sql<string>`'/tasks/' || ${tasks.id}` })
    .from(tasks)
    .where(inArray(tasks.directiveId, [...directiveIds]));

  // A digest whose email quotes a text, whether or not its notice (the first three lines) does.
  const quotedDigests = tx
    .select({ key: emailOutbox.dedupeKey })
    .from(emailOutbox)
    .where(and(like(emailOutbox.dedupeKey, 'digest:%'), quoting(emailOutbox.text)));
  const scrubbed = await tx
    .update(notifications)
    .set({
      body: CONFIDENTIAL_NOTICE,
      params: sql`case when ${notifications.params} is null then null
        else jsonb_set(${notifications.params}, '{body}', '{"key":"confidential"}'::jsonb) end`,
    })
    .where(
      or(
        inArray(notifications.link, taskLinks),
        and(
          eq(notifications.kind, 'digest'),
          or(quoting(notifications.body), inArray(notifications.dedupeKey, quotedDigests)),
        ),
      ),
    )
    .returning({
      kind: notifications.kind,
      dedupeKey: notifications.dedupeKey,
      userId: notifications.userId,
      title: notifications.title,
      link: notifications.link,
    });
  for (const n of scrubbed) {
    const neutral = NEUTRAL_TITLE[n.kind];
    if (!neutral) continue;
    n.title = vietnamese(`texts.${neutral}`);
    await tx
      .update(notifications)
      .set({
        title: n.title,
        params: sql`jsonb_set(coalesce(${notifications.params}, '{}'::jsonb), '{title}', ${JSON.stringify({ key: neutral })}::jsonb)`,
      })
      .where(eq(notifications.dedupeKey, n.dedupeKey));
  }

  // Each email written again as it was, with the neutral line (and title).
  if (scrubbed.length === 0) return;
  const ids = [...new Set(scrubbed.map((r) => r.userId))];
  const names = new Map(
    (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [
      u.id,
      u.name,
    ]),
  );
  for (const r of scrubbed) {
    const mail = renderEmail(
      { title: r.title, lines: [CONFIDENTIAL_NOTICE], link: r.link ? `${appUrl()}${r.link}` : null },
      names.get(r.userId) ?? '',
    );
    await tx
      .update(emailOutbox)
      .set({ subject: mail.subject, text: mail.text, html: mail.html })
      .where(eq(emailOutbox.dedupeKey, r.dedupeKey));
  }
}
