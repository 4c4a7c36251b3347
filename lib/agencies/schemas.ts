import { id, z } from '@/lib/zod';

/**
 * The groups a directive can address as a whole ("các bộ, ngành, địa phương"…): the committee's member
 * agencies, the ministries and ministry-level agencies, the provinces, or the ministries and the provinces.
 */
export const AGENCY_GROUPS = ['committee_members', 'ministries', 'provinces', 'ministries_and_provinces'] as const;
export type AgencyGroup = (typeof AGENCY_GROUPS)[number];

/** The hand-over form: the agency, and whether its users' accounts move to the successor (a checkbox). */
export const handOverSchema = z.object({
  agencyId: id('fields.endedAgency'),
  moveUsers: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});
export type HandOverFormInput = z.output<typeof handOverSchema>;
