CREATE TABLE "task_tally_pending" (
	"task_id" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Decision 100: a transaction that makes thousands of tasks (the backlog import) defers its tally changes and makes
-- them once: otherwise each task's writes update the same few cells again and again in one transaction, and every
-- update walks the chain of row versions the earlier ones left (the import slowed as it went). Only tasks made in
-- the deferring transaction are deferred; a write to any other task still moves its cells at once.
CREATE OR REPLACE FUNCTION tasks_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  as_of date := (SELECT s.as_of FROM task_tally_state s);
  old_key text[];
  new_key text[];
  old_months task_month_key[];
  new_months task_month_key[];
BEGIN
  -- A transaction that deferred its tally changes (an import) counts the tasks it made once, at its flush.
  IF current_setting('steering.tally_deferred', true) = 'on' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO task_tally_pending (task_id) VALUES (NEW.id);
      RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM task_tally_pending p WHERE p.task_id = OLD.id) THEN RETURN NULL; END IF;
  END IF;
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
CREATE FUNCTION task_tallies_defer() RETURNS void LANGUAGE sql AS $$
  SELECT set_config('steering.tally_deferred', 'on', true)
$$;
--> statement-breakpoint
-- Counts the deferred tasks as they now stand, one statement per tally, and ends the deferral.
CREATE FUNCTION task_tallies_flush() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  as_of date := (SELECT s.as_of FROM task_tally_state s);
  counted integer;
BEGIN
  PERFORM set_config('steering.tally_deferred', 'off', true);
  INSERT INTO task_tallies AS c (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
    SELECT t.lead_agency_id, coalesce(t.committee_id, 0), t.area_code, extract(year FROM t.assigned_on),
      task_timeliness(t.status, t.deadline_kind, t.due_date, t.counted_completed_on, as_of),
      task_timeliness(t.status, t.deadline_kind, coalesce(t.original_due_date, t.due_date), t.counted_completed_on, as_of), count(*)
    FROM task_tally_pending p JOIN tasks t ON t.id = p.task_id WHERE t.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original)
    DO UPDATE SET n = c.n + excluded.n;
  INSERT INTO task_month_tallies AS c (basis, month, lead_agency_id, committee_id, area_code, series, n)
    SELECT m.basis, m.month, t.lead_agency_id, coalesce(t.committee_id, 0), t.area_code, m.series, count(*)
    FROM task_tally_pending p JOIN tasks t ON t.id = p.task_id,
      LATERAL unnest(task_month_keys(t.status, t.deadline_kind, t.due_date, t.original_due_date, t.counted_completed_on, as_of)) AS m
    WHERE t.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (basis, month, lead_agency_id, committee_id, area_code, series) DO UPDATE SET n = c.n + excluded.n;
  DELETE FROM task_tally_pending;
  GET DIAGNOSTICS counted = ROW_COUNT;
  RETURN counted;
END $$;
