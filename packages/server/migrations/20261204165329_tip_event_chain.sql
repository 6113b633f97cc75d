-- Tip events join the one workflow timeline (server/src/workflow/timeline.ts): seq 1..n per tip and a hash chain
-- like hazard_events. Existing events get their seq here (in insertion order); their hashes need the canonical
-- JSON of each event, which only the app computes, so they are stored empty and sealed once at start-up
-- (sealLegacyEvents, as the table owner). The version of every hazard and tip is moved to its last event's seq:
-- from now on every event moves the version on, so "version = last seq" is how the row is checked against its
-- timeline (a cut-off tail or a row-only change shows as a mismatch).
ALTER TABLE "tip_events" ADD COLUMN "seq" integer;--> statement-breakpoint
ALTER TABLE "tip_events" ADD COLUMN "prev_hash" text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE "tip_events" ADD COLUMN "hash" text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE "tip_events" DISABLE TRIGGER "tip_events_no_update";--> statement-breakpoint
UPDATE "tip_events" e SET "seq" = n.rn
  FROM (SELECT id, row_number() OVER (PARTITION BY tip_id ORDER BY id) AS rn FROM "tip_events") n
  WHERE n.id = e.id;--> statement-breakpoint
ALTER TABLE "tip_events" ENABLE TRIGGER "tip_events_no_update";--> statement-breakpoint
ALTER TABLE "tip_events" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "tip_events" ALTER COLUMN "prev_hash" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "tip_events" ALTER COLUMN "hash" DROP DEFAULT;--> statement-breakpoint
CREATE UNIQUE INDEX "tip_events_seq_uq" ON "tip_events" USING btree ("tip_id","seq");--> statement-breakpoint
UPDATE "hazards" h SET "version" = e.last_seq
  FROM (SELECT hazard_id, max(seq) AS last_seq FROM "hazard_events" GROUP BY hazard_id) e
  WHERE e.hazard_id = h.id AND h.version <> e.last_seq;--> statement-breakpoint
UPDATE "tips" t SET "version" = e.last_seq
  FROM (SELECT tip_id, max(seq) AS last_seq FROM "tip_events" GROUP BY tip_id) e
  WHERE e.tip_id = t.id AND t.version <> e.last_seq;
