ALTER TYPE "public"."task_update_kind" ADD VALUE 'completion_confirmed';--> statement-breakpoint
ALTER TYPE "public"."task_update_kind" ADD VALUE 'completion_returned';--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "completion_document" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "completion_reported_on" date;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "completion_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "completion_confirmed_by_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "completion_pending" boolean GENERATED ALWAYS AS (coalesce(status = 'completed' and completion_reported_on > completed_on and completion_confirmed_at is null, false)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "counted_completed_on" date GENERATED ALWAYS AS (case when status = 'completed' and completion_reported_on > completed_on and completion_confirmed_at is null then completion_reported_on else completed_on end) STORED;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_completion_confirmed_by_id_users_id_fk" FOREIGN KEY ("completion_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_counted_completed_on" ON "tasks" USING btree ("counted_completed_on") WHERE "tasks"."status" = 'completed';--> statement-breakpoint
CREATE INDEX "tasks_completion_pending" ON "tasks" USING btree ("lead_agency_id") WHERE "tasks"."completion_pending";