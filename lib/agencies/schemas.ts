import { msg } from '@/lib/i18n/message';
import { AGENCY_KINDS } from '@/lib/reference/agency-kinds';
import { hasForeignLetters, id, isoDate, latinName, optionalId, optionalText, withoutControls, z } from '@/lib/zod';

/**
 * The groups a directive can address as a whole ("các bộ, ngành, địa phương"…): the committee's member
 * agencies, the ministries and ministry-level agencies, the provinces, or the ministries and the provinces; in a
 * province's committee, its departments ("các sở, ban, ngành") and its communes and wards ("UBND các xã, phường").
 */
export const AGENCY_GROUPS = [
  'committee_members',
  'ministries',
  'provinces',
  'ministries_and_provinces',
  'departments',
  'localities',
] as const;
export type AgencyGroup = (typeof AGENCY_GROUPS)[number];

/** The hand-over form: the agency, and whether its users' accounts move to the successor (a checkbox). */
export const handOverSchema = z.object({
  agencyId: id('fields.endedAgency'),
  moveUsers: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});
export type HandOverFormInput = z.output<typeof handOverSchema>;

/** Whether an agency is listed as existing today or as ended (the list's filter). */
export const AGENCY_STATES = ['active', 'ended'] as const;
export type AgencyState = (typeof AGENCY_STATES)[number];

/**
 * An agency's code: short, ASCII upper-case letters, digits and `-`, `_`, `.` (BNV, P-TUYENQUANG), the key other
 * systems, the seeds and the imports name it by. Typed in any case; kept upper-case.
 */
export const agencyCodeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z
    .string({ error: msg('validation.required', { field: 'fields.agencyCode' }) })
    .min(1, { error: msg('validation.required', { field: 'fields.agencyCode' }) })
    .max(40, { error: msg('validation.tooLong', { field: 'fields.agencyCode', max: 40 }) })
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, { error: msg('errors.agencies.codeFormat') }),
);

/** An optional day typed dd/MM/yyyy (or sent YYYY-MM-DD): empty is none. */
const optionalDay = (label: 'fields.agencyValidFrom') =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), isoDate(label).nullable());

/** What the administrator writes of an agency, on creation and on edit (the code only on creation). */
const agencyFields = {
  name: latinName(300, 'fields.agencyName'),
  shortName: optionalText(100, 'fields.agencyShortName').refine((v) => v === null || !hasForeignLetters(v), {
    error: msg('validation.foreignLetters', { field: 'fields.agencyShortName' }),
  }),
  kind: z.enum(AGENCY_KINDS, { error: msg('validation.invalid', { field: 'fields.agencyKind' }) }),
  parentId: optionalId('fields.agencyParent')
    .optional()
    .transform((v) => v ?? null),
  validFrom: optionalDay('fields.agencyValidFrom')
    .optional()
    .transform((v) => v ?? null),
};

/** The new-agency form (and the API, were it to write): the code is required and unique. */
export const createAgencySchema = z.object({ code: agencyCodeSchema, ...agencyFields });
export type CreateAgencyInput = z.input<typeof createAgencySchema>;
export type CreateAgencyValues = z.output<typeof createAgencySchema>;

/** A body named in a conclusion notice that the registry lacks, added from the proposals' review (issue 19). */
export const addAgencyFromNoticeSchema = z.object({ name: latinName(300, 'fields.agencyName') });
export type AddAgencyFromNoticeInput = z.input<typeof addAgencyFromNoticeSchema>;

/** The most bodies one people list adds at once (a province's departments and localities). */
export const MAX_LISTED_AGENCIES = 100;
/** Bodies a people list names that the registry lacks, added from the import's preview (`names.0`, `names.1` …). */
export const addListedAgenciesSchema = z.object({
  names: z.array(latinName(300, 'fields.agencyName')).min(1).max(MAX_LISTED_AGENCIES).default([]),
});
export type AddListedAgenciesInput = z.input<typeof addListedAgenciesSchema>;

/** The edit form: the same fields for one agency; its code stays what it was created with (decision 031). */
export const updateAgencySchema = z.object({ agencyId: id('fields.agency'), ...agencyFields });
export type UpdateAgencyInput = z.input<typeof updateAgencySchema>;
export type UpdateAgencyValues = z.output<typeof updateAgencySchema>;

/**
 * The list's filter (`/admin/agencies?q=&kind=&state=`, and `GET /api/v1/agencies`): words matched in the name,
 * short name or code ignoring accents and case, a kind, active or ended.
 */
export const agencyFilterSchema = z.object({
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
  kind: z.enum(AGENCY_KINDS).optional().catch(undefined),
  state: z.enum(AGENCY_STATES).optional().catch(undefined),
});
export type AgencyFilter = z.output<typeof agencyFilterSchema>;

export { suggestAgencyCode } from './agency-code';

/**
 * Ending an agency: its last day and, when its duties pass to another body, the successor. Once the last day has
 * passed, the hand-over (`handOverSchema`) moves its open tasks, and its users if asked, to the successor.
 */
export const endAgencySchema = z.object({
  agencyId: id('fields.agency'),
  validTo: isoDate('fields.agencyValidTo'),
  successorId: optionalId('fields.agencySuccessor')
    .optional()
    .transform((v) => v ?? null),
});
export type EndAgencyInput = z.input<typeof endAgencySchema>;
