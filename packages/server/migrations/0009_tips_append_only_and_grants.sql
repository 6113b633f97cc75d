-- Tips: the app role reads and appends tip events but never changes them; identity rows are written once.
-- Grants are per table (not ON ALL TABLES, which in 0003 also re-granted UPDATE/DELETE on audit_log); the
-- REVOKE on audit_log and hazard_events below restores what 0001 and 0003 intended.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON tips, tip_receipts, tip_submissions, tip_attachments, tip_counters, worker_reports, worker_report_links TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT, DELETE ON tip_identities TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT ON tip_events TO zhiben_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, TRUNCATE ON tip_identities FROM zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON tip_events FROM zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON hazard_events FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tip_events_no_update BEFORE UPDATE OR DELETE ON tip_events
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER tip_events_no_truncate BEFORE TRUNCATE ON tip_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
