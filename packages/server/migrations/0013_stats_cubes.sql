CREATE TABLE "stat_cube_closed_days" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"days" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stat_cube_closed_days_area_month_sector_days_pk" PRIMARY KEY("area","month","sector","days")
);
--> statement-breakpoint
CREATE TABLE "stat_cube_counts" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"state" text NOT NULL,
	"found_month" date NOT NULL,
	"source" text NOT NULL,
	"n" integer NOT NULL,
	"n_major" integer NOT NULL,
	CONSTRAINT "stat_cube_counts_area_month_sector_state_found_month_source_pk" PRIMARY KEY("area","month","sector","state","found_month","source")
);
--> statement-breakpoint
CREATE TABLE "stat_cube_open" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"deadline" date NOT NULL,
	"level" text NOT NULL,
	"listed" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stat_cube_open_area_month_sector_deadline_level_listed_pk" PRIMARY KEY("area","month","sector","deadline","level","listed")
);
--> statement-breakpoint
CREATE TABLE "stat_cube_stock_endings" (
	"area" varchar(9) NOT NULL,
	"sector" text NOT NULL,
	"ended_on" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stat_cube_stock_endings_area_sector_ended_on_pk" PRIMARY KEY("area","sector","ended_on")
);
