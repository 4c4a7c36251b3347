CREATE TABLE "official_report_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_report_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"status" "document_status" NOT NULL,
	"fields" jsonb NOT NULL,
	"body" text NOT NULL,
	"closing" text NOT NULL,
	"reason" text,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_report_revisions_number" UNIQUE("report_id","revision")
);
--> statement-breakpoint
CREATE TABLE "official_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scope" jsonb NOT NULL,
	"scope_key" text NOT NULL,
	"committee_id" integer,
	"agency_id" integer,
	"as_of" date NOT NULL,
	"number" text,
	"symbol" text,
	"issuing_body" text,
	"place" text,
	"issue_date" date,
	"subject" text NOT NULL,
	"signer_name" text,
	"signer_title" text,
	"authority_prefix" "authority_prefix" DEFAULT 'none' NOT NULL,
	"authority_body" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"closing" text DEFAULT '' NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"snapshot" jsonb,
	"edited_by" integer,
	"approval_requested_by" integer,
	"approval_requested_at" timestamp with time zone,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "official_report_revisions" ADD CONSTRAINT "official_report_revisions_report_id_official_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."official_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_report_revisions" ADD CONSTRAINT "official_report_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_approval_requested_by_users_id_fk" FOREIGN KEY ("approval_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "official_reports_scope_key_as_of_index" ON "official_reports" USING btree ("scope_key","as_of");--> statement-breakpoint
CREATE INDEX "official_reports_status_index" ON "official_reports" USING btree ("status");