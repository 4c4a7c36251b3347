CREATE TABLE "task_tallies" (
	"lead_agency_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"assigned_year" smallint NOT NULL,
	"timeliness" text NOT NULL,
	"timeliness_original" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_tally_state" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"as_of" date NOT NULL,
	CONSTRAINT "task_tally_state_single" CHECK ("task_tally_state"."id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "session_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "committee_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "area_code" text DEFAULT 'unclassified' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "task_tallies_cell" ON "task_tallies" USING btree ("lead_agency_id","committee_id","area_code","assigned_year","timeliness","timeliness_original");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_session_id_index" ON "tasks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "tasks_assigned_on_index" ON "tasks" USING btree ("assigned_on");--> statement-breakpoint
CREATE INDEX "tasks_open_dated_due" ON "tasks" USING btree ("due_date") WHERE status in ('not_started', 'in_progress') and deadline_kind = 'dated';--> statement-breakpoint
CREATE INDEX "tasks_open_dated_original_due" ON "tasks" USING btree ("original_due_date") WHERE status in ('not_started', 'in_progress') and deadline_kind = 'dated';--> statement-breakpoint
CREATE INDEX "tasks_open_dated_lead_due" ON "tasks" USING btree ("lead_agency_id","due_date") WHERE status in ('not_started', 'in_progress') and deadline_kind = 'dated';--> statement-breakpoint
CREATE INDEX "tasks_completed_on" ON "tasks" USING btree ("completed_on") WHERE "tasks"."status" = 'completed';--> statement-breakpoint
-- The timeliness rule (DESIGN.md; QĐ 42/2014/QĐ-TTg): the single SQL definition, used by every query
-- (lib/tasks/timeliness.ts `timelinessSql`) and by the tally trigger. A plain SQL function, inlined by the planner.
CREATE FUNCTION task_timeliness(status task_status, kind deadline_kind, due date, completed date, today date)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN status = 'cancelled' THEN 'cancelled'
    WHEN kind = 'urgent' THEN 'undated'
    WHEN kind = 'recurring' THEN 'recurring'
    WHEN due IS NULL THEN 'undated'
    WHEN status = 'completed' THEN CASE WHEN completed <= due THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN today > due THEN 'overdue'
    ELSE 'in_progress_on_time' END
$$;
--> statement-breakpoint
-- A directive's reporting area: cross-cutting, else the first of its areas in the programme's order.
CREATE FUNCTION directive_report_area(directive integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN d.is_cross_cutting THEN 'cross_cutting' ELSE coalesce(
    (SELECT ra.code FROM directive_areas da JOIN reform_areas ra ON ra.id = da.area_id
      WHERE da.directive_id = d.id ORDER BY ra.position LIMIT 1), 'unclassified') END
  FROM directives d WHERE d.id = directive
$$;
--> statement-breakpoint
CREATE FUNCTION tasks_fill_dimensions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.session_id, s.committee_id, directive_report_area(d.id)
    INTO NEW.session_id, NEW.committee_id, NEW.area_code
    FROM directives d LEFT JOIN sessions s ON s.id = d.session_id WHERE d.id = NEW.directive_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_fill_dimensions BEFORE INSERT OR UPDATE OF directive_id ON tasks
  FOR EACH ROW EXECUTE FUNCTION tasks_fill_dimensions();
--> statement-breakpoint
CREATE FUNCTION directive_areas_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE directive integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.directive_id ELSE NEW.directive_id END;
BEGIN
  UPDATE tasks SET area_code = directive_report_area(directive)
    WHERE directive_id = directive AND area_code IS DISTINCT FROM directive_report_area(directive);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER directive_areas_changed AFTER INSERT OR DELETE ON directive_areas
  FOR EACH ROW EXECUTE FUNCTION directive_areas_changed();
--> statement-breakpoint
CREATE FUNCTION directives_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tasks t SET area_code = directive_report_area(NEW.id), session_id = NEW.session_id,
      committee_id = (SELECT s.committee_id FROM sessions s WHERE s.id = NEW.session_id)
    WHERE t.directive_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER directives_changed AFTER UPDATE OF is_cross_cutting, session_id ON directives
  FOR EACH ROW WHEN (OLD.is_cross_cutting IS DISTINCT FROM NEW.is_cross_cutting OR OLD.session_id IS DISTINCT FROM NEW.session_id)
  EXECUTE FUNCTION directives_changed();
--> statement-breakpoint
CREATE FUNCTION sessions_committee_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tasks SET committee_id = NEW.committee_id WHERE session_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_committee_changed AFTER UPDATE OF committee_id ON sessions
  FOR EACH ROW WHEN (OLD.committee_id IS DISTINCT FROM NEW.committee_id)
  EXECUTE FUNCTION sessions_committee_changed();
--> statement-breakpoint
-- Keeps task_tallies in step with tasks, in the writer's transaction: the old cell loses one, the new gains one.
CREATE FUNCTION tasks_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  as_of date := (SELECT s.as_of FROM task_tally_state s);
  old_key text[];
  new_key text[];
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status <> 'cancelled' THEN
    old_key := ARRAY[OLD.lead_agency_id::text, coalesce(OLD.committee_id, 0)::text, OLD.area_code,
      extract(year FROM OLD.assigned_on)::text,
      task_timeliness(OLD.status, OLD.deadline_kind, OLD.due_date, OLD.completed_on, as_of),
      task_timeliness(OLD.status, OLD.deadline_kind, coalesce(OLD.original_due_date, OLD.due_date), OLD.completed_on, as_of)];
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status <> 'cancelled' THEN
    new_key := ARRAY[NEW.lead_agency_id::text, coalesce(NEW.committee_id, 0)::text, NEW.area_code,
      extract(year FROM NEW.assigned_on)::text,
      task_timeliness(NEW.status, NEW.deadline_kind, NEW.due_date, NEW.completed_on, as_of),
      task_timeliness(NEW.status, NEW.deadline_kind, coalesce(NEW.original_due_date, NEW.due_date), NEW.completed_on, as_of)];
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
CREATE TRIGGER tasks_tally AFTER INSERT OR UPDATE OR DELETE ON tasks
  FOR EACH ROW EXECUTE FUNCTION tasks_tally();
--> statement-breakpoint
-- Recounts every cell as of a day: the repair tool, and the back-fill of existing data.
CREATE FUNCTION task_tallies_rebuild(day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE tasks IN SHARE MODE;
  DELETE FROM task_tallies;
  INSERT INTO task_tally_state (id, as_of) VALUES (true, day) ON CONFLICT (id) DO UPDATE SET as_of = day;
  INSERT INTO task_tallies (lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n)
    SELECT lead_agency_id, coalesce(committee_id, 0), area_code, extract(year FROM assigned_on),
      task_timeliness(status, deadline_kind, due_date, completed_on, day),
      task_timeliness(status, deadline_kind, coalesce(original_due_date, due_date), completed_on, day), count(*)
    FROM tasks WHERE status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5, 6;
END $$;
--> statement-breakpoint
-- Moves the tallies' day forward (or back): only open dated tasks whose deadline lies between change class.
CREATE FUNCTION task_tallies_roll(day date) RETURNS integer LANGUAGE plpgsql AS $$
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
      task_timeliness(status, deadline_kind, due_date, completed_on, d.at_day) AS timeliness,
      task_timeliness(status, deadline_kind, coalesce(original_due_date, due_date), completed_on, d.at_day) AS timeliness_original,
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
UPDATE tasks t SET session_id = d.session_id, committee_id = s.committee_id, area_code = directive_report_area(d.id)
  FROM directives d LEFT JOIN sessions s ON s.id = d.session_id WHERE d.id = t.directive_id;
--> statement-breakpoint
SELECT task_tallies_rebuild((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
