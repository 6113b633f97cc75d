-- The app's session settings belong to the role, not to the connection's start-up `options` (PgBouncer and other
-- poolers refuse or drop those): a login as zhiben_app (DATABASE_APP_URL) gets them from the server at every
-- connection, whatever pooler sits in between. Without CREATEROLE this is skipped and the app sets them per
-- connection (db/client.ts).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'ALTER ROLE zhiben_app SET jit = off';
    EXECUTE 'ALTER ROLE zhiben_app SET max_parallel_workers_per_gather = 0';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'zhiben_app settings skipped: %', SQLERRM;
END
$$;
