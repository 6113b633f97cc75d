CREATE TABLE "checklist_items" (
	"checklist_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"criterion_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"evidence" text DEFAULT 'none' NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "checklist_items_pk" PRIMARY KEY("checklist_id","seq")
);
--> statement-breakpoint
CREATE TABLE "checklists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_org_id" uuid,
	"owner_enterprise_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject_kinds" text[] DEFAULT '{enterprise}'::text[] NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sector" text,
	"lat" double precision,
	"lng" double precision,
	"owner_name" text DEFAULT '' NOT NULL,
	"owner_phone" text DEFAULT '' NOT NULL,
	"owner_id_sealed" text,
	"user_name" text DEFAULT '' NOT NULL,
	"user_phone" text DEFAULT '' NOT NULL,
	"enterprise_id" uuid,
	"grid" text DEFAULT '' NOT NULL,
	"grid_officer_id" uuid,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_counters" (
	"county_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "inspection_counters_pk" PRIMARY KEY("county_code","year")
);
--> statement-breakpoint
CREATE TABLE "inspection_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"inspection_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"inspection_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"criterion_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"evidence" text DEFAULT 'none' NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"result" text,
	"marked_major" boolean DEFAULT false NOT NULL,
	"finding_criterion_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hazard_id" uuid,
	"hazard_link" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "inspection_items_pk" PRIMARY KEY("inspection_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_members" (
	"inspection_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"org_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspection_members_pk" PRIMARY KEY("inspection_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_tests" (
	"inspection_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"person_name" text NOT NULL,
	"post" text DEFAULT '' NOT NULL,
	"questions" text NOT NULL,
	"correct" integer NOT NULL,
	"total" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspection_tests_pk" PRIMARY KEY("inspection_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_no" text NOT NULL,
	"kind" text NOT NULL,
	"methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"joint_orgs" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject_kind" text NOT NULL,
	"enterprise_id" uuid,
	"premises_id" uuid,
	"subject_name" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"org_id" uuid,
	"leader_id" uuid,
	"leader_name" text DEFAULT '' NOT NULL,
	"led_by_principal" boolean DEFAULT false NOT NULL,
	"campaign" text,
	"random_draw_id" uuid,
	"trigger" text DEFAULT 'manual' NOT NULL,
	"trigger_ref" jsonb,
	"planned_on" date,
	"due_on" date,
	"check_date" date,
	"started_at" timestamp with time zone,
	"start_lat" double precision,
	"start_lng" double precision,
	"start_photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_at" timestamp with time zone,
	"checklist_id" uuid,
	"checklist_ref" text DEFAULT '' NOT NULL,
	"checklist_title" text DEFAULT '' NOT NULL,
	"checklist_version" integer,
	"conclusion" text DEFAULT '' NOT NULL,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"remote_evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"no_case_reason" text,
	"released_at" timestamp with time zone,
	"status" text NOT NULL,
	"record_hash" text,
	"findings" integer DEFAULT 0 NOT NULL,
	"major_findings" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "missed_detection_reviews" (
	"hazard_id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"reason" text NOT NULL,
	"verdict" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "principal_check_periods" (
	"enterprise_id" uuid NOT NULL,
	"cadence" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sectors" text[] NOT NULL,
	"due_from" date NOT NULL,
	"done_on" date,
	"done_inspection_id" uuid,
	CONSTRAINT "principal_check_periods_pk" PRIMARY KEY("enterprise_id","period_start","cadence")
);
--> statement-breakpoint
CREATE TABLE "principal_check_settled" (
	"cadence" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"final_from" date NOT NULL,
	"settled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "principal_check_settled_pk" PRIMARY KEY("cadence","period_start")
);
--> statement-breakpoint
CREATE TABLE "principal_check_totals" (
	"county_code" varchar(6) NOT NULL,
	"sectors" text[] NOT NULL,
	"cadence" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"required" integer NOT NULL,
	"done" integer NOT NULL,
	CONSTRAINT "principal_check_totals_pk" PRIMARY KEY("period_start","cadence","county_code","sectors")
);
--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_owner_enterprise_id_enterprises_id_fk" FOREIGN KEY ("owner_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_grid_officer_id_users_id_fk" FOREIGN KEY ("grid_officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_events" ADD CONSTRAINT "inspection_events_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_members" ADD CONSTRAINT "inspection_members_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_members" ADD CONSTRAINT "inspection_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tests" ADD CONSTRAINT "inspection_tests_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_detection_reviews" ADD CONSTRAINT "missed_detection_reviews_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_detection_reviews" ADD CONSTRAINT "missed_detection_reviews_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_detection_reviews" ADD CONSTRAINT "missed_detection_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "checklists_family_version_uq" ON "checklists" USING btree ("family_id","version");--> statement-breakpoint
CREATE INDEX "checklists_region_idx" ON "checklists" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "checklists_enterprise_idx" ON "checklists" USING btree ("owner_enterprise_id");--> statement-breakpoint
CREATE INDEX "premises_region_idx" ON "premises" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "premises_enterprise_idx" ON "premises" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_events_seq_uq" ON "inspection_events" USING btree ("inspection_id","seq");--> statement-breakpoint
CREATE INDEX "inspection_events_at_idx" ON "inspection_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "inspection_items_hazard_idx" ON "inspection_items" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "inspection_members_user_idx" ON "inspection_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_no_uq" ON "inspections" USING btree ("inspection_no");--> statement-breakpoint
CREATE INDEX "inspections_region_idx" ON "inspections" USING btree ("region_code" text_pattern_ops,"check_date");--> statement-breakpoint
CREATE INDEX "inspections_enterprise_idx" ON "inspections" USING btree ("enterprise_id","check_date");--> statement-breakpoint
CREATE INDEX "inspections_premises_idx" ON "inspections" USING btree ("premises_id");--> statement-breakpoint
CREATE INDEX "inspections_status_due_idx" ON "inspections" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "principal_check_periods_window_idx" ON "principal_check_periods" USING btree ("period_start","region_code" text_pattern_ops,"period_end","due_from","done_on","cadence","sectors");