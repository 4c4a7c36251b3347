/* Plain values, no zod: the import form (a client component) reads them without loading the schemas. */

/** What a column of an office's backlog sheet may hold; a column mapped to none is left out. */
export const BACKLOG_FIELDS = [
  'ordinal',
  'sourceDocument',
  'sourceDocumentDate',
  'text',
  'lead',
  'coordinators',
  'deadline',
  'status',
  'completedOn',
  'latestReport',
] as const;
export type BacklogField = (typeof BACKLOG_FIELDS)[number];
