-- Decision 036: a task closed as carried into a later session's directive ("chuyển tiếp"). Its counted completion
-- day is the day it was carried, and its class is frozen as it stood that day (task_timeliness below).
ALTER TYPE "public"."task_status" ADD VALUE 'carried_over';--> statement-breakpoint
ALTER TYPE "public"."task_update_kind" ADD VALUE 'carried_over';--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "continues_directive_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "carried_on" date;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "carried_into_directive_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" drop column "counted_completed_on";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "counted_completed_on" date GENERATED ALWAYS AS (case when status = 'completed' and completion_reported_on > completed_on and completion_confirmed_at is null then completion_reported_on else coalesce(completed_on, carried_on) end) STORED;--> statement-breakpoint
CREATE INDEX "tasks_counted_completed_on" ON "tasks" USING btree ("counted_completed_on") WHERE "tasks"."status" = 'completed';--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_continues_directive_id_directives_id_fk" FOREIGN KEY ("continues_directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_carried_into_directive_id_directives_id_fk" FOREIGN KEY ("carried_into_directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_carried_have_day" CHECK (("tasks"."status"::text = 'carried_over') = ("tasks"."carried_on" is not null));--> statement-breakpoint
-- A carried task keeps the class it had on the day it was carried: overdue if its deadline had passed, in progress
-- on time otherwise (`completed` is that day for it); undated and recurring tasks stay so.
CREATE OR REPLACE FUNCTION task_timeliness(status task_status, kind deadline_kind, due date, completed date, today date)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN status = 'cancelled' THEN 'cancelled'
    WHEN kind = 'urgent' THEN 'undated'
    WHEN kind = 'recurring' THEN 'recurring'
    WHEN due IS NULL THEN 'undated'
    WHEN status = 'completed' THEN CASE WHEN completed <= due THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN status::text = 'carried_over' THEN CASE WHEN completed > due THEN 'overdue' ELSE 'in_progress_on_time' END
    WHEN today > due THEN 'overdue'
    ELSE 'in_progress_on_time' END
$$;
