/**
 * The timeliness classes (QĐ 42/2014/QĐ-TTg, amended by QĐ 23/2018) as a plain list: the rule that sorts a task
 * into one is in timeliness.ts (which needs drizzle); this list is all a schema or a component needs.
 */
export const TIMELINESS_CLASSES = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'overdue',
  'undated',
  'recurring',
] as const;
export type TimelinessClass = (typeof TIMELINESS_CLASSES)[number];
export type Timeliness = TimelinessClass | 'cancelled';
