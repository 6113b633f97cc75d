CREATE TABLE "spot_check_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"checklist" jsonb NOT NULL,
	"ratio_percent" double precision NOT NULL,
	"frequency_per_year" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "spot_check_items" ADD CONSTRAINT "spot_check_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spot_check_items_org_idx" ON "spot_check_items" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "spot_check_items_region_idx" ON "spot_check_items" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiben_app') THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON spot_check_items TO zhiben_app';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to zhiben_app skipped: %', SQLERRM;
END
$$;
