-- Issued documents: the app role takes numbers (counter rows are updated) and records issued documents, which are
-- never changed afterwards (a re-issue is a new row).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON document_counters TO zhiben_app';
    EXECUTE 'GRANT SELECT, INSERT ON issued_documents TO zhiben_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON issued_documents FROM zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
