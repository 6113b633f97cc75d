CREATE TABLE "stat_cube_closed_days_delta" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"days" integer NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_cube_counts_delta" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"state" text NOT NULL,
	"found_month" date NOT NULL,
	"source" text NOT NULL,
	"n" integer NOT NULL,
	"n_major" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_cube_open_delta" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"deadline" date NOT NULL,
	"level" text NOT NULL,
	"listed" boolean NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_cube_stock_endings_delta" (
	"area" varchar(9) NOT NULL,
	"sector" text NOT NULL,
	"ended_on" date NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
DROP TABLE "hazard_counters" CASCADE;--> statement-breakpoint
CREATE INDEX "stat_cube_closed_days_delta_area_idx" ON "stat_cube_closed_days_delta" USING btree ("area");--> statement-breakpoint
CREATE INDEX "stat_cube_counts_delta_area_idx" ON "stat_cube_counts_delta" USING btree ("area");--> statement-breakpoint
CREATE INDEX "stat_cube_open_delta_area_idx" ON "stat_cube_open_delta" USING btree ("area");--> statement-breakpoint
CREATE INDEX "stat_cube_stock_endings_delta_area_idx" ON "stat_cube_stock_endings_delta" USING btree ("area");