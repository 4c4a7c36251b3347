-- The reviews of a pasted notice a session saved: each is saved once (attacker pass 23).
CREATE TABLE "accepted_proposal_sets" (
	"session_id" integer NOT NULL,
	"set_id" text NOT NULL,
	"accepted_by" integer,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accepted_proposal_sets_session_id_set_id_pk" PRIMARY KEY("session_id","set_id")
);
--> statement-breakpoint
ALTER TABLE "accepted_proposal_sets" ADD CONSTRAINT "accepted_proposal_sets_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accepted_proposal_sets" ADD CONSTRAINT "accepted_proposal_sets_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;