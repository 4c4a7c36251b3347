import { RECURRENCE_PERIODS } from '@/db/schema/enums';
import { REFORM_AREAS } from '@/lib/reference/reform-areas';
import { AGENCY_GROUPS } from '@/lib/agencies/schemas';
import { msg } from '@/lib/i18n/message';
import {
  fromDigits,
  id,
  isoDate,
  optionalId,
  optionalText,
  requiredText,
  version,
  z,
  withoutControls,
} from '@/lib/zod';
import { BACKLOG_FIELDS, type BacklogField } from './backlog-fields';

export const REFORM_AREA_CODES = REFORM_AREAS.map((a) => a.code) as [
  (typeof REFORM_AREAS)[number]['code'],
  ...(typeof REFORM_AREAS)[number]['code'][],
];

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false);
/** A list posted as repeated names: none is empty, one is a scalar. */
const listOf = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);
const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(id('fields.agency')).max(200),
);

/** One directive as the secretariat writes it. The ordinal (2, 2a) is derived from its place. */
export const directiveInputSchema = z.object({
  text: requiredText(5000, 'fields.directiveText'),
  parentId: optionalId('fields.parentItem'),
  areaCodes: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(REFORM_AREA_CODES)).max(6),
  ),
  isCrossCutting: checkbox,
  isAssessment: checkbox,
  isConfidential: checkbox,
  issuedBy: optionalText(200, 'fields.issuedBy'),
  sourceDocument: optionalText(200, 'fields.sourceDocument'),
});
export type DirectiveInput = z.output<typeof directiveInputSchema>;

/** Continue an earlier session's directive in this one, closing its open tasks as carried over when asked (036). */
export const continueDirectiveSchema = z.object({
  sessionId: id('fields.session'),
  earlierDirectiveId: id('fields.directiveText'),
  carryTasks: checkbox,
});

export const createDirectiveSchema = directiveInputSchema.extend({ sessionId: id('fields.session') });
export const updateDirectiveSchema = directiveInputSchema.extend({ directiveId: id('fields.directiveText'), version });

export const deadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dated'), dueDate: isoDate('fields.deadline') }),
  z.object({ kind: z.literal('urgent') }),
  z.object({ kind: z.literal('recurring'), period: z.enum(RECURRENCE_PERIODS) }),
]);

/**
 * A reviewed proposal from a pasted notice: the directive and, when it names a lead, its assignment. Posted by the
 * review form as FormData (`items.0.areaCodes` repeated, `items.0.deadline.kind`, booleans as 'true'/'false', no
 * deadline or parent as nothing), or as plain values.
 */
export const proposalSchema = z.object({
  key: z.string().max(20),
  parentKey: z.preprocess((v) => (v === '' ? null : v), z.string().max(20).nullable()).default(null),
  text: requiredText(5000, 'fields.directiveText'),
  areaCodes: z.preprocess(listOf, z.array(z.enum(REFORM_AREA_CODES)).max(6)),
  isCrossCutting: checkbox,
  isAssessment: checkbox,
  sourceDocument: optionalText(200, 'fields.sourceDocument'),
  leadAgencyIds: idList.default([]),
  coordinatorIds: idList.default([]),
  monitorAgencyId: optionalId('fields.monitorAgency').default(null),
  deadline: deadlineSchema.nullable().default(null),
  /** Groups the parser read as addressees ("các bộ, ngành, địa phương"): one task per member agency. */
  groups: z.preprocess(listOf, z.array(z.enum(AGENCY_GROUPS)).max(4)),
});

/** The pasted notice's own number, date, place and signer; they fill the notice's empty fields. */
export const noticeHeaderSchema = z.object({
  number: optionalText(20, 'fields.noticeNumber'),
  symbol: optionalText(30, 'fields.noticeSymbol'),
  place: optionalText(60, 'fields.noticePlace'),
  issueDate: z.preprocess((v) => (v === '' ? null : v), isoDate('fields.noticeIssueDate').nullable()).default(null),
  authorityPrefix: z.enum(['none', 'TM', 'KT', 'TL', 'TUQ']).default('none'),
  authorityBody: optionalText(150, 'fields.noticeAuthority'),
  signerTitle: optionalText(150, 'fields.noticeSignerTitle'),
  signerName: optionalText(100, 'fields.noticeSignerName'),
  /** The province the notice's header says issued it ("Lào Cai"), when it says: whose departments its groups are (decision 076). */
  province: optionalText(60, 'fields.noticeProvince'),
});
export type NoticeHeaderInput = z.output<typeof noticeHeaderSchema>;

export const acceptProposalsSchema = z.object({
  sessionId: id('fields.session'),
  /** The review's id, made when the notice was read: a review is saved once. */
  proposalSet: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    .optional(),
  issuedBy: optionalText(200, 'fields.issuedBy'),
  // No card included posts no item at all.
  items: z.preprocess(
    (v) => v ?? [],
    z
      .array(proposalSchema)
      .min(1, { error: msg('validation.directives.nothingToSave') })
      .max(300)
      // Items are named by their keys (a sub-item by its parent's): a key sent twice made the first a heading of
      // the second's sub-items, saved without the task it named (attacker pass 30).
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        for (const [index, item] of items.entries()) {
          if (seen.has(item.key))
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: msg('validation.directives.repeatedItem', { item: item.key.slice(0, 20) }),
            });
          seen.add(item.key);
        }
      }),
  ),
  notice: noticeHeaderSchema.nullable().default(null),
});
export type ProposalInput = z.output<typeof proposalSchema>;

