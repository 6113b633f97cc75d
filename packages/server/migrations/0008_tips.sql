CREATE TABLE "tip_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_seq" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tip_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"message" text,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_identities" (
	"tip_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"phone" text,
	"id_number" text,
	"bank_account" text,
	"bank_name" text,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_receipts" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"tip_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"idempotency_key" text,
	"content_hash" text NOT NULL,
	"ip_hash" text NOT NULL,
	"receipt_sealed" text NOT NULL,
	"merged" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_no" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"category" text NOT NULL,
	"target_name" text NOT NULL,
	"target_enterprise_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"sector" text,
	"address" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"content" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"has_identity" boolean DEFAULT false NOT NULL,
	"receiving_org_id" uuid NOT NULL,
	"handling_org_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"decline_note" text,
	"duplicate_of_tip_id" uuid,
	"investigation" jsonb,
	"hazard_id" uuid,
	"reward_status" text DEFAULT 'none' NOT NULL,
	"reward_computed_yuan" integer,
	"reward_amount_yuan" integer,
	"reward_rule" text,
	"reward_proposed_by" uuid,
	"reward_approved_at" timestamp with time zone,
	"reward_paid_at" date,
	"reward_voucher_no" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_report_links" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_no" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"content" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"anonymous" boolean NOT NULL,
	"reporter_name" text,
	"via_link" boolean NOT NULL,
	"submitted_by" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"note" text,
	"reward_yuan" integer,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tip_attachments" ADD CONSTRAINT "tip_attachments_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_attachments" ADD CONSTRAINT "tip_attachments_sha256_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_identities" ADD CONSTRAINT "tip_identities_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_receipts" ADD CONSTRAINT "tip_receipts_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_submissions" ADD CONSTRAINT "tip_submissions_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_target_enterprise_id_enterprises_id_fk" FOREIGN KEY ("target_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_receiving_org_id_orgs_id_fk" FOREIGN KEY ("receiving_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_handling_org_id_orgs_id_fk" FOREIGN KEY ("handling_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_report_links" ADD CONSTRAINT "worker_report_links_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_reports" ADD CONSTRAINT "worker_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_reports" ADD CONSTRAINT "worker_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_reports" ADD CONSTRAINT "worker_reports_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tip_attachments_tip_idx" ON "tip_attachments" USING btree ("tip_id");--> statement-breakpoint
CREATE INDEX "tip_events_tip_idx" ON "tip_events" USING btree ("tip_id","id");--> statement-breakpoint
CREATE INDEX "tip_receipts_tip_idx" ON "tip_receipts" USING btree ("tip_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_submissions_key_uq" ON "tip_submissions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "tip_submissions_dedupe_idx" ON "tip_submissions" USING btree ("content_hash","ip_hash","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tips_no_uq" ON "tips" USING btree ("tip_no");--> statement-breakpoint
CREATE INDEX "tips_region_idx" ON "tips" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "tips_status_due_idx" ON "tips" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "tips_received_idx" ON "tips" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "tips_hazard_idx" ON "tips" USING btree ("hazard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "worker_report_links_token_uq" ON "worker_report_links" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "worker_reports_no_uq" ON "worker_reports" USING btree ("report_no");--> statement-breakpoint
CREATE INDEX "worker_reports_enterprise_idx" ON "worker_reports" USING btree ("enterprise_id","received_at");--> statement-breakpoint
CREATE INDEX "worker_reports_region_idx" ON "worker_reports" USING btree ("region_code" text_pattern_ops);