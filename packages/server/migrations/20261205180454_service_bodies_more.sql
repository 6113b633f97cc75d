CREATE TABLE "insurance_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"policy_no" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"premium_fen" bigint,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_body_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"checked_on" date NOT NULL,
	"result" text NOT NULL,
	"findings" text[] DEFAULT '{}'::text[] NOT NULL,
	"action" text DEFAULT 'none' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"id_number_sealed" text,
	"id_number_masked" text DEFAULT '' NOT NULL,
	"employer" text DEFAULT '' NOT NULL,
	"certificate" jsonb,
	"term_from" date NOT NULL,
	"term_to" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_body_id_service_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."service_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_body_checks" ADD CONSTRAINT "service_body_checks_body_id_service_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."service_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_body_checks" ADD CONSTRAINT "service_body_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_people" ADD CONSTRAINT "supervision_people_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_people" ADD CONSTRAINT "supervision_people_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insurance_policies_body_idx" ON "insurance_policies" USING btree ("body_id","enterprise_id","period_from");--> statement-breakpoint
CREATE INDEX "insurance_policies_enterprise_idx" ON "insurance_policies" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "service_body_checks_body_idx" ON "service_body_checks" USING btree ("body_id","checked_on");--> statement-breakpoint
CREATE INDEX "supervision_people_region_idx" ON "supervision_people" USING btree ("region_code" text_pattern_ops,"kind");