-- stat_cube_totals (previous migration) is a roll-up of stat_cube_counts: found month dropped, source reduced to
-- self-found or not (core SELF_FOUND_SOURCE). Its unfolded part is this view over the counts cube's deltas, so a
-- read takes "cube UNION ALL cube_delta" for it as for every cube, and the folder keeps the table equal to the
-- counts cube's folded rows rolled up (stats.upkeep.ts).
CREATE VIEW stat_cube_totals_delta AS
  SELECT area, month, sector, state, (source = 'self_inspection') AS self_found, n, n_major FROM stat_cube_counts_delta;
--> statement-breakpoint
-- The counts cube's folded rows, rolled up (its deltas are read through the view).
INSERT INTO stat_cube_totals (area, month, sector, state, self_found, n, n_major)
  SELECT area, month, sector, state, (source = 'self_inspection'), sum(n)::int, sum(n_major)::int
  FROM stat_cube_counts GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 OR sum(n_major) <> 0;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON stat_cube_totals TO zhiben_app';
    EXECUTE 'GRANT SELECT ON stat_cube_totals_delta TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
