-- What a conclusion notice or minutes composed when approved (decision 024): published only if it still composes the
-- same. Documents approved before this migration have none and publish as before.
ALTER TABLE "documents" ADD COLUMN "approved_digest" text;