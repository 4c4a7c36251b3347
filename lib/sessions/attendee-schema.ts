import { msg } from '@/lib/i18n/message';
import { personNameProblem, withoutControls } from '@/lib/zod';
import { z } from 'zod';
import { PRESENCE_LABELS, ROLE_LABELS } from './attendee-vocabulary';

/**
 * The attendee row and its validation, without the file parsers: safe to import in the browser (the
 * preview grid validates with the same schema the server uses on confirm). Its messages are `validation`
 * keys, which the browser can translate (lib/i18n/message.ts).
 */
export {
  ATTENDEE_ROLES,
  PRESENCES,
  EMPTY_ATTENDEE,
  type AttendeeRole,
  type Presence,
  type AttendeeDraft,
  type ParsedRow,
  type ParsedValues,
  type AttendeeValues,
} from './attendee-values';
import { ATTENDEE_ROLES, PRESENCES, type AttendeeDraft } from './attendee-values';

export { ROLE_LABELS, PRESENCE_LABELS };

export const MAX_ROWS = 2000;
/** The values a role or presence cell accepts, as messages list them. */
export const ACCEPTED_ROLES = Object.values(ROLE_LABELS).join(', ');
export const ACCEPTED_PRESENCES = Object.values(PRESENCE_LABELS).join(', ');

/** NFC, zero-width characters removed, runs of white space collapsed, trimmed. */
export function clean(text: string | null | undefined): string {
  return withoutControls(text ?? '')
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const optionalText = (
  max: number,
  field: 'fields.attendeePosition' | 'fields.attendeeAgency' | 'fields.attendeeSubstitute',
) =>
  z
    .string()
    .nullish()
    .transform((v) => clean(v) || null)
    .pipe(
      z
        .string()
        .max(max, { error: msg('validation.sessions.attendee.tooLong', { field, max }) })
        .nullable(),
    );

export const attendeeDraftSchema: z.ZodType<AttendeeDraft> = z
  .object({
    fullName: z
      .string({ error: msg('validation.sessions.attendee.nameMissing') })
      .transform(clean)
      .superRefine((name, ctx) => {
        const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
        if (!name) return fail(msg('validation.sessions.attendee.nameMissing'));
        if (name.length < 2) fail(msg('validation.sessions.attendee.nameTooShort', { min: 2 }));
        if (name.length > 120)
          fail(msg('validation.sessions.attendee.tooLong', { field: 'fields.attendeeName', max: 120 }));
        if (/\p{Nd}/u.test(name)) fail(msg('validation.sessions.attendee.nameDigits'));
        else {
          const problem = personNameProblem(name, 'fields.attendeeName');
          if (problem) fail(problem);
        }
      }),
    positionTitle: optionalText(300, 'fields.attendeePosition'),
    agencyName: optionalText(300, 'fields.attendeeAgency'),
    role: z
      .enum(ATTENDEE_ROLES, { error: msg('validation.sessions.attendee.role', { accepted: ACCEPTED_ROLES }) })
      .default('member'),
    presence: z
      .enum(PRESENCES, { error: msg('validation.sessions.attendee.presence', { accepted: ACCEPTED_PRESENCES }) })
      .default('present'),
    representedBy: optionalText(120, 'fields.attendeeSubstitute').superRefine((name, ctx) => {
      const problem = name === null ? null : personNameProblem(name, 'fields.attendeeSubstitute');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  })
  .superRefine(
    (d, ctx) => {
      if (d.presence === 'represented' && !d.representedBy)
        ctx.addIssue({
          code: 'custom',
          path: ['representedBy'],
          message: msg('validation.sessions.attendee.substituteMissing'),
        });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null }, // also beside other errors
  )
  .transform((d) => ({ ...d, representedBy: d.presence === 'represented' ? d.representedBy : null }));
