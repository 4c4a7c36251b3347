import { COMMITTEE_POSITIONS } from '@/db/schema/enums';
import { COMMITTEE_NONE } from './import-vocabulary';
import { msg } from '@/lib/i18n/message';
import { emailAddress, fromDigits, id, isoDate, z } from '@/lib/zod';
import { userFieldsSchema } from './schemas';

/** The roles and agency duties a row may take (the preview's selects). */
export { AGENCY_DUTIES, ROLES } from '@/db/schema/enums';

/** The most users one import brings in: 34 provinces' and 17 ministries' focal points many times over. */
export const MAX_IMPORT_ROWS = 5000;
/** The largest file read (an XLSX of 5,000 rows is well under 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The largest pasted text (a CSV or a spreadsheet's cells copied). */
export const MAX_IMPORT_TEXT = 2_000_000;

/** The upload step: a CSV or XLSX file, or the rows pasted as text (CSV, or cells copied from a spreadsheet). */
export const previewUserImportSchema = z.object({
  file: z.instanceof(Blob).optional(),
  text: z
    .string()
    .max(MAX_IMPORT_TEXT, { error: msg('validation.tooLong', { field: 'fields.pastedText', max: MAX_IMPORT_TEXT }) })
    .optional(),
});

/**
 * The confirm step: the preview's rows posted back as indexed form fields (`rows.0.email`, as react-hook-form
 * names them), each re-validated in lib (`importUsers`) with every row's errors under `rows.<i>.<field>`.
 */
/**
 * The committee the rows with a post join (decision 081), and from which day; none chosen: accounts only. An empty
 * select posts ''.
 */
const committeeFields = {
  // '' is no choice made yet; "none" is the choice of accounts only (null).
  committeeId: z.preprocess(
    (v) => (v === '' ? undefined : v === COMMITTEE_NONE ? null : v),
    id('fields.committee').nullable().optional(),
  ),
  committeeFrom: z.preprocess((v) => (v === '' ? undefined : v), isoDate('fields.committeeValidFrom').optional()),
};
const committeeNeedsDay = {
  path: ['committeeFrom'],
  error: msg('validation.required', { field: 'fields.committeeValidFrom' }),
};
const hasDay = (v: { committeeId?: number | null; committeeFrom?: string }) => !v.committeeId || !!v.committeeFrom;
/** A list with posts in the committee must say whether its people join one: the step is easy to pass by. */
const committeeChosen = {
  path: ['committeeId'],
  error: msg('errors.userImport.chooseCommittee'),
};

export const importUsersSchema = z
  .object({
    rows: z
      .array(z.unknown())
      .min(1, { error: msg('errors.userImport.noRows') })
      .max(MAX_IMPORT_ROWS, { error: msg('errors.userImport.tooManyRows', { max: MAX_IMPORT_ROWS }) })
      .default([]),
    ...committeeFields,
  })
  .refine(hasDay, committeeNeedsDay);

/** A row's post in the committee chosen on import ('' or absent: not added to it). */
export const importPostSchema = z
  .preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.enum(COMMITTEE_POSITIONS, { error: msg('validation.invalid', { field: 'fields.memberPosition' }) }).nullable(),
  )
  .default(null);

/** The person of the registry a row is (decision 086): an id, or '' / absent for a new person. */
export const importPersonIdSchema = z
  .preprocess((v) => (v === '' || v === undefined || v === null ? null : v), id('fields.importPerson').nullable())
  .default(null);

/**
 * One row as posted: its line in the file (for messages) and the user's fields. Never an administrator (attacker pass 26:
 * one row of a 41-row staff list sent from outside made an administrator, the preview saying only "41 rows, 0 with
 * errors"): those are made one at a time.
 */
export const importRowSchema = z
  .intersection(
    z.object({
      line: fromDigits(z.number().int().min(1).max(10_000_000)),
      // The person's post in the committee chosen on import ('' or absent: not added to it).
      committeePosition: importPostSchema,
      // The person of the registry the row is (decision 086; '' or absent: a new person). Lib checks it is one the
      // row matches (`matchPeople`): a hand-made form cannot tie an account to anyone else.
      personId: importPersonIdSchema,
    }),
    userFieldsSchema,
  )
  .superRefine((row, ctx) => {
    if (row.role === 'admin')
      ctx.addIssue({ code: 'custom', path: ['role'], message: msg('errors.userImport.adminNotImported') });
  });

/** An address well formed enough to look for elsewhere in the file and among the accounts. */
export const importEmailSchema = emailAddress('');

/** The confirm form as the browser checks it: every row under the rules lib applies on import. */
export const importUsersFormSchema = z
  .object({
    rows: z
      .array(importRowSchema)
      .min(1, { error: msg('errors.userImport.noRows') })
      .max(MAX_IMPORT_ROWS, { error: msg('errors.userImport.tooManyRows', { max: MAX_IMPORT_ROWS }) }),
    ...committeeFields,
  })
  .refine(hasDay, committeeNeedsDay)
  .refine((v) => v.committeeId !== undefined || !v.rows.some((r) => r.committeePosition), committeeChosen);
