CREATE TABLE "task_month_tallies" (
	"basis" text NOT NULL,
	"month" date NOT NULL,
	"lead_agency_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"series" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "task_month_tallies_cell" ON "task_month_tallies" USING btree ("basis","month","lead_agency_id","committee_id","area_code","series");--> statement-breakpoint
-- Decision 100: the trend's months are kept, not counted. A task's month cells as of a day, on both deadline bases:
-- the month it was completed in (counted completion date) with its class, when completed on time or late, and the
-- month its deadline fell in ('missed'), when done late or overdue. Dates have no time zone: a month is the
-- calendar month of a Vietnam calendar date, as the trend's scan groups them.
CREATE TYPE task_month_key AS (basis text, month date, series text);
--> statement-breakpoint
-- A month is truncated from a timestamp without time zone, so the server's TimeZone plays no part.
CREATE FUNCTION task_month_keys(status task_status, kind deadline_kind, due date, original_due date, completed date, as_of date)
  RETURNS task_month_key[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(ARRAY[
    CASE WHEN c.cur IN ('completed_on_time', 'completed_late')
      THEN ROW('current', date_trunc('month', completed::timestamp)::date, c.cur)::task_month_key END,
    CASE WHEN c.cur IN ('completed_late', 'overdue')
      THEN ROW('current', date_trunc('month', due::timestamp)::date, 'missed')::task_month_key END,
    CASE WHEN c.orig IN ('completed_on_time', 'completed_late')
      THEN ROW('original', date_trunc('month', completed::timestamp)::date, c.orig)::task_month_key END,
    CASE WHEN c.orig IN ('completed_late', 'overdue')
      THEN ROW('original', date_trunc('month', coalesce(original_due, due)::timestamp)::date, 'missed')::task_month_key END
  ], NULL)
  FROM (SELECT task_timeliness(status, kind, due, completed, as_of) AS cur,
    task_timeliness(status, kind, coalesce(original_due, due), completed, as_of) AS orig) c
$$;
--> statement-breakpoint
-- Keeps task_tallies and task_month_tallies in step with tasks, in the writer's transaction: the old cells lose one,
-- the new gain one. Unchanged from the last version for task_tallies; the month cells are moved only when they differ.
CREATE OR REPLACE FUNCTION tasks_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  as_of date := (SELECT s.as_of FROM task_tally_state s);
  old_key text[];
  new_key text[];
  old_months task_month_key[];
  new_months task_month_key[];
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status <> 'cancelled' THEN
    old_key := ARRAY[OLD.lead_agency_id::text, coalesce(OLD.committee_id, 0)::text, OLD.area_code,
      extract(year FROM OLD.assigned_on)::text,
      task_timeliness(OLD.status, OLD.deadline_kind, OLD.due_date, OLD.counted_completed_on, as_of),
      task_timeliness(OLD.status, OLD.deadline_kind, coalesce(OLD.original_due_date, OLD.due_date), OLD.counted_completed_on, as_of)];
    old_months := task_month_keys(OLD.status, OLD.deadline_kind, OLD.due_date, OLD.original_due_date, OLD.counted_completed_on, as_of);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status <> 'cancelled' THEN
    new_key := ARRAY[NEW.lead_agency_id::text, coalesce(NEW.committee_id, 0)::text, NEW.area_code,
      extract(year FROM NEW.assigned_on)::text,
      task_timeliness(NEW.status, NEW.deadline_kind, NEW.due_date, NEW.counted_completed_on, as_of),
      task_timeliness(NEW.status, NEW.deadline_kind, coalesce(NEW.original_due_date, NEW.due_date), NEW.counted_completed_on, as_of)];
    new_months := task_month_keys(NEW.status, NEW.deadline_kind, NEW.due_date, NEW.original_due_date, NEW.counted_completed_on, as_of);
  END IF;
  IF old_key IS DISTINCT FROM new_key THEN
    IF old_key IS NOT NULL THEN
      UPDATE task_tallies SET n = n - 1
        WHERE lead_agency_id = old_key[1]::int AND committee_id = old_key[2]::int AND area_code = old_key[3]
          AND assigned_year = old_key[4]::smallint AND timeliness = old_key[5] AND timeliness_original = old_key[6];
    END IF;
    IF new_key IS NOT NULL THEN
      INSERT INTO task_tallies AS t (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
        VALUES (new_key[1]::int, new_key[2]::int, new_key[3], new_key[4]::smallint, new_key[5], new_key[6], 1)
        ON CONFLICT (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original)
        DO UPDATE SET n = t.n + 1;
    END IF;
  END IF;
  -- A month cell moves on its own: a completion date or a passed deadline can change month without changing class.
  IF coalesce(cardinality(old_months), 0) = 0 AND coalesce(cardinality(new_months), 0) = 0 THEN RETURN NULL; END IF;
  IF old_key[1:3] IS NOT DISTINCT FROM new_key[1:3] AND old_months IS NOT DISTINCT FROM new_months THEN RETURN NULL; END IF;
  INSERT INTO task_month_tallies AS t (basis, month, lead_agency_id, committee_id, area_code, series, n)
    SELECT m.basis, m.month, x.agency, x.committee, x.area, m.series, sum(x.sign)
    FROM (VALUES (old_key[1]::int, old_key[2]::int, old_key[3], old_months, -1),
      (new_key[1]::int, new_key[2]::int, new_key[3], new_months, 1)) AS x(agency, committee, area, months, sign),
      LATERAL unnest(x.months) AS m
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.sign) <> 0
    ON CONFLICT (basis, month, lead_agency_id, committee_id, area_code, series) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Recounts every cell of both tallies as of a day: the repair tool, and the back-fill of existing data.
CREATE OR REPLACE FUNCTION task_tallies_rebuild(day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE tasks IN SHARE MODE;
  DELETE FROM task_tallies;
  DELETE FROM task_month_tallies;
  INSERT INTO task_tally_state (id, as_of) VALUES (true, day) ON CONFLICT (id) DO UPDATE SET as_of = day;
  INSERT INTO task_tallies (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
    SELECT lead_agency_id, coalesce(committee_id, 0), area_code, extract(year FROM assigned_on),
      task_timeliness(status, deadline_kind, due_date, counted_completed_on, day),
      task_timeliness(status, deadline_kind, coalesce(original_due_date, due_date), counted_completed_on, day), count(*)
    FROM tasks WHERE status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO task_month_tallies (basis, month, lead_agency_id, committee_id, area_code, series, n)
    SELECT m.basis, m.month, t.lead_agency_id, coalesce(t.committee_id, 0), t.area_code, m.series, count(*)
    FROM tasks t, LATERAL unnest(task_month_keys(t.status, t.deadline_kind, t.due_date, t.original_due_date, t.counted_completed_on, day)) AS m
    WHERE t.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6;
END $$;
--> statement-breakpoint
-- Moves the tallies' day forward (or back): only open dated tasks whose deadline lies between change class, and
-- with it their 'missed' month cells.
CREATE OR REPLACE FUNCTION task_tallies_roll(day date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  was date;
  lo date;
  hi date;
  moved integer;
BEGIN
  LOCK TABLE tasks IN SHARE MODE;
  SELECT as_of INTO was FROM task_tally_state FOR UPDATE;
  IF was IS NULL THEN PERFORM task_tallies_rebuild(day); RETURN -1; END IF;
  IF was = day THEN RETURN 0; END IF;
  lo := least(was, day);
  hi := greatest(was, day);
  WITH moved_tasks AS (
    SELECT * FROM tasks WHERE status IN ('not_started', 'in_progress') AND deadline_kind = 'dated'
      AND ((due_date >= lo AND due_date < hi) OR (original_due_date >= lo AND original_due_date < hi))
  ), delta AS (
    SELECT lead_agency_id, coalesce(committee_id, 0) AS committee_id, area_code, extract(year FROM assigned_on) AS assigned_year,
      task_timeliness(status, deadline_kind, due_date, counted_completed_on, d.at_day) AS timeliness,
      task_timeliness(status, deadline_kind, coalesce(original_due_date, due_date), counted_completed_on, d.at_day) AS timeliness_original,
      d.sign
    FROM moved_tasks, (VALUES (day, 1), (was, -1)) AS d(at_day, sign)
  )
  INSERT INTO task_tallies AS t (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
    SELECT lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, sum(sign)
    FROM delta GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0
    ON CONFLICT (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original)
    DO UPDATE SET n = t.n + excluded.n;
  GET DIAGNOSTICS moved = ROW_COUNT;
  WITH moved_tasks AS (
    SELECT * FROM tasks WHERE status IN ('not_started', 'in_progress') AND deadline_kind = 'dated'
      AND ((due_date >= lo AND due_date < hi) OR (original_due_date >= lo AND original_due_date < hi))
  )
  INSERT INTO task_month_tallies AS t (basis, month, lead_agency_id, committee_id, area_code, series, n)
    SELECT m.basis, m.month, x.lead_agency_id, coalesce(x.committee_id, 0), x.area_code, m.series, sum(d.sign)
    FROM moved_tasks x, (VALUES (day, 1), (was, -1)) AS d(at_day, sign),
      LATERAL unnest(task_month_keys(x.status, x.deadline_kind, x.due_date, x.original_due_date, x.counted_completed_on, d.at_day)) AS m
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d.sign) <> 0
    ON CONFLICT (basis, month, lead_agency_id, committee_id, area_code, series) DO UPDATE SET n = t.n + excluded.n;
  UPDATE task_tally_state SET as_of = day;
  RETURN moved;
END $$;
--> statement-breakpoint
-- The back-fill, where there are tasks to count (an empty database may have been given 'carried_over' in this same
-- migration transaction, where the classes' function may not use it yet).
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM tasks) THEN PERFORM task_tallies_rebuild((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date); END IF;
END $$;
