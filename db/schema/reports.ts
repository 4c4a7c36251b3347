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

/** The one day the tallies' classes are reckoned at. */
export const taskTallyState = pgTable(
  'task_tally_state',
  {
    id: boolean().primaryKey().default(true),
    asOf: date().notNull(),
  },
  (t) => [check('task_tally_state_single', sql`${t.id}`)],
);
