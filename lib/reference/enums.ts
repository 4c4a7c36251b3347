/** The enums' values as plain constants (no zod, no database layer), for forms that run in the browser. */
export {
  AGENCY_DUTIES,
  COMMITTEE_LEVELS,
  COMMITTEE_POSITIONS,
  ROLES,
  SESSION_FORMATS,
  SESSION_STATUSES,
} from '@/db/schema/enums';
