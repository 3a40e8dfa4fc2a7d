-- Finding M5 (penetration test 2026-12-06), ADR 0093 addendum and ADR 0113: the steps that a
-- user's transaction could only take by switching to casustafel_system (SET LOCAL ROLE in the
-- middle of the transaction) become SECURITY DEFINER functions, one per step. Each runs inside the
-- user's transaction (the writes commit together; "audited before disclosed" stays), reads the
-- acting context from the transaction's settings, checks that context and its own preconditions
-- itself, does exactly its step and nothing else, and gives the user's context back. The
-- application role may execute them and nothing more, so the server's request login no longer
-- needs membership of casustafel_system.
--
-- Owner: casustafel_system (no superuser, no BYPASSRLS): inside a function, Row-Level Security
-- still applies, through the policies' system branch. search_path is fixed per function.
--
-- Also: the system branch needs a role that has casustafel_system's privileges. Migration 053 only
-- excluded casustafel_app itself, so a login that is a member of casustafel_app but does not
-- SET ROLE to it (its own name is then current_user) could still become the system by a setting.

CREATE OR REPLACE FUNCTION casustafel_is_system() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT casustafel_role() = 'system' AND pg_has_role(current_user, 'casustafel_system', 'USAGE')
$$;

-- Entering and leaving the system context inside a step. Only the step functions (which run as
-- casustafel_system) may call these. The caller must be a user context whose user is active, has
-- that role, partner and collaboration, and whose role is one of p_roles (null: any user role).
CREATE FUNCTION casustafel_step_enter(p_step text, p_roles text[]) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := casustafel_role();
  v_collaboration uuid := casustafel_collaboration_id();
  v_user uuid := casustafel_user_id();
  v_partner uuid := casustafel_partner_id();
BEGIN
  IF v_role IN ('none', 'system') OR v_collaboration IS NULL OR v_user IS NULL OR v_partner IS NULL THEN
    RAISE EXCEPTION 'casustafel step %: needs the acting context of a user', p_step USING ERRCODE = '42501';
  END IF;
  IF p_roles IS NOT NULL AND NOT v_role = ANY (p_roles) THEN
    RAISE EXCEPTION 'casustafel step %: not for role %', p_step, v_role USING ERRCODE = '42501';
  END IF;
  PERFORM set_config('app.role', 'system', true);
  IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = v_user AND u.collaboration_id = v_collaboration
                   AND u.partner_id = v_partner AND u.role = v_role AND u.active) THEN
    RAISE EXCEPTION 'casustafel step %: the acting user is not an active user with this role', p_step USING ERRCODE = '42501';
  END IF;
  RETURN v_role;
END;
$$;

CREATE FUNCTION casustafel_step_leave(p_role text) RETURNS void
LANGUAGE sql VOLATILE SET search_path = public, pg_temp AS $$
  SELECT set_config('app.role', p_role, true);
$$;

-- 1. Re-opening a case (transition-case.ts): the de-escalation decision, which Row-Level Security
-- hides from the manager, gets the new dates. Only when the case, in the actor's collaboration,
-- records a re-opening by this user at exactly p_at (written earlier in this transaction).
CREATE FUNCTION casustafel_reopen_deescalation(p_case uuid, p_at timestamptz, p_archive_due timestamptz, p_delete_due timestamptz) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_user uuid := casustafel_user_id();
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('reopen', NULL);
  v_count integer;
BEGIN
  IF p_archive_due IS NULL OR p_delete_due IS NULL OR p_archive_due < p_at OR p_delete_due < p_archive_due THEN
    RAISE EXCEPTION 'casustafel step reopen: the dates must follow the re-opening' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM cases c, jsonb_array_elements(coalesce(c.closing_criteria -> 'reopenings', '[]'::jsonb)) r
    WHERE c.id = p_case AND c.collaboration_id = v_collaboration
      AND r ->> 'by' = v_user::text AND (r ->> 'at')::timestamptz = p_at) THEN
    RAISE EXCEPTION 'casustafel step reopen: the case records no re-opening by this user at this moment' USING ERRCODE = '42501';
  END IF;
  UPDATE deescalation_decisions SET decided_at = p_at, archive_due_at = p_archive_due, delete_due_at = p_delete_due, archived_at = NULL
  WHERE case_id = p_case AND collaboration_id = v_collaboration;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  PERFORM casustafel_step_leave(v_role);
  RETURN v_count;
END;
$$;

