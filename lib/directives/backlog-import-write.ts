import 'server-only';
import { createHash } from 'node:crypto';
import { like, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { agencies, directives } from '@/db/schema';
import { existingByName } from '@/lib/agencies/from-notice';
import { lockAgencyName } from '@/lib/agencies/mutations';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { assignDirective } from '@/lib/tasks/assign';
import { updateTaskProgress } from '@/lib/tasks/progress';
import { vnDate, vnToInstant, type IsoDate } from '@/lib/time';
import { foldVi } from '@/lib/text';
import { readBacklog, type BacklogRow } from './backlog-import';
import { IMPORTED_COMPLETION, IMPORTED_NOTE } from './backlog-vocabulary';
import type { BacklogImportInput } from './schemas';

export type BacklogImportResult = {
  directives: number;
  tasks: number;
  /** Rows of an earlier import (or twice in this file), skipped. */
  alreadyImported: number;
  agenciesCreated: number;
};

const nameKey = (text: string) => foldVi(text.normalize('NFC')).replace(/[^a-z0-9]/g, '');

/** A code for an agency made by an import: IMP- and a digest of its name, numbered if taken. */
async function agencyCode(tx: Tx, name: string): Promise<string> {
  const base = `IMP-${createHash('sha256').update(nameKey(name)).digest('hex').slice(0, 8).toUpperCase()}`;
  const taken = new Set(
    (
      await tx
        .select({ code: agencies.code })
        .from(agencies)
        .where(like(agencies.code, `${base}%`))
    ).map((r) => r.code),
  );
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * Imports a backlog sheet in one transaction (decision 027): the agencies the secretariat chose to create, then
 * per row a directive with no session (its source document, date and import key) and its tasks through
 * `assignDirective` (assigned on the document's date), and the row's status, completion and latest report
 * through `updateTaskProgress`, so imported tasks reach every report as entered ones do (their tally changes made
 * once, at the end: decision 100). A row with a problem
 * refuses the whole import; rows imported before (same import key) are skipped and counted. One
 * `directive.import` audit row with the counts, beside the records' own.
 */
export async function importBacklog(
  input: { actor: Actor; values: BacklogImportInput; today?: IsoDate; now?: Date },
  db?: DbOrTx,
): Promise<BacklogImportResult> {
  assertCan(input.actor, 'directive.manage');
  assertCan(input.actor, 'task.assign');
  const d = await resolveDb(db);
  const now = input.now ?? new Date();
  const today = input.today ?? vnDate(now);
  return d.transaction(async (tx) => {
    // One import at a time (attacker pass 34): the same file sent twice at once read its rows as new in both
    // transactions, and the second failed on the agency code the first had taken (a raw database error). Waiting here,
    // the second reads the first's rows as imported.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('backlog-import'))`);
    // The report tallies count the tasks made here once, at the end (decision 100), not a write at a time.
    await tx.execute(sql`select task_tallies_defer()`);
    const { sheet, missing, rows } = await readBacklog({ ...input, today }, tx);
    if (missing.length)
      throw invalid(msg('errors.backlog.missingColumns', { count: missing.length }), {
        mapping: msg('errors.backlog.missingColumns', { count: missing.length }),
      });
    const withProblems = rows.filter((r) => r.state === 'problem');
    if (withProblems.length)
      throw invalid(
        msg('errors.backlog.hasProblems', {
          count: withProblems.length,
          line: withProblems[0]!.line,
        }),
      );
    const todo = rows.filter((r) => r.state === 'ready');

    // Agencies to create: the names chosen "create" that a row to import uses.
    const created = new Map<string, number>();
    let agenciesCreated = 0;
    const kindOf = new Map(input.values.agencies.map((a) => [nameKey(a.name), a.kind]));
    for (const r of todo)
      for (const a of [...r.leads, ...r.coordinators]) {
        if (a.agencyId !== null || created.has(nameKey(a.name))) continue;
        // A body of this name added meanwhile (a notice's review, the agencies form) is used, not made again.
        await lockAgencyName(tx, a.name);
        const same = await existingByName(tx, a.name);
        if (same) {
          created.set(nameKey(a.name), same.agencyId);
          continue;
        }
        const [agency] = await tx
          .insert(agencies)
          .values({
            code: await agencyCode(tx, a.name),
            name: a.name.slice(0, 300),
            kind: kindOf.get(nameKey(a.name)) ?? 'other',
          })
          .returning();
        created.set(nameKey(a.name), agency!.id);
        agenciesCreated++;
        await writeAudit(tx, {
          actor: input.actor,
          action: 'agency.create',
          entityType: 'agency',
          entityId: agency!.id,
          after: { ...agency, via: 'backlog_import', file: sheet.fileName },
        });
      }
    const idOf = (a: BacklogRow['leads'][number]) => a.agencyId ?? created.get(nameKey(a.name))!;

    let directiveCount = 0;
    let taskCount = 0;
    let raced = 0;
    for (const [position, r] of todo.entries()) {
      const [directive] = await tx
        .insert(directives)
        .values({
          sessionId: null,
          sourceDocument: r.sourceDocument,
          sourceDocumentDate: r.sourceDocumentDate,
          importKey: r.importKey,
          ordinal: r.ordinal.slice(0, 20),
          position: position + 1,
          text: r.text,
          isCrossCutting: false,
        })
        .onConflictDoNothing({ target: directives.importKey })
        .returning();
      if (!directive) {
        raced++; // imported by another import meanwhile
        continue;
      }
      directiveCount++;
      await writeAudit(tx, {
        actor: input.actor,
        action: 'directive.create',
        entityType: 'directive',
        entityId: directive.id,
        after: { ...directive, via: 'backlog_import', line: r.line },
      });
      const at = r.assignedOn === today ? now : vnToInstant(r.assignedOn, '08:00');
      const taskIds = await assignDirective(
        {
          actor: input.actor,
          assignment: {
            directiveId: directive.id,
            leadAgencyIds: r.leads.map(idOf),
            coordinatorIds: r.coordinators.map(idOf),
            deadline: r.deadline!,
            note: IMPORTED_NOTE(sheet.fileName || '—'),
            data: { imported: true },
          },
          at,
        },
        tx,
      );
      taskCount += taskIds.length;
      if (r.status === 'not_started' && !r.latestReport) continue;
      for (const taskId of taskIds)
        await updateTaskProgress(
          {
            actor: input.actor,
            values: {
              taskId,
              version: 1,
              status: r.status,
              progress: r.status === 'completed' ? 100 : 0,
              result: r.latestReport?.slice(0, 5000) ?? null,
              note: r.latestReport?.slice(0, 5000) ?? null,
              completedOn: r.completedOn,
              completionDocument:
                r.status === 'completed' ? (r.latestReport?.slice(0, 500) ?? IMPORTED_COMPLETION) : null,
            },
            now,
            data: { imported: true },
          },
          tx,
        );
    }
    await tx.execute(sql`select task_tallies_flush()`);
    const result: BacklogImportResult = {
      directives: directiveCount,
      tasks: taskCount,
      alreadyImported: rows.length - todo.length + raced,
      agenciesCreated,
    };
    await writeAudit(tx, {
      actor: input.actor,
      action: 'directive.import',
      entityType: 'import',
      entityId: null,
      after: { file: sheet.fileName, rows: rows.length, ...result },
    });
    return result;
  });
}
