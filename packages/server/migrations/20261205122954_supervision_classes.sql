CREATE TABLE "supervision_classes" (
	"enterprise_id" uuid NOT NULL,
	"period" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sectors" text[] NOT NULL,
	"class" text NOT NULL,
	"score" integer NOT NULL,
	"reasons" text[] NOT NULL,
	"computed_on" date NOT NULL,
	CONSTRAINT "supervision_classes_pk" PRIMARY KEY("period","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "watch_list" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_classes" ADD CONSTRAINT "supervision_classes_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_list" ADD CONSTRAINT "watch_list_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_list" ADD CONSTRAINT "watch_list_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_list" ADD CONSTRAINT "watch_list_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_classes_region_idx" ON "supervision_classes" USING btree ("period","region_code" text_pattern_ops,"class");