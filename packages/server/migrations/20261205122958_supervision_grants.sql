-- 差异化监管: the app role computes the monthly classes and keeps the watch list.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON supervision_classes, watch_list TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
