CREATE TABLE "hazard_stat_spans" (
	"hazard_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sector" text NOT NULL,
	"level" text NOT NULL,
	"source" text NOT NULL,
	"found_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"state" text NOT NULL,
	"deadline" date,
	"listed" boolean NOT NULL,
	"closed_at" timestamp with time zone,
	"ended_on" date
);
--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_stat_spans_pk" ON "hazard_stat_spans" USING btree ("hazard_id","valid_from");--> statement-breakpoint
CREATE INDEX "hazard_stat_spans_region_idx" ON "hazard_stat_spans" USING btree ("region_code" text_pattern_ops,"valid_to");