ALTER TABLE "users" ADD COLUMN "credentials_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Tokens minted before this migration carry version 1, their owners' version now: they keep working until the
-- owner's next password, role, agency, email or active change.
ALTER TABLE "api_tokens" ADD COLUMN "credentials_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "credentials_version" DROP DEFAULT;--> statement-breakpoint
-- The credentials epoch is kept by the database, not by each code path: any UPDATE that changes what a token's
-- rights rest on (the password, the active flag, the role, the agency, the email) bumps it, and every token
-- minted under the old value stops working (lib/api/tokens.ts compares them on each request).
CREATE FUNCTION users_credentials_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.is_active IS DISTINCT FROM OLD.is_active
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
     OR NEW.email IS DISTINCT FROM OLD.email THEN
    NEW.credentials_version := OLD.credentials_version + 1;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_credentials_version BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION users_credentials_version();
