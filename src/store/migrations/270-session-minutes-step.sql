-- Seed 000 Bijlage 2, PJO Eijsden-Margraten (row 000-R86, ADR 0129): "Tevens wordt de notulen van
-- het PJO gedeeld met de procesmanager jeugd". The designated functionary of a table named in the
-- PJO's `minutesSharedWith` (Casusoverleg Jeugd: the procesmanager Jeugd) reads the minutes of a
-- PJO session: per individual discussed only the record (date, status, reason, notes) with the
-- case number; never the name, the preparation, the invitations, the plan or the contributions.
--
-- Row-Level Security is NOT widened: that user still cannot read the meetings, case keys, subjects
-- or preparations of those cases. One SECURITY DEFINER step (the pattern of migration 240, ADR
-- 0113) returns, for one session, the items' case number, position, status and dates, the sealed
-- record, and the case key still wrapped by the master key, for the items that have a record and
-- for nothing else. The server unwraps, opens the record and passes on the four fields only. A
-- wrapped key is useless without the master key, which never reaches the database.
--
-- The step reads the acting user from the transaction's settings, never from its arguments, and
-- refuses unless: the user is an active process director (casustafel_step_enter); the session
-- belongs to the actor's collaboration and is a session of a table; and that table's
-- `minutesSharedWith` (the collaboration's stored configuration) names a table whose designated
-- functionary (table_designations, migration 235) is this user.
CREATE FUNCTION casustafel_session_minutes(p_session uuid)
RETURNS TABLE (meeting_id uuid, case_id uuid, case_number text, "position" integer, item_reason text, status text,
  scheduled_at timestamptz, held_at timestamptz, record_enc bytea, key_id text, wrapped_key bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_user uuid := casustafel_user_id();
  v_collaboration uuid := casustafel_collaboration_id();
  v_role text := casustafel_step_enter('session_minutes', ARRAY['process_director']);
BEGIN
  IF NOT EXISTS (
    SELECT 1
    FROM meeting_sessions s
    JOIN collaborations c ON c.id = s.collaboration_id
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(c.config -> 'tables') = 'array' THEN c.config -> 'tables' ELSE '[]'::jsonb END) AS t(tbl)
    CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(t.tbl -> 'minutesSharedWith') = 'array' THEN t.tbl -> 'minutesSharedWith' ELSE '[]'::jsonb END) AS r(table_id)
    JOIN table_designations d ON d.collaboration_id = s.collaboration_id AND d.table_id = r.table_id AND d.user_id = v_user
    WHERE s.id = p_session AND s.collaboration_id = v_collaboration AND s.body_kind = 'table'
      AND t.tbl ->> 'id' = s.body_id AND r.table_id <> s.body_id) THEN
    RAISE EXCEPTION 'casustafel step session_minutes: the acting user receives no minutes of this session' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT m.id, i.case_id, i.case_number, i.position, i.reason, m.status, m.scheduled_at, m.held_at, m.record_enc,
      CASE WHEN m.record_enc IS NULL THEN NULL ELSE k.key_id END,
      CASE WHEN m.record_enc IS NULL THEN NULL ELSE k.wrapped_key END
    FROM meeting_session_items i
    JOIN meetings m ON m.id = i.meeting_id AND m.collaboration_id = v_collaboration
    LEFT JOIN case_keys k ON k.case_id = i.case_id AND k.collaboration_id = v_collaboration
    WHERE i.session_id = p_session AND i.collaboration_id = v_collaboration
    ORDER BY i.position;
  PERFORM casustafel_step_leave(v_role);
END;
$$;

ALTER FUNCTION casustafel_session_minutes(uuid) OWNER TO casustafel_system;
REVOKE ALL ON FUNCTION casustafel_session_minutes(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casustafel_session_minutes(uuid) TO casustafel_app;
