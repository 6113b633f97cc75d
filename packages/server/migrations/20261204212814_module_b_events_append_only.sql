-- Module B's timelines (plan_events, task_events, return_events, round_events) are append-only like hazard_events
-- and tip_events: the app role may insert and read them but not change or delete them, and a trigger blocks UPDATE,
-- DELETE and TRUNCATE for every role (audit_log_append_only from 0001).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON plan_events, task_events, return_events, round_events FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'revokes from zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
CREATE TRIGGER plan_events_no_update BEFORE UPDATE OR DELETE ON plan_events FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER plan_events_no_truncate BEFORE TRUNCATE ON plan_events FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER task_events_no_update BEFORE UPDATE OR DELETE ON task_events FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER task_events_no_truncate BEFORE TRUNCATE ON task_events FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER return_events_no_update BEFORE UPDATE OR DELETE ON return_events FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER return_events_no_truncate BEFORE TRUNCATE ON return_events FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER round_events_no_update BEFORE UPDATE OR DELETE ON round_events FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER round_events_no_truncate BEFORE TRUNCATE ON round_events FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
