-- The app's session settings belong to the role, not to the connection's start-up `options` (PgBouncer and other
-- poolers refuse or drop those): a login as zhiben_app (DATABASE_APP_URL) gets them from the server at every
-- connection, whatever pooler sits in between. Without CREATEROLE this is skipped and the app sets them per
-- connection (db/client.ts).
-- A role is cluster-wide: databases of one cluster migrating at the same moment (tests, several instances) update
-- the same pg_db_role_setting row, and the loser gets "tuple concurrently updated" (XX000) or, for the role's first
-- setting, a unique violation. Settings already in place are left alone; a collision is retried.
DO $$
DECLARE
  attempt int := 0;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    RETURN;
  END IF;
  LOOP
    IF EXISTS (
      SELECT 1 FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
      WHERE r.rolname = 'zhiben_app' AND s.setdatabase = 0
        AND s.setconfig @> ARRAY['jit=off', 'max_parallel_workers_per_gather=0']
    ) THEN
      RETURN;
    END IF;
    BEGIN
      EXECUTE 'ALTER ROLE zhiben_app SET jit = off';
      EXECUTE 'ALTER ROLE zhiben_app SET max_parallel_workers_per_gather = 0';
      RETURN;
    EXCEPTION
      WHEN insufficient_privilege THEN
        RAISE NOTICE 'zhiben_app settings skipped: %', SQLERRM;
        RETURN;
      WHEN internal_error OR unique_violation THEN
        attempt := attempt + 1;
        IF attempt >= 50 THEN
          RAISE;
        END IF;
        PERFORM pg_sleep(0.02 * attempt);
    END;
  END LOOP;
END
$$;