-- 2. Moving a session (edit-session.ts): the case discussions on its agenda move with it, also
-- those of cases the planner may not read. Only for a planner, and only to the moment the session
-- itself now has (written earlier in this transaction).
CREATE FUNCTION casustafel_move_session_meetings(p_session uuid, p_at timestamptz, p_now timestamptz) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('move_session', ARRAY['process_director', 'support']);
  v_count integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM meeting_sessions s WHERE s.id = p_session AND s.collaboration_id = v_collaboration AND s.scheduled_at = p_at) THEN
    RAISE EXCEPTION 'casustafel step move_session: the session is not at this moment in this collaboration' USING ERRCODE = '42501';
  END IF;
  UPDATE meetings SET scheduled_at = p_at, updated_at = p_now
  WHERE session_id = p_session AND collaboration_id = v_collaboration AND status = 'planned';
  GET DIAGNOSTICS v_count = ROW_COUNT;
  PERFORM casustafel_step_leave(v_role);
  RETURN v_count;
END;
$$;

-- 3. Taking an item off a session's agenda (session-agenda.ts): its case discussion is cancelled,
-- whoever directs the case, unless it was held. Only for a planner, and only for a discussion that
-- is an item of that session of the actor's collaboration. Returns the status it had (unchanged
-- when 'held').
CREATE FUNCTION casustafel_cancel_session_meeting(p_session uuid, p_meeting uuid, p_now timestamptz) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('cancel_session_meeting', ARRAY['process_director', 'support']);
  v_status text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM meeting_session_items i WHERE i.session_id = p_session AND i.meeting_id = p_meeting AND i.collaboration_id = v_collaboration) THEN
    RAISE EXCEPTION 'casustafel step cancel_session_meeting: not an item of this session' USING ERRCODE = '42501';
  END IF;
  SELECT m.status INTO v_status FROM meetings m WHERE m.id = p_meeting AND m.collaboration_id = v_collaboration;
  IF v_status IS DISTINCT FROM 'held' THEN
    UPDATE meetings SET status = 'cancelled', session_id = NULL, updated_at = p_now
    WHERE id = p_meeting AND collaboration_id = v_collaboration;
  END IF;
  PERFORM casustafel_step_leave(v_role);
  RETURN v_status;
END;
$$;

