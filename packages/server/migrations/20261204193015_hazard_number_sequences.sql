-- Hazard numbers (隐患编号 <county>-<year>-<seq>) come from one sequence per county and year, hazard_no_<county>_<year>,
-- instead of the hazard_counters row. nextval is atomic and not transactional: a create holds nothing on its number
-- until commit (the counter row's lock, taken first and held through COMMIT, serialised every create in a county).
-- Numbers are still never reused; a create that fails after taking its number leaves a gap in the county's numbers.
-- The functions run as their owner (SECURITY DEFINER), so the app role needs no right to create sequences.

-- The sequence of a county and year, created on first use to continue after `start_after`. Concurrent first uses
-- wait for each other on an advisory lock (held until the creating transaction ends; once per county and year).
CREATE FUNCTION zhiben_hazard_sequence(county text, yr integer, start_after integer DEFAULT 0) RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  seq_name text := format('hazard_no_%s_%s', county, yr);
  seq regclass;
BEGIN
  IF county IS NULL OR county !~ '^[0-9]{6}$' OR yr IS NULL OR yr NOT BETWEEN 1000 AND 9999 OR start_after < 0 THEN
    RAISE EXCEPTION 'no hazard number sequence for county %, year %', county, yr USING ERRCODE = 'invalid_parameter_value';
  END IF;
  seq := to_regclass(format('public.%I', seq_name));
  IF seq IS NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('zhiben:' || seq_name));
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS public.%I AS integer START WITH %s', seq_name, start_after + 1);
    seq := format('public.%I', seq_name)::regclass;
  END IF;
  RETURN seq;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION zhiben_hazard_sequence(text, integer, integer) FROM PUBLIC;
--> statement-breakpoint
-- The next `n` numbers of a county and year, ascending (the ledger import takes a batch's numbers at once).
CREATE FUNCTION zhiben_hazard_seqs(county text, yr integer, n integer) RETURNS integer[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  seq regclass := public.zhiben_hazard_sequence(county, yr);
BEGIN
  IF n IS NULL OR n < 1 THEN
    RAISE EXCEPTION 'hazard numbers requested: %', n USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN ARRAY(SELECT nextval(seq)::integer FROM generate_series(1, n));
END
$$;
--> statement-breakpoint
-- A number kept from an imported ledger is never issued again: the sequence moves past it, never backwards. Small
-- gaps are consumed by nextval, so racing creates cannot be handed a number twice; a large one (≥ 10,000) is set
-- at once under a lock that only these moves take (creates cannot issue 10,000 numbers between the read and the set).
CREATE FUNCTION zhiben_hazard_seq_keep(county text, yr integer, kept integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  seq regclass := public.zhiben_hazard_sequence(county, yr, kept);
  last_issued bigint;
  called boolean;
  next_value bigint;
BEGIN
  EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO last_issued, called;
  next_value := CASE WHEN called THEN last_issued + 1 ELSE last_issued END;
  IF kept < next_value THEN
    RETURN;
  ELSIF kept - next_value < 10000 THEN
    PERFORM nextval(seq) FROM generate_series(next_value, kept);
  ELSE
    PERFORM pg_advisory_xact_lock(hashtext('zhiben:keep:' || seq::text));
    EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO last_issued, called;
    IF kept > last_issued OR (kept = last_issued AND NOT called) THEN
      PERFORM setval(seq, kept);
    END IF;
  END IF;
END
$$;
--> statement-breakpoint
-- Every county and year continues after the higher of its counter and its highest number on record.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT county, yr, max(last_seq) AS last_seq FROM (
      SELECT county_code AS county, year AS yr, last_seq FROM hazard_counters
      UNION ALL
      SELECT substr(hazard_no, 1, 6), substr(hazard_no, 8, 4)::integer, substr(hazard_no, 13)::integer
        FROM hazards WHERE hazard_no ~ '^[0-9]{6}-[0-9]{4}-[0-9]{6,9}$'
    ) numbers
    WHERE county ~ '^[0-9]{6}$' AND yr BETWEEN 1000 AND 9999
    GROUP BY county, yr
  LOOP
    PERFORM zhiben_hazard_sequence(r.county, r.yr, r.last_seq);
  END LOOP;
END
$$;
