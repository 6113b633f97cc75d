CREATE TABLE "inspector_credentials" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"certificate_no" text NOT NULL,
	"expires_on" date NOT NULL,
	"conflict_enterprise_ids" uuid[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_draw_events" (
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
	"random_draw_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_draws" (
	"id" uuid PRIMARY KEY NOT NULL,
	"draw_no" text NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"title" text NOT NULL,
	"inspection_kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"strata" jsonb NOT NULL,
	"candidate_count" integer NOT NULL,
	"inspector_count" integer NOT NULL,
	"team_size" integer NOT NULL,
	"inputs_text" text NOT NULL,
	"inputs_hash" text NOT NULL,
	"seed_sealed" text NOT NULL,
	"seed_hash" text NOT NULL,
	"seed" text,
	"public_input_label" text NOT NULL,
	"draw_on" date NOT NULL,
	"public_value" text,
	"result" jsonb,
	"result_hash" text,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"drawn_by" uuid,
	"drawn_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"results_published_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspector_credentials" ADD CONSTRAINT "inspector_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_credentials" ADD CONSTRAINT "inspector_credentials_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draw_events" ADD CONSTRAINT "random_draw_events_random_draw_id_random_draws_id_fk" FOREIGN KEY ("random_draw_id") REFERENCES "public"."random_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draws" ADD CONSTRAINT "random_draws_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draws" ADD CONSTRAINT "random_draws_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draws" ADD CONSTRAINT "random_draws_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draws" ADD CONSTRAINT "random_draws_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspector_credentials_org_idx" ON "inspector_credentials" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "random_draw_events_seq_uq" ON "random_draw_events" USING btree ("random_draw_id","seq");--> statement-breakpoint
CREATE INDEX "random_draw_events_at_idx" ON "random_draw_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "random_draws_no_uq" ON "random_draws" USING btree ("draw_no");--> statement-breakpoint
CREATE INDEX "random_draws_region_idx" ON "random_draws" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "random_draws_org_idx" ON "random_draws" USING btree ("org_id","created_at");