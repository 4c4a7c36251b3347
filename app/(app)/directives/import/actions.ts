'use server';

import { revalidatePath } from 'next/cache';
import { runAction, say } from '@/lib/action';
import { previewBacklog, type BacklogPreview } from '@/lib/directives/backlog-import';
import { importBacklog } from '@/lib/directives/backlog-import-write';
import { backlogImportSchema } from '@/lib/directives/schemas';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { getTranslate, localize } from '@/lib/i18n/translate';

/** The preview, its problems translated for the reader, and a stamp told apart from the last reading. */
export type BacklogPreviewData = BacklogPreview & { id: string };

// POST (server action) /directives/import - read a backlog sheet with the chosen columns, agencies and fixes, and
// check every row; saves nothing
export async function previewBacklogAction(
  _prev: FormState<BacklogPreviewData>,
  input: FormData,
): Promise<ActionResult<BacklogPreviewData>> {
  const result = await runAction(backlogImportSchema, input, (actor, values) => previewBacklog({ actor, values }));
  if (!result.ok) return result;
  // Each row's problems are messages by key (lib/directives/backlog-import.ts): the preview shows them translated.
  const t = await getTranslate();
  const preview = result.data!;
  const rows = preview.rows.map((r) => ({ ...r, problems: r.problems.map((p) => localize(p, t)) }));
  return {
    ok: true,
    data: { ...preview, rows, id: `${Date.now()}` },
    message: t('backlog.previewCounts', preview.counts),
  };
}

// POST (server action) /directives/import - import the checked sheet in one transaction (directives with no
// session, their tasks and reports); rows imported before are skipped
export async function importBacklogAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(backlogImportSchema, input, (actor, values) => importBacklog({ actor, values }));
  if (!result.ok) return result;
  const r = result.data!;
  revalidatePath('/directives');
  revalidatePath('/tasks');
  revalidatePath('/reports', 'layout');
  return {
    ok: true,
    message: await say('done.backlogImported', {
      directives: r.directives,
      tasks: r.tasks,
      created: r.agenciesCreated,
      skipped: r.alreadyImported,
    }),
  };
}
