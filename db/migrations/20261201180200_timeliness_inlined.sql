-- task_timeliness compared the status as text, and an enum's text output is STABLE, so PostgreSQL would not inline
-- this IMMUTABLE function and called it once per row: every filter, count and grouping by class ran about 3x slower
-- (decision 038). It now compares the enum itself. 'carried_over' may have been added in this same migration
-- transaction, where using the new value is refused, so the body is checked at first use (after commit), not now.
SET LOCAL check_function_bodies = off;--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_timeliness(status task_status, kind deadline_kind, due date, completed date, today date)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN status = 'cancelled' THEN 'cancelled'
    WHEN kind = 'urgent' THEN 'undated'
    WHEN kind = 'recurring' THEN 'recurring'
    WHEN due IS NULL THEN 'undated'
    WHEN status = 'completed' THEN CASE WHEN completed <= due THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN status = 'carried_over' THEN CASE WHEN completed > due THEN 'overdue' ELSE 'in_progress_on_time' END
    WHEN today > due THEN 'overdue'
    ELSE 'in_progress_on_time' END
$$;--> statement-breakpoint
SET LOCAL check_function_bodies = on;
