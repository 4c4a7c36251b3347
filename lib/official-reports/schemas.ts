import { documentFieldsSchema } from '@/lib/minutes/schemas';
import { msg } from '@/lib/i18n/message';
import { vnDate } from '@/lib/time';
import { id, isoDate, optionalId, version, z } from '@/lib/zod';

const optionalDate = (label: Parameters<typeof isoDate>[0]) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), isoDate(label).optional());

/** A new report: its scope (sessions, a committee and period, an agency) and the day it counts as of. */
export const createReportSchema = z
  .object({
    sessionIds: z.preprocess(
      (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
      z.array(id('fields.session')).max(50),
    ),
    committeeId: optionalId('fields.committee'),
    agencyId: optionalId('fields.leadAgency'),
    from: optionalDate('fields.from'),
    to: optionalDate('fields.to'),
    asOf: isoDate('fields.reportAsOf').refine((d) => d <= vnDate(), {
      error: msg('validation.reports.asOfFuture'),
    }),
  })
  .refine((v) => v.sessionIds.length > 0 || v.committeeId || v.agencyId, {
    error: msg('validation.reports.scopeNeeded'),
    path: ['sessionIds'],
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: msg('validation.reports.periodOrder'), path: ['to'] });
export type CreateReportInput = z.output<typeof createReportSchema>;

/** The header, signature, recipients and narrative of a report, at the version read. */
export const reportFieldsSchema = documentFieldsSchema
  .pick({
    number: true,
    symbol: true,
    issuingBody: true,
    place: true,
    issueDate: true,
    subject: true,
    signerName: true,
    signerTitle: true,
    authorityPrefix: true,
    authorityBody: true,
    recipients: true,
    body: true,
    closing: true,
    reason: true,
  })
  .extend({ reportId: id('fields.report'), version });
export type ReportFieldsInput = z.output<typeof reportFieldsSchema>;

export const reportStatusSchema = z.object({
  reportId: id('fields.report'),
  version,
  to: z.enum(['draft', 'in_review', 'published']),
});

export const reportApprovalSchema = z.object({ reportId: id('fields.report'), version });
