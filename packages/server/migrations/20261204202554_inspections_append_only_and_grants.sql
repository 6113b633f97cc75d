-- Inspections: the app role reads and appends inspection events but never changes them (like hazard_events).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON premises, checklists, checklist_items, inspections, inspection_counters, inspection_members, inspection_items, inspection_tests, principal_check_periods, principal_check_totals, principal_check_settled, missed_detection_reviews TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT ON inspection_events TO zhiben_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON inspection_events FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE TRIGGER inspection_events_no_update BEFORE UPDATE OR DELETE ON inspection_events
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER inspection_events_no_truncate BEFORE TRUNCATE ON inspection_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
