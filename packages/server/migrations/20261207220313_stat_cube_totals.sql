CREATE TABLE "stat_cube_totals" (
	"area" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"sector" text NOT NULL,
	"state" text NOT NULL,
	"self_found" boolean NOT NULL,
	"n" integer NOT NULL,
	"n_major" integer NOT NULL,
	CONSTRAINT "stat_cube_totals_area_month_sector_state_self_found_pk" PRIMARY KEY("area","month","sector","state","self_found")
);
