-- The cube deltas are derived data like the cubes (0014): hazard writes append to them, the folder moves them into
-- the cubes, a rebuild empties them. TRUNCATE for the folder on PGlite (one session, no autovacuum), which empties
-- them for real once everything is folded.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON stat_cube_counts_delta, stat_cube_open_delta, stat_cube_closed_days_delta, stat_cube_stock_endings_delta TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
