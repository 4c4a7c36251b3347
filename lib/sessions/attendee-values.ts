/**
 * The attendee row's values and choices, without zod: what browser forms import (the schema itself,
 * lib/sessions/attendee-schema.ts, is loaded by the forms on demand).
 */
export const ATTENDEE_ROLES = ['chair', 'member', 'invited', 'secretary'] as const;
export const PRESENCES = ['present', 'absent', 'represented'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export type Presence = (typeof PRESENCES)[number];

/** One parsed row, ready to save. */
export type AttendeeDraft = {
  fullName: string;
  positionTitle: string | null;
  agencyName: string | null;
  role: AttendeeRole;
  presence: Presence;
  /** Required (non-empty) when presence = 'represented', else null. */
  representedBy: string | null;
};
/** `line` is 1-based (text line, or spreadsheet row with the header as row 1); draft is null iff there are errors. */
export type ParsedRow = {
  line: number;
  raw: string;
  draft: AttendeeDraft | null;
  errors: string[];
  values: ParsedValues;
  /** The "Điểm cầu" cell, when the input had that column (a whole session's workbook or paste). */
  point?: string;
  /** The session's point that cell names, once matched (null when none fits; see lib/sessions/points.ts). */
  pointId?: number | null;
  /**
   * A line that is not a person and is passed over (a header repeated lower down, a group title): never saved, and
   * never dropped unseen either; its one error says why it was skipped.
   */
  skipped?: true;
};

/**
 * A parsed row's cells for the preview: a role or presence that could not be read is '' (not a
 * default), so the preview shows an empty choice and nothing is saved until one is picked.
 */
export type ParsedValues = Omit<AttendeeValues, 'role' | 'presence'> & {
  role: AttendeeRole | '';
  presence: Presence | '';
};

/** What a preview row's inputs start from: the parsed cells as text, even when the row has errors. */
export type AttendeeValues = {
  fullName: string;
  positionTitle: string;
  agencyName: string;
  role: AttendeeRole;
  presence: Presence;
  representedBy: string;
};
export const EMPTY_ATTENDEE: AttendeeValues = {
  fullName: '',
  positionTitle: '',
  agencyName: '',
  role: 'member',
  presence: 'present',
  representedBy: '',
};
