-- Hazard timelines are append-only like the audit log: the app role may read and append, never change.
-- (Default privileges from 0001 granted UPDATE/DELETE on new tables; take them back for this one.)
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zhiben_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON hazard_events FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE TRIGGER hazard_events_no_update BEFORE UPDATE OR DELETE ON hazard_events
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER hazard_events_no_truncate BEFORE TRUNCATE ON hazard_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
