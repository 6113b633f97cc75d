CREATE TABLE "expert_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"expert_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by" uuid NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "expert_ratings_score_check" CHECK ("expert_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"id_number_sealed" text,
	"id_number_masked" text DEFAULT '' NOT NULL,
	"id_number_key" text,
	"employer" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"sectors" text[] NOT NULL,
	"topics" text[] NOT NULL,
	"qualifications" jsonb NOT NULL,
	"earliest_expiry" date,
	"region_served" varchar(12) NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"conflict_enterprise_ids" uuid[] NOT NULL,
	"user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experts_status_check" CHECK ("experts"."status" in ('active', 'suspended', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "inspection_members" ADD COLUMN "expert_id" uuid;--> statement-breakpoint
ALTER TABLE "expert_ratings" ADD CONSTRAINT "expert_ratings_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_ratings" ADD CONSTRAINT "expert_ratings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_ratings" ADD CONSTRAINT "expert_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expert_ratings_visit_idx" ON "expert_ratings" USING btree ("expert_id","inspection_id");--> statement-breakpoint
CREATE INDEX "experts_region_idx" ON "experts" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "experts_user_idx" ON "experts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experts_owner_id_number_idx" ON "experts" USING btree ("owner_org_id","id_number_key");--> statement-breakpoint
CREATE INDEX "inspection_members_expert_idx" ON "inspection_members" USING btree ("expert_id");