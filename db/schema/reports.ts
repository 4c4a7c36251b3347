import { boolean, check, date, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Task counts per reporting cell, kept by a trigger on `tasks` in the same transaction as every task
 * write (migration `report_tallies`). A cell's classes are as of `task_tally_state.as_of`; readers add
 * the few open tasks whose deadline fell between that day and theirs (lib/reports/summary.ts).
 * Cancelled tasks are not counted. `committee_id` 0 means no committee.
 */
export const taskTallies = pgTable(
  'task_tallies',
  {
    leadAgencyId: integer().notNull(),
    committeeId: integer().notNull(),
    areaCode: text().notNull(),
    assignedYear: smallint().notNull(),
    timeliness: text().notNull(),
    timelinessOriginal: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [
    uniqueIndex('task_tallies_cell').on(
      t.leadAgencyId,
      t.committeeId,
      t.areaCode,
      t.assignedYear,
      t.timeliness,
      t.timelinessOriginal,
    ),
  ],
);

/**
 * The trend's counts per month (decision 100), kept by the same trigger as `task_tallies` and recounted by the same
 * rebuild: per lead agency × committee × reporting area × deadline basis × month, the tasks completed in the month
 * on time or late (by the counted completion date) and the dated tasks whose deadline fell in it that were missed
 * (done late, or still overdue as of `task_tally_state.as_of`; readers add the deadlines passed since, as for the
 * tallies). `month` is the month's first day; cancelled tasks are not counted.
 */
export const taskMonthTallies = pgTable(
  'task_month_tallies',
  {
    basis: text().notNull(),
    month: date().notNull(),
    leadAgencyId: integer().notNull(),
    committeeId: integer().notNull(),
    areaCode: text().notNull(),
    series: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [
    uniqueIndex('task_month_tallies_cell').on(t.basis, t.month, t.leadAgencyId, t.committeeId, t.areaCode, t.series),
  ],
);

/**
 * Tasks made while a transaction defers its tally changes (`task_tallies_defer()`, decision 100): the trigger leaves
 * them out, and `task_tallies_flush()` counts them once, from their final rows, in one statement per tally. Empty
 * outside such a transaction.
 */
export const taskTallyPending = pgTable('task_tally_pending', {
  taskId: integer().primaryKey(),
});

/** The one day the tallies' classes are reckoned at. */
export const taskTallyState = pgTable(
  'task_tally_state',
  {
    id: boolean().primaryKey().default(true),
    asOf: date().notNull(),
  },
  (t) => [check('task_tally_state_single', sql`${t.id}`)],
);
