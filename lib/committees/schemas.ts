import { msg } from '@/lib/i18n/message';
import { COMMITTEE_LEVELS, COMMITTEE_POSITIONS } from '@/db/schema/enums';
import { id, isoDate, latinName, optionalId, optionalPersonName, optionalText, requiredText, z } from '@/lib/zod';

export { COMMITTEE_LEVELS };
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];
export { COMMITTEE_POSITIONS };
export type CommitteePositionValue = (typeof COMMITTEE_POSITIONS)[number];

/** An optional day typed dd/MM/yyyy: empty becomes null. */
const optionalDate = (label: Parameters<typeof isoDate>[0]) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate(label).nullable()).default(null);

const datesInOrder = (v: { validFrom: string | null; validTo: string | null }) =>
  !v.validFrom || !v.validTo || v.validTo >= v.validFrom;

const committeeFields = {
  // Upper-cased as agency codes are: "bcd-cchc-tq" and "BCD-CCHC-TQ" are one code.
  code: requiredText(50, 'fields.committeeCode').pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, { error: msg('validation.committees.codeFormat') })
      .transform((v) => v.toUpperCase()),
  ),
  name: latinName(300, 'fields.committeeName'),
  level: z.enum(COMMITTEE_LEVELS, { error: msg('validation.choose', { field: 'fields.committeeLevel' }) }),
  standingAgencyId: optionalId('fields.committeeStandingAgency'),
  establishedBy: optionalText(500, 'fields.committeeEstablishedBy'),
  validFrom: optionalDate('fields.committeeValidFrom'),
  validTo: optionalDate('fields.committeeValidTo'),
};
const endBeforeStart = { path: ['validTo'], error: msg('validation.committees.endBeforeStart') };

/** Create a committee: code (unique), name, level, standing agency, the decision that set it up, dates. */
export const committeeSchema = z.object(committeeFields).refine(datesInOrder, endBeforeStart);
export type CommitteeInput = z.input<typeof committeeSchema>;
export type CommitteeValues = z.output<typeof committeeSchema>;

/** Edit a committee: the same fields and its id. */
export const updateCommitteeSchema = z
  .object({ committeeId: id('fields.sessionCommittee'), ...committeeFields })
  .refine(datesInOrder, endBeforeStart);

/**
 * Add a member: an agency, a person (an existing one, or a new one by full name and title, who comes from the
 * agency chosen), or both; their position in the committee and from (and to) which day.
 */
export const addMemberSchema = z
  .object({
    committeeId: id('fields.sessionCommittee'),
    agencyId: optionalId('fields.memberAgency'),
    personId: optionalId('fields.memberPerson'),
    personName: optionalPersonName(200, 'fields.memberPersonName'),
    personTitle: optionalText(300, 'fields.memberPersonTitle'),
    position: z.enum(COMMITTEE_POSITIONS, { error: msg('validation.choose', { field: 'fields.memberPosition' }) }),
    validFrom: isoDate('fields.committeeValidFrom'),
    validTo: optionalDate('fields.committeeValidTo'),
  })
  .refine((v) => v.agencyId !== null || v.personId !== null || v.personName !== null, {
    path: ['agencyId'],
    error: msg('validation.committees.someone'),
  })
  .refine((v) => v.personId === null || v.personName === null, {
    path: ['personName'],
    error: msg('validation.committees.personOrName'),
  })
  .refine(datesInOrder, endBeforeStart);
export type AddMemberInput = z.input<typeof addMemberSchema>;
export type AddMemberValues = z.output<typeof addMemberSchema>;

/** End a membership on a day (the row stays: membership is history). */
export const endMemberSchema = z.object({
  memberId: id('fields.member'),
  validTo: isoDate('fields.committeeValidTo'),
});
