-- 第三方服务机构: the app role keeps the register, reports, 复核 draws and reviews, and contracts.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON service_bodies, service_body_staff, service_reports, service_review_draws, service_report_reviews, service_contracts TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
