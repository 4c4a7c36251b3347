import type { agencyKind } from '@/db/schema';

/**
 * The kinds of agency, as a plain list that browser code and client-safe schemas may load. The database
 * enum `agency_kind` (db/schema/agencies.ts) holds the same values: the type below fails to compile if the
 * two sets differ, and agency-kinds.test.ts checks the order too.
 */
export const AGENCY_KINDS = [
  'ministry',
  'ministry_level',
  'government_agency',
  'province',
  'provincial_department',
  'commune',
  'state_enterprise',
  'other',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];

type SchemaKind = (typeof agencyKind.enumValues)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsSchema: Same<AgencyKind, SchemaKind> = true;
void sameAsSchema;