export const directiveFilterSchema = z.object({
  committee: optionalId().catch(null),
  session: optionalId().catch(null),
  area: z
    .enum([...REFORM_AREA_CODES, 'cross_cutting'])
    .optional()
    .catch(undefined),
  year: fromDigits(z.number().int().min(1990).max(2100)).optional().catch(undefined),
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
});
export type DirectiveFilter = z.output<typeof directiveFilterSchema>;

/** The directives page's page number (a bad one shows the first page). */
export const directivePageSchema = z.object({
  page: fromDigits(z.number().int().min(1).max(100_000))
    .optional()
    .catch(undefined)
    .transform((p) => p ?? 1),
});

/** The edit form of a directive (its session, to return to). */
export const updateDirectiveFormSchema = updateDirectiveSchema.extend({ sessionId: id() });

/** One directive of a session, and for a move, which way. */
export const directiveRefSchema = z.object({
  sessionId: id(),
  directiveId: id(),
  direction: z.enum(['up', 'down']).optional(),
});

/** Deleting: at the version read, so an edit saved meanwhile is not thrown away unseen (attacker pass 23). */
export const deleteDirectiveSchema = directiveRefSchema.extend({ version });

/** The largest notice file read (lib/directives/notice-file.ts); the browser refuses a larger one before sending it. */
export const MAX_NOTICE_FILE_BYTES = 10 * 1024 * 1024;

/** An empty file input posts a nameless empty file: no file chosen. */
/**
 * A file was chosen: it has bytes. An empty file input still posts a part, named "" in the browser but given a name
 * by the server's form parser, so the name says nothing; a chosen file with no bytes reads as none (then the text
 * must be pasted).
 */
const chosen = (file: Blob | undefined): file is Blob => file !== undefined && file.size > 0;

/** The longest notice text read, pasted or from a file (a long notice is a few tens of thousands of characters). */
export const MAX_NOTICE_TEXT = 200_000;

/** A pasted conclusion notice, or its file (DOCX, PDF), read into proposals. The file wins over pasted text. */
export const pasteNoticeSchema = z
  .object({
    sessionId: id(),
    text: z.string().trim().max(MAX_NOTICE_TEXT).default(''),
    file: z
      .instanceof(Blob)
      .optional()
      .refine((f) => !f || f.size <= MAX_NOTICE_FILE_BYTES, {
        error: msg('errors.directives.file.tooBig', { mb: MAX_NOTICE_FILE_BYTES / 1024 / 1024 }),
      }),
  })
  .refine((v) => v.text.length > 0 || chosen(v.file), {
    path: ['text'],
    error: msg('validation.directives.pasteOrFile'),
  })
  .transform(({ file, ...v }) => ({ ...v, file: chosen(file) ? file : null }));

// ---------------------------------------------------------------------------------------------
// Backlog import (lib/directives/backlog-import.ts, decision 027)

export { BACKLOG_FIELDS, type BacklogField } from './backlog-fields';
/** Columns an import cannot do without. */
export const REQUIRED_BACKLOG_FIELDS = ['text', 'lead'] as const satisfies readonly BacklogField[];
/** The largest sheet read (rows below the header) and file accepted. */
export const MAX_BACKLOG_ROWS = 5_000;
/** The longest directive text (and task report) a form or an import takes. */
export const MAX_DIRECTIVE_TEXT = 5_000;
export const MAX_BACKLOG_FILE_BYTES = 10 * 1024 * 1024;
const BACKLOG_AGENCY_KINDS = [
  'ministry',
  'ministry_level',
  'government_agency',
  'province',
  'provincial_department',
  'commune',
  'state_enterprise',
  'other',
] as const;

const cellText = (max: number) => z.string().trim().max(max).transform(withoutControls);

/**
 * A backlog sheet and what the secretariat chose for it: the field of each column (absent: the suggested
 * mapping), a source document for rows whose cell is empty, what each unknown agency name is (an existing
 * agency's id, or "create" with a kind), and per-row fixes typed in the preview (a deadline, a completion date).
 */
export const backlogImportSchema = z
  .object({
    file: z
      .instanceof(Blob, { error: msg('validation.backlog.chooseFile') })
      .refine((f) => f.size > 0, { error: msg('validation.backlog.chooseFile') })
      .refine((f) => f.size <= MAX_BACKLOG_FILE_BYTES, {
        error: msg('errors.directives.file.tooBig', { mb: MAX_BACKLOG_FILE_BYTES / 1024 / 1024 }),
      }),
    mapping: z.preprocess(
      (v) => (v === undefined || v === null ? undefined : listOf(v)),
      z
        .array(z.enum([...BACKLOG_FIELDS, '']))
        .max(200)
        .optional(),
    ),
    defaultSource: optionalText(300, 'fields.sourceDocument'),
    agencies: z.preprocess(
      listOf,
      z
        .array(
          z.object({
            name: cellText(500),
            choice: z.union([
              z.literal(''),
              z.literal('create'),
              fromDigits(z.number().int().min(1).max(2_147_483_647)),
            ]),
            kind: z.enum(BACKLOG_AGENCY_KINDS).default('other'),
          }),
        )
        .max(2_000),
    ),
    fixes: z.preprocess(
      listOf,
      z
        .array(
          z.object({
            line: fromDigits(z.number().int().min(1).max(1_000_000)),
            deadline: cellText(200).optional(),
            completedOn: cellText(40).optional(),
          }),
        )
        .max(MAX_BACKLOG_ROWS),
    ),
  })
  .transform((v) => ({
    ...v,
    agencies: v.agencies.filter((a) => a.name !== '' && a.choice !== ''),
  }));
export type BacklogImportInput = z.output<typeof backlogImportSchema>;
