CREATE TABLE "dispatch_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"plan_id" uuid,
	"month" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"meeting_id" uuid,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"doc_no" text DEFAULT '' NOT NULL,
	"closed_on" date,
	"decision_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_events" (
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
	"round_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leader_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"task_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"filed_with_org_id" uuid,
	"filed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leaders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"post" text NOT NULL,
	"role" text NOT NULL,
	"member_org_id" uuid,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"user_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_events" (
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
	"plan_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"doc_no" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"sector" text,
	"action_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"filing_org_id" uuid,
	"filing_due" date,
	"filed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sector" text,
	"domain_name" text NOT NULL,
	"lead_org_id" uuid NOT NULL,
	"co_org_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_events" (
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
	"task_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid,
	"issuer_org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"code" text NOT NULL,
	"action_code" text DEFAULT '' NOT NULL,
	"action_name" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"lead_org_id" uuid,
	"co_org_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"leader_id" uuid,
	"key" boolean DEFAULT false NOT NULL,
	"due_date" date,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"indicator" jsonb,
	"recurrence" jsonb,
	"done_periods" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"next_due" date,
	"issued_on" date,
	"completed_on" date,
	"progress_percent" integer,
	"last_progress_at" timestamp with time zone,
	"round_id" uuid,
	"reference" jsonb,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"plan_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"cadence" text NOT NULL,
	"due_rule" jsonb NOT NULL,
	"grace_days" integer NOT NULL,
	"remind_days_before" integer NOT NULL,
	"sections" text[] NOT NULL,
	"reporting_org_ids" uuid[] NOT NULL,
	"start_period" text NOT NULL,
	"end_period" text,
	"active" boolean DEFAULT true NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requirement_id" uuid NOT NULL,
	"period" text NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"issuer_org_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"first_filed_on" date NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"report" jsonb NOT NULL,
	"review_comment" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "return_events" (
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
	"return_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"date" date NOT NULL,
	"chair_leader_id" uuid,
	"chair_name" text NOT NULL,
	"chair_post" text DEFAULT '' NOT NULL,
	"attendees" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"task_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"round_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_rounds" ADD CONSTRAINT "dispatch_rounds_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_rounds" ADD CONSTRAINT "dispatch_rounds_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_rounds" ADD CONSTRAINT "dispatch_rounds_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_events" ADD CONSTRAINT "round_events_round_id_dispatch_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."dispatch_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_lists" ADD CONSTRAINT "duty_lists_leader_id_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_lists" ADD CONSTRAINT "duty_lists_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_lists" ADD CONSTRAINT "duty_lists_filed_with_org_id_orgs_id_fk" FOREIGN KEY ("filed_with_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders" ADD CONSTRAINT "leaders_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders" ADD CONSTRAINT "leaders_member_org_id_orgs_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders" ADD CONSTRAINT "leaders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_events" ADD CONSTRAINT "plan_events_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_filing_org_id_orgs_id_fk" FOREIGN KEY ("filing_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_leads" ADD CONSTRAINT "sector_leads_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_leads" ADD CONSTRAINT "sector_leads_lead_org_id_orgs_id_fk" FOREIGN KEY ("lead_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_issuer_org_id_orgs_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_org_id_orgs_id_fk" FOREIGN KEY ("lead_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_leader_id_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requirements" ADD CONSTRAINT "report_requirements_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requirements" ADD CONSTRAINT "report_requirements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_requirement_id_report_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."report_requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_issuer_org_id_orgs_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_events" ADD CONSTRAINT "return_events_return_id_report_submissions_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."report_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_leader_id_leaders_id_fk" FOREIGN KEY ("chair_leader_id") REFERENCES "public"."leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_rounds_org_month_uq" ON "dispatch_rounds" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "dispatch_rounds_region_idx" ON "dispatch_rounds" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "round_events_seq_uq" ON "round_events" USING btree ("round_id","seq");--> statement-breakpoint
CREATE INDEX "round_events_at_idx" ON "round_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_lists_leader_year_uq" ON "duty_lists" USING btree ("leader_id","year");--> statement-breakpoint
CREATE INDEX "duty_lists_region_idx" ON "duty_lists" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaders_region_idx" ON "leaders" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaders_org_idx" ON "leaders" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_events_seq_uq" ON "plan_events" USING btree ("plan_id","seq");--> statement-breakpoint
CREATE INDEX "plan_events_at_idx" ON "plan_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "plans_region_idx" ON "plans" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "plans_org_idx" ON "plans" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "plans_filing_org_idx" ON "plans" USING btree ("filing_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sector_leads_region_sector_uq" ON "sector_leads" USING btree ("region_code","sector");--> statement-breakpoint
CREATE UNIQUE INDEX "sector_leads_region_domain_uq" ON "sector_leads" USING btree ("region_code","domain_name");--> statement-breakpoint
CREATE INDEX "sector_leads_region_idx" ON "sector_leads" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "working_groups_region_idx" ON "working_groups" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "working_groups_members_idx" ON "working_groups" USING gin ("members");--> statement-breakpoint
CREATE UNIQUE INDEX "task_events_seq_uq" ON "task_events" USING btree ("task_id","seq");--> statement-breakpoint
CREATE INDEX "task_events_at_idx" ON "task_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_plan_code_uq" ON "tasks" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "tasks_region_idx" ON "tasks" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "tasks_lead_org_idx" ON "tasks" USING btree ("lead_org_id","status");--> statement-breakpoint
CREATE INDEX "tasks_co_orgs_idx" ON "tasks" USING gin ("co_org_ids");--> statement-breakpoint
CREATE INDEX "tasks_plan_sort_idx" ON "tasks" USING btree ("plan_id","sort");--> statement-breakpoint
CREATE INDEX "tasks_round_idx" ON "tasks" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "tasks_leader_idx" ON "tasks" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "report_requirements_region_idx" ON "report_requirements" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "report_requirements_orgs_idx" ON "report_requirements" USING gin ("reporting_org_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_uq" ON "report_submissions" USING btree ("requirement_id","period","org_id");--> statement-breakpoint
CREATE INDEX "report_submissions_region_idx" ON "report_submissions" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "report_submissions_org_idx" ON "report_submissions" USING btree ("org_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "return_events_seq_uq" ON "return_events" USING btree ("return_id","seq");--> statement-breakpoint
CREATE INDEX "return_events_at_idx" ON "return_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "meetings_region_idx" ON "meetings" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_leader_id","date");--> statement-breakpoint
CREATE INDEX "meetings_org_date_idx" ON "meetings" USING btree ("org_id","date");