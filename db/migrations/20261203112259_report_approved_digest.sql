-- What an official report's figures and lists composed when approved (decision 051): published only if they still
-- compose the same. Reports approved before this migration have none and publish as before.
ALTER TABLE "official_reports" ADD COLUMN "approved_digest" text;
