-- The application runs as the role zhiben_app (SET ROLE after migrations), which may read and append
-- audit rows but not change them. A trigger also refuses UPDATE/DELETE/TRUNCATE for everyone else,
-- so tampering needs a deliberate DDL change by a database owner (and is then caught by the hash chain).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    CREATE ROLE zhiben_app NOLOGIN;
  END IF;
EXCEPTION
  -- another database of the same cluster created it concurrently, or we may not create roles:
  -- then the app keeps running as the connecting user and relies on the trigger alone.
  WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN
    RAISE NOTICE 'zhiben_app role not created: %', SQLERRM;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zhiben_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM zhiben_app';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zhiben_app';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
