-- Joins to one open community that arrive together are admitted together: the same
-- canopy_join_open, person by person in arrival order, inside one transaction, so a
-- burst into a popular community pays for one commit (one WAL flush while the
-- community row is locked) instead of one per person. Each admission still takes its
-- seat with the guarded counter; the cap holds exactly as before.
-- Any error fails the whole call; the caller then admits the people one by one, so a
-- race on one person (a unique violation) never decides anyone else's outcome.
CREATE FUNCTION "canopy_join_open_many"(p_community uuid, p_users uuid[], p_accepted_rules_versions integer[])
RETURNS TABLE ("item" integer, "outcome" text, "membership_id" uuid, "waitlist_entry_id" uuid)
LANGUAGE plpgsql AS $$
DECLARE
  i integer;
  r record;
BEGIN
  IF coalesce(array_length(p_users, 1), 0) <> coalesce(array_length(p_accepted_rules_versions, 1), 0) THEN
    RAISE EXCEPTION 'canopy_join_open_many: % people but % rules versions',
      array_length(p_users, 1), array_length(p_accepted_rules_versions, 1);
  END IF;
  FOR i IN 1 .. coalesce(array_length(p_users, 1), 0) LOOP
    SELECT * INTO r FROM canopy_join_open(p_community, p_users[i], p_accepted_rules_versions[i]);
    item := i;
    outcome := r.outcome;
    membership_id := r.membership_id;
    waitlist_entry_id := r.waitlist_entry_id;
    RETURN NEXT;
  END LOOP;
END
$$;
