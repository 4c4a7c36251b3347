ALTER TABLE "document_revisions" ADD COLUMN "closing" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD COLUMN "composed" jsonb;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "closing" text DEFAULT '' NOT NULL;