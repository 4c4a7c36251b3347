/*
 * The values of task enums as plain constants, with no drizzle import: ./tasks builds its pgEnums from them,
 * and browser-safe code (zod schemas) can use them without pulling the database layer in.
 */
export const DEADLINE_KINDS = ['dated', 'urgent', 'recurring'] as const;
export const RECURRENCE_PERIODS = ['monthly', 'quarterly', 'yearly'] as const;
export const ROLES = ['admin', 'secretariat', 'leader', 'agency'] as const;
export const AGENCY_DUTIES = ['focal_point', 'staff'] as const;
export const SESSION_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'minutes_published'] as const;
/** A committee's level: of the Government (central) or of a province. */
export const COMMITTEE_LEVELS = ['central', 'provincial'] as const;
export const COMMITTEE_POSITIONS = ['head', 'standing_deputy', 'deputy', 'member', 'secretary'] as const;
