CREATE TYPE "public"."agency_kind" AS ENUM('ministry', 'ministry_level', 'government_agency', 'province', 'provincial_department', 'commune', 'state_enterprise', 'other');--> statement-breakpoint
CREATE TYPE "public"."committee_level" AS ENUM('central', 'provincial');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'secretariat', 'leader', 'agency');--> statement-breakpoint
CREATE TYPE "public"."attendance_presence" AS ENUM('present', 'absent', 'represented');--> statement-breakpoint
CREATE TYPE "public"."attendee_role" AS ENUM('chair', 'member', 'invited', 'secretary');--> statement-breakpoint
CREATE TYPE "public"."session_format" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('planned', 'held', 'minutes_published');--> statement-breakpoint
CREATE TYPE "public"."authority_prefix" AS ENUM('none', 'TM', 'KT', 'TL', 'TUQ');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('minutes', 'notice');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'in_review', 'published');--> statement-breakpoint
CREATE TYPE "public"."deadline_kind" AS ENUM('dated', 'urgent', 'recurring');--> statement-breakpoint
CREATE TYPE "public"."extension_status" AS ENUM('pending', 'accepted', 'refused');--> statement-breakpoint
CREATE TYPE "public"."recurrence_period" AS ENUM('monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('not_started', 'in_progress', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."task_update_kind" AS ENUM('created', 'progress', 'comment', 'period_report', 'extension_requested', 'extension_decided', 'deadline_changed', 'urged', 'reassigned', 'handed_over', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('pending', 'sent', 'kept', 'failed');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "agency_kind" NOT NULL,
	"parent_id" integer,
	"valid_from" date,
	"valid_to" date,
	"successor_id" integer,
	"is_central" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"full_name" text NOT NULL,
	"position_title" text,
	"agency_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "committee_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "committee_members_committeeId_agencyId_validFrom_unique" UNIQUE("committee_id","agency_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "committees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" "committee_level" NOT NULL,
	"head_person_id" integer,
	"head_title" text,
	"standing_agency_id" integer,
	"parent_id" integer,
	"successor_id" integer,
	"established_by" text,
	"valid_from" date,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committees_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"agency_id" integer,
	"person_id" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_agency_role_has_agency" CHECK ("users"."role" <> 'agency' or "users"."agency_id" is not null),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter" text
);
--> statement-breakpoint
CREATE TABLE "attendances" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attendances_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"point_id" integer NOT NULL,
	"person_id" integer,
	"full_name" text NOT NULL,
	"position_title" text,
	"agency_id" integer,
	"agency_name" text,
	"role" "attendee_role" DEFAULT 'member' NOT NULL,
	"presence" "attendance_presence" DEFAULT 'present' NOT NULL,
	"represented_by" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "attendances_represented_has_name" CHECK ("attendances"."presence" <> 'represented' or coalesce("attendances"."represented_by", '') <> '')
);
--> statement-breakpoint
CREATE TABLE "conference_points" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conference_points_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"name" text NOT NULL,
	"host_agency_id" integer,
	"is_main" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "conference_points_session_name" UNIQUE("session_id","name")
);
--> statement-breakpoint
CREATE TABLE "session_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "session_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"unit" text,
	"agency_id" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committee_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"format" "session_format" NOT NULL,
	"chair_person_id" integer,
	"location" text,
	"summary" text,
	"status" "session_status" DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_committee_number" UNIQUE("committee_id","number"),
	CONSTRAINT "sessions_number_positive" CHECK ("sessions"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "document_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"status" "document_status" NOT NULL,
	"body" text NOT NULL,
	"fields" jsonb NOT NULL,
	"reason" text,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_revisions_number" UNIQUE("document_id","revision")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"kind" "document_kind" NOT NULL,
	"number" text,
	"symbol" text,
	"issuing_body" text,
	"place" text,
	"issue_date" date,
	"subject" text,
	"signer_name" text,
	"signer_title" text,
	"authority_prefix" "authority_prefix" DEFAULT 'none' NOT NULL,
	"authority_body" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_session_kind" UNIQUE("session_id","kind")
);
--> statement-breakpoint
CREATE TABLE "directive_areas" (
	"directive_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	CONSTRAINT "directive_areas_directive_id_area_id_pk" PRIMARY KEY("directive_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "directives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer,
	"source_document" text,
	"parent_id" integer,
	"ordinal" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"issued_by" text,
	"is_assessment" boolean DEFAULT false NOT NULL,
	"is_cross_cutting" boolean DEFAULT false NOT NULL,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directives_have_source" CHECK ("directives"."session_id" is not null or "directives"."source_document" is not null)
);
--> statement-breakpoint
CREATE TABLE "reform_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reform_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"role" text,
	"position" integer NOT NULL,
	CONSTRAINT "reform_areas_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"update_id" integer,
	"storage_key" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_storageKey_unique" UNIQUE("storage_key"),
	CONSTRAINT "evidence_files_size" CHECK ("evidence_files"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "extension_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"previous_due_date" date NOT NULL,
	"requested_due_date" date NOT NULL,
	"reason" text NOT NULL,
	"status" "extension_status" DEFAULT 'pending' NOT NULL,
	"requested_by_id" integer,
	"decided_by_id" integer,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_coordinators" (
	"task_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "task_coordinators_task_id_agency_id_pk" PRIMARY KEY("task_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"kind" "task_update_kind" NOT NULL,
	"author_id" integer,
	"author_agency_id" integer,
	"status_from" "task_status",
	"status_to" "task_status",
	"progress" integer,
	"note" text,
	"period" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"directive_id" integer NOT NULL,
	"lead_agency_id" integer NOT NULL,
	"assigned_agency_id" integer NOT NULL,
	"monitor_agency_id" integer,
	"title" text,
	"deadline_kind" "deadline_kind" NOT NULL,
	"original_due_date" date,
	"due_date" date,
	"recurrence" "recurrence_period",
	"status" "task_status" DEFAULT 'not_started' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"result" text,
	"completed_on" date,
	"assigned_on" date NOT NULL,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_progress_range" CHECK ("tasks"."progress" between 0 and 100),
	CONSTRAINT "tasks_dated_have_date" CHECK (("tasks"."deadline_kind" = 'dated') = ("tasks"."due_date" is not null and "tasks"."original_due_date" is not null)),
	CONSTRAINT "tasks_recurring_have_period" CHECK (("tasks"."deadline_kind" = 'recurring') = ("tasks"."recurrence" is not null)),
	CONSTRAINT "tasks_completed_have_date" CHECK (("tasks"."status" = 'completed') = ("tasks"."completed_on" is not null)),
	CONSTRAINT "tasks_cancelled_have_reason" CHECK ("tasks"."status" <> 'cancelled' or "tasks"."cancel_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "email_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"dedupe_key" text NOT NULL,
	"status" "email_status" DEFAULT 'pending' NOT NULL,
	"error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_dedupeKey_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"dedupe_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_dedupeKey_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_user_id" integer,
	"actor_role" text,
	"actor_agency_id" integer,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_head_person_id_people_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_standing_agency_id_agencies_id_fk" FOREIGN KEY ("standing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_parent_id_committees_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_successor_id_committees_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_point_id_conference_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."conference_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_points" ADD CONSTRAINT "conference_points_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_points" ADD CONSTRAINT "conference_points_host_agency_id_agencies_id_fk" FOREIGN KEY ("host_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_figures" ADD CONSTRAINT "session_figures_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_figures" ADD CONSTRAINT "session_figures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_chair_person_id_people_id_fk" FOREIGN KEY ("chair_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_areas" ADD CONSTRAINT "directive_areas_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_areas" ADD CONSTRAINT "directive_areas_area_id_reform_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."reform_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_parent_id_directives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_update_id_task_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."task_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_coordinators" ADD CONSTRAINT "task_coordinators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_coordinators" ADD CONSTRAINT "task_coordinators_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_author_agency_id_agencies_id_fk" FOREIGN KEY ("author_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigned_agency_id_agencies_id_fk" FOREIGN KEY ("assigned_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_monitor_agency_id_agencies_id_fk" FOREIGN KEY ("monitor_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agencies_kind_index" ON "agencies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "agencies_parent_id_index" ON "agencies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agencies_successor_id_index" ON "agencies" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "people_agency_id_index" ON "people" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "people_full_name_index" ON "people" USING btree ("full_name");--> statement-breakpoint
CREATE INDEX "committee_members_agency_id_index" ON "committee_members" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_created_at_index" ON "sign_in_attempts" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_created_at_index" ON "sign_in_attempts" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "users_agency_id_index" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "agenda_items_session_id_position_index" ON "agenda_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "attendances_point_id_position_index" ON "attendances" USING btree ("point_id","position");--> statement-breakpoint
CREATE INDEX "attendances_person_id_index" ON "attendances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "conference_points_session_id_position_index" ON "conference_points" USING btree ("session_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "conference_points_one_main" ON "conference_points" USING btree ("session_id") WHERE "conference_points"."is_main";--> statement-breakpoint
CREATE INDEX "session_figures_session_id_position_index" ON "session_figures" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "sessions_starts_at_index" ON "sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "documents_status_index" ON "documents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "directive_areas_area_id_index" ON "directive_areas" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "directives_session_id_position_index" ON "directives" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "directives_parent_id_index" ON "directives" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "evidence_files_task_id_index" ON "evidence_files" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "extension_requests_task_id_index" ON "extension_requests" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_requests_one_pending" ON "extension_requests" USING btree ("task_id") WHERE "extension_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "task_coordinators_agency_id_index" ON "task_coordinators" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "task_updates_task_id_created_at_index" ON "task_updates" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "task_updates_one_report_per_period" ON "task_updates" USING btree ("task_id","period") WHERE "task_updates"."kind" = 'period_report';--> statement-breakpoint
CREATE INDEX "tasks_lead_agency_id_status_due_date_index" ON "tasks" USING btree ("lead_agency_id","status","due_date");--> statement-breakpoint
CREATE INDEX "tasks_assigned_agency_id_index" ON "tasks" USING btree ("assigned_agency_id");--> statement-breakpoint
CREATE INDEX "tasks_monitor_agency_id_index" ON "tasks" USING btree ("monitor_agency_id");--> statement-breakpoint
CREATE INDEX "tasks_directive_id_index" ON "tasks" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "tasks_status_due_date_index" ON "tasks" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "email_outbox_status_created_at_index" ON "email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_id_read_at_index" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_type_entity_id_index" ON "audit_entries" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_entries_created_at_index" ON "audit_entries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_entries_actor_user_id_index" ON "audit_entries" USING btree ("actor_user_id");