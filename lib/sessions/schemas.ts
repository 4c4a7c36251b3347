import { msg } from '@/lib/i18n/message';
import { attendeeDraftSchema } from '@/lib/sessions/attendee-schema';
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

/** Shared by the session form (react-hook-form) and the server action. */
import { SESSION_FORMATS, SESSION_STATUSES } from '@/db/schema/enums';

export { SESSION_FORMATS, SESSION_STATUSES };

export const agendaItemSchema = z.object({
  title: requiredText(500, 'fields.agendaTitle'),
  presenter: optionalText(200, 'fields.agendaPresenter'),
});

export const figureSchema = z.object({
  label: requiredText(300, 'fields.figureLabel'),
  value: z
    .string({ error: msg('validation.required', { field: 'fields.value' }) })
    .trim()
    .transform((v) => v.replace(/\s/g, '').replace(',', '.'))
    .pipe(
      z.string().regex(/^-?\d{1,12}(\.\d{1,2})?$/, { error: msg('validation.sessions.figureValue', { decimals: 2 }) }),
    ),
  unit: optionalText(60, 'fields.figureUnit'),
  agencyId: optionalId('fields.figureAgency'),
  note: optionalText(300, 'fields.figureNote'),
});

export const sessionFormSchema = z.object({
  committeeId: id('fields.sessionCommittee'),
  number: fromDigits(
    z
      .number({ error: msg('validation.sessions.numberNotNumber') })
      .int({ error: msg('validation.sessions.numberNotInteger') })
      .min(1, { error: msg('validation.sessions.numberTooSmall', { min: 1 }) })
      .max(10_000, { error: msg('validation.sessions.numberTooBig') }),
  ),
  title: requiredText(300, 'fields.sessionTitle'),
  date: isoDate('fields.sessionDate'),
  time: z
    .string()
    .trim()
    .transform((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v))
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: msg('validation.sessions.time') })),
  format: z.enum(SESSION_FORMATS, { error: msg('validation.choose', { field: 'fields.sessionFormat' }) }),
  status: z.enum(SESSION_STATUSES, { error: msg('validation.choose', { field: 'fields.sessionStatus' }) }),
  chairPersonId: optionalId('fields.sessionChair'),
  location: optionalText(300, 'fields.sessionLocation'),
  summary: optionalText(2000, 'fields.sessionSummary'),
  agenda: z
    .array(agendaItemSchema)
    .max(100, { error: msg('validation.sessions.agendaTooLong', { max: 100 }) })
    .default([]),
  figures: z
    .array(figureSchema)
    .max(100, { error: msg('validation.sessions.figuresTooMany', { max: 100 }) })
    .default([]),
});
export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type SessionFormValues = z.output<typeof sessionFormSchema>;

export const updateSessionSchema = sessionFormSchema.extend({ sessionId: id('fields.session'), version });

export const sessionFilterSchema = z.object({
  committee: optionalId().catch(null),
  year: fromDigits(z.number().int().min(1990).max(2100)).optional().catch(undefined),
  status: z.enum(SESSION_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
});
export type SessionFilter = z.output<typeof sessionFilterSchema>;

export const pointSchema = z.object({
  sessionId: id('fields.session'),
  name: requiredText(200, 'fields.pointName'),
  hostAgencyId: optionalId('fields.pointHost'),
  isMain: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
});
export const updatePointSchema = pointSchema.extend({ pointId: id('fields.point') });
export const pointRefSchema = z.object({ sessionId: id('fields.session'), pointId: id('fields.point') });
export const sessionRefSchema = z.object({ sessionId: id('fields.session') });

/** A pasted list or a CSV/XLSX file of attendees to preview; without pointId, a whole session's list. */
export const previewAttendeesSchema = z.object({
  sessionId: id(),
  pointId: optionalId('fields.point').optional(),
  text: z
    .string()
    .max(200_000, { error: msg('validation.tooLong', { field: 'fields.pastedText', max: 200_000 }) })
    .optional(),
  file: z.instanceof(Blob).optional(),
});

/**
 * The confirmed attendee rows. Rows are validated in lib (addAttendees), all or none, with each row's errors;
 * without pointId, each row carries its own (a whole session's list).
 */
export const saveAttendeesSchema = z.object({
  sessionId: id(),
  pointId: optionalId('fields.point').optional(),
  rows: z.array(z.unknown()).max(2000).default([]),
});

export const attendeeRefSchema = z.object({ sessionId: id(), pointId: id(), attendeeId: id() });

/** One attendee row as saved: the draft, and the person picked and the row's point when there are. */
export const attendeeInputSchema = z.intersection(
  attendeeDraftSchema,
  z.object({
    personId: optionalId('fields.attendeePerson').optional(),
    pointId: optionalId('fields.point').optional(),
  }),
);

const attendeeWithPointSchema = attendeeInputSchema.superRefine((row, ctx) => {
  if (!row.pointId)
    ctx.addIssue({ code: 'custom', path: ['pointId'], message: msg('validation.sessions.attendee.pointMissing') });
});

/** The rows saved at once; with `perRowPoint`, each row must name its point (a whole session's attendance). */
export const attendeeRowsSchema = (perRowPoint: boolean) =>
  z
    .array(perRowPoint ? attendeeWithPointSchema : attendeeInputSchema)
    .min(1, { error: msg('validation.sessions.attendee.noneToSave') })
    .max(2000);

/**
 * The attendee forms as the browser checks them: `saveAttendeesSchema` with each row under the rules lib applies
 * on save (`addAttendees`, through `attendeeRowsSchema`).
 */
export const attendeesFormSchema = (perRowPoint: boolean) =>
  saveAttendeesSchema.extend({ rows: attendeeRowsSchema(perRowPoint) });

/** The edit form of one attendee. */
export const updateAttendeeSchema = attendeeRefSchema.and(attendeeDraftSchema);
