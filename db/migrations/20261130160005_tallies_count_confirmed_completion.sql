-- Decision 022: the timeliness classes count a completion by `counted_completed_on` (the day it was reported while a
-- back-dated completion awaits the secretariat's confirmation; the completion date otherwise). The tally trigger,
-- the rebuild and the roll read that column instead of `completed_on`; everything else is unchanged.
--> statement-breakpoint
-- Keeps task_tallies in step with tasks, in the writer's transaction: the old cell loses one, the new gains one.
CREATE OR REPLACE FUNCTION tasks_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  as_of date := (SELECT s.as_of FROM task_tally_state s);
  old_key text[];
  new_key text[];
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status <> 'cancelled' THEN
    old_key := ARRAY[OLD.lead_agency_id::text, coalesce(OLD.committee_id, 0)::text, OLD.area_code,
      extract(year FROM OLD.assigned_on)::text,
      task_timeliness(OLD.status, OLD.deadline_kind, OLD.due_date, OLD.counted_completed_on, as_of),
      task_timeliness(OLD.status, OLD.deadline_kind, coalesce(OLD.original_due_date, OLD.due_date), OLD.counted_completed_on, as_of)];
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status <> 'cancelled' THEN
    new_key := ARRAY[NEW.lead_agency_id::text, coalesce(NEW.committee_id, 0)::text, NEW.area_code,
      extract(year FROM NEW.assigned_on)::text,
      task_timeliness(NEW.status, NEW.deadline_kind, NEW.due_date, NEW.counted_completed_on, as_of),
      task_timeliness(NEW.status, NEW.deadline_kind, coalesce(NEW.original_due_date, NEW.due_date), NEW.counted_completed_on, as_of)];
  END IF;
  IF old_key IS NOT DISTINCT FROM new_key THEN RETURN NULL; END IF;
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
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Recounts every cell as of a day: the repair tool, and the back-fill of existing data.
CREATE OR REPLACE FUNCTION task_tallies_rebuild(day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE tasks IN SHARE MODE;
  DELETE FROM task_tallies;
  INSERT INTO task_tally_state (id, as_of) VALUES (true, day) ON CONFLICT (id) DO UPDATE SET as_of = day;
  INSERT INTO task_tallies (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
    SELECT lead_agency_id, coalesce(committee_id, 0), area_code, extract(year FROM assigned_on),
      task_timeliness(status, deadline_kind, due_date, counted_completed_on, day),
      task_timeliness(status, deadline_kind, coalesce(original_due_date, due_date), counted_completed_on, day), count(*)
    FROM tasks WHERE status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6;
END $$;
--> statement-breakpoint
-- Moves the tallies' day forward (or back): only open dated tasks whose deadline lies between change class.
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
  UPDATE task_tally_state SET as_of = day;
  RETURN moved;
END $$;
--> statement-breakpoint
SELECT task_tallies_rebuild((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
