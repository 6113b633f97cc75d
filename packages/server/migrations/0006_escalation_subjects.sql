ALTER TABLE "escalations" ALTER COLUMN "enterprise_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "subject_org_id" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_subject_org_id_orgs_id_fk" FOREIGN KEY ("subject_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalations_subject_org_idx" ON "escalations" USING btree ("subject_org_id");