CREATE TYPE "public"."committee_position" AS ENUM('head', 'standing_deputy', 'deputy', 'member', 'secretary');--> statement-breakpoint
CREATE TYPE "public"."agency_duty" AS ENUM('focal_point', 'staff');--> statement-breakpoint
CREATE TABLE "user_committees" (
	"user_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	CONSTRAINT "user_committees_user_id_committee_id_pk" PRIMARY KEY("user_id","committee_id")
);
--> statement-breakpoint
CREATE TABLE "task_update_drafts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_update_drafts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"status" "task_status",
	"progress" integer,
	"note" text,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" integer,
	"update_id" integer,
	"discarded_at" timestamp with time zone,
	"discarded_by_id" integer,
	CONSTRAINT "task_update_drafts_progress" CHECK ("task_update_drafts"."progress" is null or "task_update_drafts"."progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "committee_members" ALTER COLUMN "agency_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "committee_members" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "committee_members" ADD COLUMN "position" "committee_position" DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE "committee_members" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "position" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "agency_duty" "agency_duty" DEFAULT 'focal_point' NOT NULL;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "source_document_date" date;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "user_committees" ADD CONSTRAINT "user_committees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_committees" ADD CONSTRAINT "user_committees_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update_drafts" ADD CONSTRAINT "task_update_drafts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update_drafts" ADD CONSTRAINT "task_update_drafts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update_drafts" ADD CONSTRAINT "task_update_drafts_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update_drafts" ADD CONSTRAINT "task_update_drafts_update_id_task_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."task_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update_drafts" ADD CONSTRAINT "task_update_drafts_discarded_by_id_users_id_fk" FOREIGN KEY ("discarded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_committees_committee_id_index" ON "user_committees" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "task_update_drafts_open" ON "task_update_drafts" USING btree ("task_id") WHERE "task_update_drafts"."submitted_at" is null and "task_update_drafts"."discarded_at" is null;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_members_person_id_index" ON "committee_members" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_importKey_unique" UNIQUE("import_key");--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_someone" CHECK ("committee_members"."agency_id" is not null or "committee_members"."person_id" is not null);--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_dates" CHECK ("committee_members"."valid_to" is null or "committee_members"."valid_to" >= "committee_members"."valid_from");--> statement-breakpoint
-- Role, agency, duty and disable changes end the user's sessions as well as their API tokens, whichever code
-- path makes them: the database bumps session_version with credentials_version (issue 18).
CREATE OR REPLACE FUNCTION users_credentials_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.is_active IS DISTINCT FROM OLD.is_active
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
     OR NEW.agency_duty IS DISTINCT FROM OLD.agency_duty
     OR NEW.email IS DISTINCT FROM OLD.email THEN
    NEW.credentials_version := OLD.credentials_version + 1;
  END IF;
  IF (NEW.is_active IS DISTINCT FROM OLD.is_active AND NOT NEW.is_active)
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
     OR NEW.agency_duty IS DISTINCT FROM OLD.agency_duty THEN
    NEW.session_version := GREATEST(NEW.session_version, OLD.session_version + 1);
  END IF;
  RETURN NEW;
END $$;
