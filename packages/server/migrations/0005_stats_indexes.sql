-- Statistics "as of D" read each hazard's timeline up to the end of D: one range probe per hazard on
-- (hazard_id, at). Without it the planner ANDs the per-hazard index with hazard_events_at_idx, which covers
-- almost every event for a recent D and makes as-of queries quadratic.
CREATE INDEX IF NOT EXISTS "hazard_events_hazard_at_idx" ON "hazard_events" USING btree ("hazard_id", "at");
