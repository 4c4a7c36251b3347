'use server';

import { revalidatePath } from 'next/cache';
import { runAction, say } from '@/lib/action';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { getTranslate, localize } from '@/lib/i18n/translate';
import { addListedAgencies } from '@/lib/agencies/from-notice';
import { addListedAgenciesSchema } from '@/lib/agencies/schemas';
import {
  importUsers,
  previewUserImport,
  userImportWarnings,
  usersImportedMessage,
  type ImportNotes,
  type PreviewRow,
} from '@/lib/users/import';
import { importUsersSchema, previewUserImportSchema } from '@/lib/users/import-schemas';

/** The rows read, and a stamp told apart from the last preview's (a new preview rebuilds the grid). */
/** The rows as read, and what to heed before importing them (each its own sentence, shown as a list). */
export type UserImportPreview = { id: string; rows: PreviewRow[]; warnings: string[] };

// POST (server action) /admin/users/import - read a CSV/XLSX file (or pasted rows) and check every row; saves nothing
export async function previewUserImportAction(
  _prev: FormState<UserImportPreview>,
  input: FormData,
): Promise<ActionResult<UserImportPreview>> {
  const result = await runAction(
    previewUserImportSchema,
    input,
    async (actor, { file, text }) => {
      const notes: ImportNotes = { passedOver: [], otherSheets: [] };
      const rows = await previewUserImport({
        actor,
        bytes: file && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined,
        text,
        notes,
      });
      const warnings = await userImportWarnings(rows, undefined, notes);
      return { rows, warnings };
    },
    { permission: 'user.manage' },
  );
  if (!result.ok) return result;
  // Each row's errors are messages by key (lib/users/import.ts): the grid shows them translated.
  const t = await getTranslate();
  const rows = (result.data?.rows ?? []).map((r) => ({
    ...r,
    errors: Object.fromEntries(Object.entries(r.errors).map(([f, list]) => [f, list.map((e) => localize(e, t))])),
  }));
  const bad = rows.filter((r) => Object.keys(r.errors).length > 0).length;
  return {
    ok: true,
    // The default duty given, and the agencies left without a focal point, are said above the rows, one item each
    // (decision 094: joined into one paragraph they read as one run-on sentence).
    data: { id: `${Date.now()}`, rows, warnings: (result.data?.warnings ?? []).map((w) => localize(w, t)) },
    message: t('counts.previewRows', { rows: rows.length, bad }),
  };
}

// POST (server action) /admin/users/import - create every previewed row's user in one transaction, all or none;
// each invitation is queued in the outbox and leaves once the import has committed
export async function importUsersAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(
    importUsersSchema,
    input,
    (actor, { rows, committeeId, committeeFrom }) =>
      importUsers({
        actor,
        rows,
        // Not chosen (undefined) is refused by lib when the rows have posts; "accounts only" is null.
        committee:
          committeeId === undefined
            ? undefined
            : committeeId !== null && committeeFrom
              ? { committeeId, validFrom: committeeFrom }
              : null,
      }),
    { permission: 'user.manage' },
  );
  if (!result.ok) return result;
  revalidatePath('/admin/users');
  const { created, skipped, members } = result.data!;
  if (members) revalidatePath('/admin/committees', 'layout');
  // Without a mail server the invitations wait in the outbox: said, with where to read them.
  const said = [localize(usersImportedMessage(created), await getTranslate())];
  // The people of the list are the committee's members now (decision 081): said, so nobody adds them again by hand.
  if (members) said.push(await say('done.membersAdded', { count: members }));
  // Who already had an account was passed over (a list imported again), and is named.
  if (skipped.length) said.push(await say('done.usersSkipped', { count: skipped.length, emails: skipped.join(', ') }));
  return { ok: true, message: said.join(' ') };
}

// POST (server action) /admin/users/import - add to the agency list the bodies a people list names that it lacks
// (their kind read from the name), so that the list read again finds them
export async function addListedAgenciesAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(
    addListedAgenciesSchema,
    input,
    (actor, values) => addListedAgencies({ actor, values }),
    // The import's page is the administrator's; adding the bodies also needs agency.create (checked in lib).
    { permission: 'user.manage' },
  );
  if (!result.ok) return result;
  revalidatePath('/admin/users/import');
  revalidatePath('/admin/agencies');
  return { ok: true, message: await say('done.agenciesAdded', result.data!) };
}
