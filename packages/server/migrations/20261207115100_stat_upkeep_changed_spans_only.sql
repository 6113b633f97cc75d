-- The statistics upkeep writes only what changed (see upkeepFunctionSql in modules/stats/stats.spans.ts, which
-- generates this text; stats.upkeep.test checks its body and settings): the stored spans no recomputed span
-- equals are deleted, the recomputed spans no stored one equals inserted, and the cube deltas take that
-- difference. Before, every write deleted and re-inserted all of a hazard's spans with their six index entries.
CREATE OR REPLACE FUNCTION zhiben_stat_upkeep(p_hazard_ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan SET enable_seqscan = off AS $upkeep$
DECLARE
  p_written integer;
BEGIN
  WITH fresh AS MATERIALIZED (
    WITH h AS (
      SELECT id, enterprise_id, region_code, sector, level, source, found_at, deadline, status, closed_at, dismissed_at, listing
      FROM hazards WHERE (id = ANY(p_hazard_ids)) AND status <> 'merged'
    ),
    change_days AS (
      SELECT DISTINCT id, day FROM (
        SELECT id, found_at AS day FROM h
        UNION ALL SELECT h.id, greatest(((e.at) AT TIME ZONE 'Asia/Shanghai')::date, h.found_at) FROM h JOIN hazard_events e ON e.hazard_id = h.id AND e.kind NOT IN ('submit_plan', 'report_progress', 'request_extension', 'linked_report', 'merged_from', 'notification', 'escalation')
        UNION ALL SELECT id, greatest(((closed_at) AT TIME ZONE 'Asia/Shanghai')::date, found_at) FROM h WHERE closed_at IS NOT NULL
        UNION ALL SELECT id, greatest(((dismissed_at) AT TIME ZONE 'Asia/Shanghai')::date, found_at) FROM h WHERE dismissed_at IS NOT NULL
        UNION ALL SELECT id, greatest(left(listing->>'listedAt', 10)::date, found_at) FROM h
          WHERE listing->>'listedAt' ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
      ) d
    ),
    ordered AS (
      SELECT id, day, lead(day) OVER (PARTITION BY id ORDER BY day) AS next_day FROM change_days
    )
    SELECT h.id AS hazard_id, h.enterprise_id, h.region_code, h.sector, h.level, h.source, h.found_at AS found_on,
      o.day AS valid_from, COALESCE(o.next_day, 'infinity'::date) AS valid_to,
      CASE WHEN o.next_day IS NULL THEN
        CASE h.status WHEN 'closed' THEN 'closed' WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END
      ELSE
        CASE COALESCE(ev.status, CASE WHEN h.closed_at < cut.at THEN 'closed' WHEN h.dismissed_at < cut.at THEN 'dismissed' ELSE 'rectifying' END)
    WHEN 'closed' THEN 'closed' WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END
      END AS state,
      CASE WHEN o.next_day IS NULL THEN h.deadline ELSE COALESCE(ev.deadline, h.deadline) END AS deadline,
      CASE WHEN o.next_day IS NULL THEN h.listing IS NOT NULL
        ELSE COALESCE(ev.listed, h.listing IS NOT NULL AND left(h.listing->>'listedAt', 10) <= o.day::text) END AS listed,
      h.closed_at,
      ((LEAST(h.closed_at, h.dismissed_at, ended.at)) AT TIME ZONE 'Asia/Shanghai')::date AS ended_on
    FROM ordered o
    JOIN h ON h.id = o.id
    CROSS JOIN LATERAL (SELECT ((o.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') AS at) cut
    LEFT JOIN LATERAL (SELECT
      (array_agg(e.to_status ORDER BY e.seq DESC) FILTER (WHERE e.kind NOT IN ('notification', 'escalation', 'linked_report', 'merged_from')))[1] AS status,
      (array_agg(COALESCE(e.payload->>'newDeadline', e.payload->>'deadline') ORDER BY e.seq DESC) FILTER (
        WHERE (e.kind IN ('register', 'report', 'imported', 'confirm') AND e.payload->>'deadline' IS NOT NULL)
           OR (e.kind = 'decide_extension' AND e.payload->>'approve' = 'true' AND e.payload->>'newDeadline' IS NOT NULL)))[1]::date AS deadline,
      (array_agg(e.kind = 'list' ORDER BY e.seq DESC) FILTER (WHERE e.kind IN ('list', 'delist')))[1] AS listed
    FROM hazard_events e
    WHERE o.next_day IS NOT NULL AND e.hazard_id = h.id AND e.at < cut.at) ev ON true
    LEFT JOIN LATERAL (
      SELECT min(e.at) AS at FROM hazard_events e WHERE e.hazard_id = h.id AND e.to_status IN ('closed', 'dismissed')
    ) ended ON true),
    old AS (DELETE FROM hazard_stat_spans s WHERE s.hazard_id = ANY(p_hazard_ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.hazard_id = s.hazard_id AND (f.hazard_id, f.enterprise_id, f.region_code, f.sector, f.level, f.source, f.found_on, f.valid_from, f.valid_to, f.state, f.deadline, f.listed, f.closed_at, f.ended_on) IS NOT DISTINCT FROM (s.hazard_id, s.enterprise_id, s.region_code, s.sector, s.level, s.source, s.found_on, s.valid_from, s.valid_to, s.state, s.deadline, s.listed, s.closed_at, s.ended_on)) RETURNING s.*),
    written AS (INSERT INTO hazard_stat_spans (hazard_id, enterprise_id, region_code, sector, level, source, found_on, valid_from, valid_to, state, deadline, listed, closed_at, ended_on) SELECT hazard_id, enterprise_id, region_code, sector, level, source, found_on, valid_from, valid_to, state, deadline, listed, closed_at, ended_on FROM fresh f WHERE (SELECT count(*) FROM old) >= 0
      AND NOT EXISTS (SELECT 1 FROM hazard_stat_spans s WHERE s.hazard_id = f.hazard_id AND s.valid_from = f.valid_from AND (s.hazard_id, s.enterprise_id, s.region_code, s.sector, s.level, s.source, s.found_on, s.valid_from, s.valid_to, s.state, s.deadline, s.listed, s.closed_at, s.ended_on) IS NOT DISTINCT FROM (f.hazard_id, f.enterprise_id, f.region_code, f.sector, f.level, f.source, f.found_on, f.valid_from, f.valid_to, f.state, f.deadline, f.listed, f.closed_at, f.ended_on))
      RETURNING hazard_id, enterprise_id, region_code, sector, level, source, found_on, valid_from, valid_to, state, deadline, listed, closed_at, ended_on),
    cube_change AS (SELECT hazard_id, enterprise_id, region_code, sector, level, source, found_on, valid_from, valid_to, state, deadline, listed, closed_at, ended_on, 1 AS sign FROM written UNION ALL SELECT hazard_id, enterprise_id, region_code, sector, level, source, found_on, valid_from, valid_to, state, deadline, listed, closed_at, ended_on, -1 AS sign FROM old),
    cube_spread AS MATERIALIZED (SELECT a.area, p.month, s.sector, s.state, s.found_on, s.source, s.level, s.deadline, s.listed, s.closed_at, s.ended_on, p.sign * s.sign AS sign
    FROM cube_change s CROSS JOIN LATERAL (VALUES (left(s.region_code, 2)), (left(s.region_code, 4)), (left(s.region_code, 6)), (left(s.region_code, 9))) a(area)
    CROSS JOIN LATERAL (VALUES ((s.valid_from - (extract(day FROM s.valid_from)::int - 1)), 1),
      (CASE WHEN s.valid_to <> 'infinity' THEN (s.valid_to - (extract(day FROM s.valid_to)::int - 1)) END, -1),
      (CASE WHEN s.valid_to = 'infinity' THEN 'infinity'::date END, 1)) p(month, sign)
    WHERE p.month IS NOT NULL),
    cube_delta0 AS (INSERT INTO stat_cube_counts_delta (area, month, sector, state, found_month, source, n, n_major) SELECT area, month, sector, state, found_month, source, sum(n)::int AS n, sum(n_major)::int AS n_major FROM (SELECT s.area, s.month, s.sector, s.state AS state, (s.found_on - (extract(day FROM s.found_on)::int - 1)) AS found_month, s.source AS source, (1) * s.sign AS n, ((s.level = 'major')::int) * s.sign AS n_major FROM cube_spread s WHERE true AND (true)) c GROUP BY area, month, sector, state, found_month, source HAVING sum(n) <> 0 OR sum(n_major) <> 0), cube_delta1 AS (INSERT INTO stat_cube_open_delta (area, month, sector, deadline, level, listed, n) SELECT area, month, sector, deadline, level, listed, sum(n)::int AS n FROM (SELECT s.area, s.month, s.sector, COALESCE(s.deadline, 'infinity'::date) AS deadline, s.level AS level, s.listed AS listed, (1) * s.sign AS n FROM cube_spread s WHERE true AND (s.state = 'open')) c GROUP BY area, month, sector, deadline, level, listed HAVING sum(n) <> 0), cube_delta2 AS (INSERT INTO stat_cube_closed_days_delta (area, month, sector, days, n) SELECT area, month, sector, days, sum(n)::int AS n FROM (SELECT s.area, s.month, s.sector, ((s.closed_at AT TIME ZONE 'Asia/Shanghai')::date - s.found_on) AS days, (1) * s.sign AS n FROM cube_spread s WHERE true AND (s.state = 'closed' AND s.closed_at IS NOT NULL)) c GROUP BY area, month, sector, days HAVING sum(n) <> 0), cube_delta3 AS (INSERT INTO stat_cube_stock_endings_delta (area, sector, ended_on, n) SELECT area, sector, ended_on, sum(n)::int AS n FROM (SELECT s.area, s.sector, COALESCE(s.ended_on, 'infinity'::date) AS ended_on, (1) * s.sign AS n FROM cube_spread s WHERE s.month = 'infinity' AND (s.found_on <= '2023-12-31'::date)) c GROUP BY area, sector, ended_on HAVING sum(n) <> 0)
    SELECT (SELECT count(*) FROM written)::int INTO p_written;
  RETURN p_written;
END
$upkeep$;
