-- The statistics cubes are derived data the app maintains and rebuilds (like hazard_stat_spans in 0011).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON stat_cube_counts, stat_cube_open, stat_cube_closed_days, stat_cube_stock_endings TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
--> statement-breakpoint
-- "As of" a day inside a month reads the cubes up to the previous month end and then the spans that start or end
-- between the first of the month and D. These indexes find those by county and day (index-only: they cover every
-- column the cubes are computed from), for a county directly and for a city or the province county by county.
CREATE INDEX IF NOT EXISTS "hazard_stat_spans_county_from_idx" ON "hazard_stat_spans" USING btree (left("region_code", 6), "valid_from")
  INCLUDE ("valid_to", "region_code", "sector", "level", "source", "found_on", "state", "deadline", "listed", "closed_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "hazard_stat_spans_county_to_idx" ON "hazard_stat_spans" USING btree (left("region_code", 6), "valid_to")
  INCLUDE ("valid_from", "region_code", "sector", "level", "source", "found_on", "state", "deadline", "listed", "closed_at")
  WHERE "valid_to" <> 'infinity';
--> statement-breakpoint
-- Year on year counts hazards found from 1 January up to the same day last year: whole found months come from the
-- cubes, the days of the last, partial month from the facts by county and finding day.
CREATE INDEX IF NOT EXISTS "hazard_stat_spans_county_found_idx" ON "hazard_stat_spans" USING btree (left("region_code", 6), "found_on")
  INCLUDE ("valid_from", "valid_to", "region_code", "sector", "state");
