CREATE TABLE "file_uploads" (
	"sha256" varchar(64) NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_uploads" ADD CONSTRAINT "file_uploads_sha256_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_uploads" ADD CONSTRAINT "file_uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "file_uploads_pk" ON "file_uploads" USING btree ("sha256","user_id");--> statement-breakpoint
-- Who uploaded what before this table existed: the first uploader recorded on files.
INSERT INTO "file_uploads" ("sha256", "user_id", "created_at") SELECT "sha256", "created_by", "created_at" FROM "files" WHERE "created_by" IS NOT NULL ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Reading a file checks whether it is evidence of a hazard in scope: index the evidence arrays.
CREATE INDEX "hazard_events_evidence_idx" ON "hazard_events" USING gin (("payload"->'evidence') jsonb_path_ops);