-- 4. Which group and theme items a session has (session-topics.ts): kind and position only, never
-- their content, for any user of the session's collaboration (a reader not invited sees the
-- neutral line).
CREATE FUNCTION casustafel_session_topic_skeleton(p_session uuid) RETURNS TABLE (id uuid, kind text, "position" integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('session_topic_skeleton', NULL);
BEGIN
  RETURN QUERY SELECT t.id, t.kind, t.position FROM meeting_session_topics t
    WHERE t.session_id = p_session AND t.collaboration_id = v_collaboration ORDER BY t.position;
  PERFORM casustafel_step_leave(v_role);
END;
$$;

-- 5. The presence lookup (lookup-presence.ts), first half: the collaborations of this installation
-- with their configuration (the caller needs their ids for the keyed hashes and whether a signal
-- must be picked up before it counts). Only for a process director.
CREATE FUNCTION casustafel_presence_collaborations() RETURNS TABLE (id uuid, name text, config jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := casustafel_step_enter('presence_collaborations', ARRAY['process_director']);
BEGIN
  RETURN QUERY SELECT c.id, c.name, c.config FROM collaborations c ORDER BY c.id;
  PERFORM casustafel_step_leave(v_role);
END;
$$;

-- 6. The presence lookup, second half: the live or archived cases in which a person with one of the
-- given keyed hashes (one per collaboration) is a subject, with whether the case was picked up and
-- the case's first process director's name and e-mail. Hashes, phases and contacts only: never a
-- name or case content. Only for a process director.
CREATE FUNCTION casustafel_presence_candidates(p_by text, p_collaborations uuid[], p_hashes bytea[])
RETURNS TABLE (collaboration_id uuid, case_id uuid, phase text, picked_up_at text, director_name text, director_email text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := casustafel_step_enter('presence_candidates', ARRAY['process_director']);
BEGIN
  IF p_by NOT IN ('bsn', 'name_birth') OR coalesce(array_length(p_collaborations, 1), 0) <> coalesce(array_length(p_hashes, 1), 0) THEN
    RAISE EXCEPTION 'casustafel step presence_candidates: a hash per collaboration' USING ERRCODE = '22023';
  END IF;
  RETURN QUERY
    SELECT s.collaboration_id, c.id, c.phase, c.closing_criteria #>> '{pickup,pickedUpAt}', d.display_name, d.email
    FROM unnest(p_collaborations, p_hashes) AS probe(collaboration_id, hash)
    JOIN subjects s ON s.collaboration_id = probe.collaboration_id
      AND (CASE WHEN p_by = 'bsn' THEN s.bsn_hash ELSE s.name_birth_hash END) = probe.hash
    JOIN cases c ON c.id = s.case_id
    JOIN LATERAL (
      SELECT u.display_name, u.email FROM case_staff cs JOIN users u ON u.id = cs.user_id
      WHERE cs.case_id = c.id AND cs.role = 'process_director' AND cs.ended_at IS NULL
      ORDER BY cs.assigned_at LIMIT 1) d ON true
    WHERE c.phase IN ('screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived'); -- ACTIVE_PHASES and archived
  PERFORM casustafel_step_leave(v_role);
END;
$$;

-- 7. The presence lookup's record in the log of the collaboration whose case was disclosed. Written
-- as the acting user (user, partner, role from the context, never from the arguments), only for a
-- case of that other collaboration, and only once for a lookup by this user, at this moment, that
-- found a person there (the presence_lookups row written earlier in this transaction).
CREATE FUNCTION casustafel_append_presence_disclosure(p_at timestamptz, p_collaboration uuid, p_case uuid, p_on_behalf_of uuid,
  p_purpose text, p_legal_basis_kind text, p_access_point text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_user uuid := casustafel_user_id();
  v_partner uuid := casustafel_partner_id();
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('presence_disclosure', ARRAY['process_director']);
BEGIN
  IF p_collaboration IS NULL OR p_collaboration = v_collaboration THEN
    RAISE EXCEPTION 'casustafel step presence_disclosure: only for another collaboration' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.collaboration_id = p_collaboration) THEN
    RAISE EXCEPTION 'casustafel step presence_disclosure: not a case of that collaboration' USING ERRCODE = '42501';
  END IF;
  -- One record per such lookup: fewer disclosure records of this user at this moment there than lookups.
  IF (SELECT count(*) FROM presence_lookups l WHERE l.asked_by = v_user AND l.collaboration_id = v_collaboration
        AND l.asked_at = p_at AND l.found AND l.target_collaboration = p_collaboration::text)
     <= (SELECT count(*) FROM audit_log a WHERE a.user_id = v_user AND a.at = p_at AND a.action = 'presence.disclosed'
           AND a.collaboration_id = p_collaboration) THEN
    RAISE EXCEPTION 'casustafel step presence_disclosure: no (further) lookup of this user at this moment found the person there' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_log (at, user_id, partner_id, role, on_behalf_of_partner_id, collaboration_id, case_id, action, purpose, legal_basis_kind, access_point, outcome)
  VALUES (p_at, v_user, v_partner, v_role, p_on_behalf_of, p_collaboration, p_case, 'presence.disclosed', p_purpose, p_legal_basis_kind, p_access_point, 'allow');
  PERFORM casustafel_step_leave(v_role);
END;
$$;

DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    'casustafel_step_enter(text, text[])', 'casustafel_step_leave(text)',
    'casustafel_reopen_deescalation(uuid, timestamptz, timestamptz, timestamptz)',
    'casustafel_move_session_meetings(uuid, timestamptz, timestamptz)',
    'casustafel_cancel_session_meeting(uuid, uuid, timestamptz)',
    'casustafel_session_topic_skeleton(uuid)',
    'casustafel_presence_collaborations()',
    'casustafel_presence_candidates(text, uuid[], bytea[])',
    'casustafel_append_presence_disclosure(timestamptz, uuid, uuid, uuid, text, text, text)']
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO casustafel_system', f);
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END;
$$;
GRANT EXECUTE ON FUNCTION casustafel_step_enter(text, text[]), casustafel_step_leave(text) TO casustafel_system;
GRANT EXECUTE ON FUNCTION
  casustafel_reopen_deescalation(uuid, timestamptz, timestamptz, timestamptz),
  casustafel_move_session_meetings(uuid, timestamptz, timestamptz),
  casustafel_cancel_session_meeting(uuid, uuid, timestamptz),
  casustafel_session_topic_skeleton(uuid),
  casustafel_presence_collaborations(),
  casustafel_presence_candidates(text, uuid[], bytea[]),
  casustafel_append_presence_disclosure(timestamptz, uuid, uuid, uuid, text, text, text)
TO casustafel_app;
