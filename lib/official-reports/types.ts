import type { TimelinessClass } from '@/lib/tasks/timeliness-classes';

/** One task in a report's lists, as it stood on the report's day. */
export type ReportTaskLine = {
  taskId: number;
  text: string;
  /** A confidential directive's text is shown only to readers cleared for it. */
  confidential: boolean;
  sessionNumber: number | null;
  agencyName: string;
  due: string | null;
  daysOverdue: number | null;
  completedOn: string | null;
  /** The lead agency's latest progress note by the report's day. */
  explanation: { on: string; note: string } | null;
  /** The latest extension accepted by the report's day. */
  extension: { from: string; to: string; on: string } | null;
};

export type ReportAgencyRow = {
  agencyId: number;
  name: string;
  /** The day the agency ended and the body its duties passed to, if it has. */
  endedOn: string | null;
  successor: string | null;
  /** Ended bodies whose work this agency took over. */
  predecessors: string[];
  counts: Record<TimelinessClass, number>;
};

/**
 * A report's figures and lists as of its day (decision 035). Composed on each read while a draft; fixed in the
 * report when it is published, so it reads the same a year later. `taskIds` are the tasks each class counted.
 */
export type ReportSnapshot = {
  asOf: string;
  composedAt: string;
  previous: { id: number; asOf: string } | null;
  counts: Record<TimelinessClass, number>;
  taskIds: Record<TimelinessClass, number[]>;
  byAgency: ReportAgencyRow[];
  overdue: ReportTaskLine[];
  overdueTotal: number;
  completedSince: ReportTaskLine[];
  completedSinceTotal: number;
};
