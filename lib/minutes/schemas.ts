import { msg } from '@/lib/i18n/message';
import { fromDigits, id, isoDate, optionalPersonName, optionalText, requiredText, z, withoutControls } from '@/lib/zod';

export const DOCUMENT_KINDS = ['notice', 'minutes'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

/** The fields the secretariat edits on a minutes or notice page (header, signature, recipients, free text). */
export const documentFieldsSchema = z.object({
  sessionId: id('fields.session'),
  kind: documentKindSchema,
  /** The version read; 0 when the document does not exist yet. */
  version: fromDigits(z.number().int().min(0).max(2_147_483_647)),
  number: optionalText(20, 'fields.documentNumber'),
  symbol: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-ZĐ0-9][A-ZĐ0-9.-]{0,29}$/, { error: msg('validation.minutes.symbol') }),
  issuingBody: requiredText(200, 'fields.documentIssuingBody'),
  place: requiredText(60, 'fields.documentPlace'),
  issueDate: z.preprocess((v) => (v === '' ? null : v), isoDate('fields.documentIssueDate').nullable()),
  subject: requiredText(500, 'fields.documentSubject'),
  signerName: optionalPersonName(100, 'fields.documentSignerName'),
  signerTitle: optionalText(150, 'fields.documentSignerTitle'),
  authorityPrefix: z.enum(['none', 'TM', 'KT', 'TL', 'TUQ']).default('none'),
  authorityBody: optionalText(150, 'fields.documentAuthority'),
  /** One recipient per line in the form; an array in the API. */
  recipients: z
    .preprocess(
      (v) => (typeof v === 'string' ? v.split(/\r?\n/) : v),
      z
        .array(
          z
            .string()
            .trim()
            .max(200, { error: msg('validation.minutes.recipientTooLong', { max: 200 }) })
            .transform(withoutControls),
        )
        .max(60),
    )
    .transform((list) => list.map((r) => r.replace(/^[-–]\s*/, '').replace(/[;.]$/, '')).filter(Boolean)),
  body: z
    .string()
    .max(50_000, { error: msg('validation.minutes.textTooLong') })
    .transform(withoutControls)
    .default(''),
  closing: z
    .string()
    .max(20_000, { error: msg('validation.minutes.textTooLong') })
    .transform(withoutControls)
    .default(''),
  /** The assignment sentence after each conclusion as the secretariat words it ('' for none); sent by the
   * editor for every item it shows, absent from other clients (the stored wording is then kept). */
  assignments: z
    .array(
      z.object({
        directiveId: id('fields.documentConclusion'),
        text: z
          .string()
          .max(2000, { error: msg('validation.minutes.assignmentTooLong') })
          .transform(withoutControls),
      }),
    )
    .max(1000)
    .optional(),
  /** Required to change a published document: the correction is recorded with it. */
  reason: optionalText(500, 'fields.documentCorrectionReason'),
});
export type DocumentFieldsInput = z.output<typeof documentFieldsSchema>;

export const documentStatusSchema = z.object({
  sessionId: id('fields.session'),
  kind: documentKindSchema,
  version: fromDigits(z.number().int().min(1).max(2_147_483_647)),
  to: z.enum(['draft', 'in_review', 'published']),
});

/** A leader or another secretariat user approves the document in review, at the version they read (decision 024). */
export const documentApprovalSchema = z.object({
  sessionId: id('fields.session'),
  kind: documentKindSchema,
  version: fromDigits(z.number().int().min(1).max(2_147_483_647)),
});
