-- "As of D" reads, per scope, the spans with valid_from <= D < valid_to. A county's spans lie scattered over the
-- whole table (they are written in the order hazards change), so a bitmap heap scan touches one page per span;
-- covering the columns the figures need makes it an index-only range scan by region prefix.
CREATE INDEX IF NOT EXISTS "hazard_stat_spans_asof_idx" ON "hazard_stat_spans" USING btree ("region_code" text_pattern_ops, "valid_to")
  INCLUDE ("valid_from", "sector", "level", "source", "found_on", "state", "deadline", "listed", "closed_at", "hazard_id", "enterprise_id");
