-- An escalation has exactly one subject: a hazard (with its enterprise), an enterprise, a department
-- (subject_org_id) or a region (none of them; region_code is the region).
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_one_subject" CHECK (
  (hazard_id IS NULL OR enterprise_id IS NOT NULL) AND NOT (enterprise_id IS NOT NULL AND subject_org_id IS NOT NULL)
);
