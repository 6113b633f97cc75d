-- 双随机 draws: the app role reads and appends draw events but never changes them (like inspection_events); the
-- draws and the 执法检查人员名录库 are ordinary rows.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON random_draws, inspector_credentials TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT ON random_draw_events TO zhiben_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON random_draw_events FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE TRIGGER random_draw_events_no_update BEFORE UPDATE OR DELETE ON random_draw_events
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER random_draw_events_no_truncate BEFORE TRUNCATE ON random_draw_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
