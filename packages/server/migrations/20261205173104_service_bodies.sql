CREATE TABLE "service_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"uscc" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"licences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_expiry" date,
	"contact" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'listed' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_body_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"id_number_sealed" text,
	"id_number_masked" text DEFAULT '' NOT NULL,
	"certificate" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"body_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"enterprise_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"inspections_contracted" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_report_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"sampled_by" uuid,
	"result" text,
	"defects" text[] DEFAULT '{}'::text[] NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"type" text NOT NULL,
	"report_date" date NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_review_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"seed" text NOT NULL,
	"rate_percent" integer NOT NULL,
	"drawn_by" uuid,
	"drawn_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_bodies" ADD CONSTRAINT "service_bodies_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_bodies" ADD CONSTRAINT "service_bodies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_body_staff" ADD CONSTRAINT "service_body_staff_body_id_service_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."service_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contracts" ADD CONSTRAINT "service_contracts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contracts" ADD CONSTRAINT "service_contracts_body_id_service_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."service_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contracts" ADD CONSTRAINT "service_contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_report_reviews" ADD CONSTRAINT "service_report_reviews_draw_id_service_review_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."service_review_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_report_reviews" ADD CONSTRAINT "service_report_reviews_report_id_service_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."service_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_report_reviews" ADD CONSTRAINT "service_report_reviews_sampled_by_users_id_fk" FOREIGN KEY ("sampled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_report_reviews" ADD CONSTRAINT "service_report_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reports" ADD CONSTRAINT "service_reports_body_id_service_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."service_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reports" ADD CONSTRAINT "service_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reports" ADD CONSTRAINT "service_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_review_draws" ADD CONSTRAINT "service_review_draws_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_review_draws" ADD CONSTRAINT "service_review_draws_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_bodies_org_uscc_idx" ON "service_bodies" USING btree ("org_id","uscc");--> statement-breakpoint
CREATE INDEX "service_bodies_region_idx" ON "service_bodies" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_body_staff_body_idx" ON "service_body_staff" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "service_contracts_body_idx" ON "service_contracts" USING btree ("body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_report_reviews_report_idx" ON "service_report_reviews" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "service_report_reviews_draw_idx" ON "service_report_reviews" USING btree ("draw_id");--> statement-breakpoint
CREATE INDEX "service_reports_body_idx" ON "service_reports" USING btree ("body_id","report_date");--> statement-breakpoint
CREATE UNIQUE INDEX "service_review_draws_org_quarter_idx" ON "service_review_draws" USING btree ("org_id","quarter");