-- Statistics facts (hazard_stat_spans): "today" reads only the current span of each hazard (valid_to infinity).
-- This partial index covers every column the figures need, so a scope's current facts are one index-only range
-- scan by region prefix (once the visibility map is set by (auto)vacuum).
CREATE INDEX IF NOT EXISTS "hazard_stat_spans_current_idx" ON "hazard_stat_spans" USING btree ("region_code" text_pattern_ops)
  INCLUDE ("sector", "level", "source", "found_on", "valid_from", "state", "deadline", "listed", "closed_at", "ended_on", "hazard_id", "enterprise_id")
  WHERE "valid_to" = 'infinity';
--> statement-breakpoint
-- The facts are derived data the app maintains and rebuilds: it needs read and write, like 0003 re-granted.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON hazard_stat_spans TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
