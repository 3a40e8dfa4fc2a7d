-- Substitutes for an absent professional (ADR 0116; seed 002 art. 6.3 "Bij afwezigheid van deze
-- professional wordt zorg gedragen voor een vervanger"; seed 003 §3, seed 004 §4). One row per
-- absence: who is away, from which day to which day (inclusive, Europe/Amsterdam), and which
-- colleague acts for them. Ids and dates only, no personal data. It is not a transfer: case_staff
-- and involvement do not change; the engine and Row-Level Security lend the absent person's
-- relation to the substitute for the period only, and it ends by itself.
CREATE TABLE absences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid NOT NULL,
  substitute_user_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  set_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  cancelled_by uuid,
  CHECK (ends_on >= starts_on),
  CHECK (substitute_user_id <> user_id),
  FOREIGN KEY (collaboration_id, user_id) REFERENCES users (collaboration_id, id),
  FOREIGN KEY (collaboration_id, substitute_user_id) REFERENCES users (collaboration_id, id)
);
CREATE INDEX absences_substitute_idx ON absences (substitute_user_id) WHERE cancelled_at IS NULL;
CREATE INDEX absences_user_idx ON absences (user_id);

-- Read by the absent person, the substitute and the collaboration's administrator (the system for
-- jobs); written by the absent person or the administrator (the service checks the rest).
ALTER TABLE absences ENABLE ROW LEVEL SECURITY;
ALTER TABLE absences FORCE ROW LEVEL SECURITY;
CREATE POLICY absences_read ON absences FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (user_id = casustafel_user_id() OR substitute_user_id = casustafel_user_id() OR casustafel_role() = 'admin')));
CREATE POLICY absences_insert ON absences FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (user_id = casustafel_user_id() OR casustafel_role() = 'admin')));
CREATE POLICY absences_update ON absences FOR UPDATE
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (user_id = casustafel_user_id() OR casustafel_role() = 'admin')))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (user_id = casustafel_user_id() OR casustafel_role() = 'admin')));
GRANT SELECT, INSERT, UPDATE ON absences TO casustafel_app;

-- The service's clock for the policies (ADR 0116 rule 3): a transaction of a user context carries
-- `app.now`, set from the same clock the engine decides with; without it, the database's time.
CREATE FUNCTION casustafel_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('app.now', true), '')::timestamptz, now())
$$;

-- Migration 260's visibility with one more branch: an absence, running now, whose substitute is
-- the acting user and whose absent person is of the acting partner and role and is staff of or
-- designated in the case.
CREATE OR REPLACE FUNCTION casustafel_case_visible_as(p_system boolean, a casustafel_acting, p_case uuid, p_collaboration uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := current_setting('app.role', true);
  v boolean;
BEGIN
  IF coalesce(p_system, false) THEN RETURN true; END IF;
  IF p_collaboration IS NULL OR p_collaboration IS DISTINCT FROM (a).collaboration_id THEN RETURN false; END IF;
  IF (a).role = 'privacy_officer' THEN RETURN true; END IF;
  PERFORM set_config('app.role', 'system', true);
  v := EXISTS (SELECT 1 FROM case_staff s
               WHERE s.case_id = p_case AND s.user_id = (a).user_id AND s.ended_at IS NULL)
    OR EXISTS (SELECT 1 FROM involvement i
               WHERE i.case_id = p_case AND i.user_id = (a).user_id
                 AND i.partner_id = (a).partner_id AND i.ended_at IS NULL)
    OR ((a).role = 'process_director'
        AND EXISTS (SELECT 1 FROM collaborations c WHERE c.id = p_collaboration AND c.all_directors_see_all))
    OR EXISTS (SELECT 1 FROM absences ab JOIN users u ON u.id = ab.user_id
               WHERE ab.substitute_user_id = (a).user_id AND ab.collaboration_id = p_collaboration
                 AND ab.cancelled_at IS NULL AND u.partner_id = (a).partner_id AND u.role = (a).role
                 AND casustafel_now() >= (ab.starts_on::timestamp AT TIME ZONE 'Europe/Amsterdam')
                 AND casustafel_now() < ((ab.ends_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
                 AND (EXISTS (SELECT 1 FROM case_staff s
                              WHERE s.case_id = p_case AND s.user_id = ab.user_id AND s.ended_at IS NULL)
                   OR EXISTS (SELECT 1 FROM involvement i
                              WHERE i.case_id = p_case AND i.user_id = ab.user_id
                                AND i.partner_id = (a).partner_id AND i.ended_at IS NULL)));
  PERFORM set_config('app.role', coalesce(v_role, ''), true);
  RETURN v;
END;
$$;
ALTER FUNCTION casustafel_case_visible_as(boolean, casustafel_acting, uuid, uuid) OWNER TO casustafel_system;
REVOKE ALL ON FUNCTION casustafel_case_visible_as(boolean, casustafel_acting, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casustafel_case_visible_as(boolean, casustafel_acting, uuid, uuid) TO casustafel_app;

-- Audited as substitute (ADR 0116 rule 4): an entry written while acting through an absence
-- names the absent person. Part of the chained record only when present (src/audit/chain-hash.ts),
-- so records without it hash as before.
ALTER TABLE audit_log ADD COLUMN on_behalf_of_user_id uuid;

CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seal_seq IS NULL
       AND (NEW.id, NEW.at, NEW.user_id, NEW.partner_id, NEW.role, NEW.on_behalf_of_partner_id,
            NEW.collaboration_id, NEW.case_id, NEW.subject_id, NEW.contribution_id, NEW.action,
            NEW.purpose, NEW.legal_basis_kind, NEW.access_point, NEW.outcome, NEW.rule,
            NEW.target_user_id, NEW.target_role, NEW.meeting_id, NEW.on_behalf_of_user_id)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.user_id, OLD.partner_id, OLD.role, OLD.on_behalf_of_partner_id,
            OLD.collaboration_id, OLD.case_id, OLD.subject_id, OLD.contribution_id, OLD.action,
            OLD.purpose, OLD.legal_basis_kind, OLD.access_point, OLD.outcome, OLD.rule,
            OLD.target_user_id, OLD.target_role, OLD.meeting_id, OLD.on_behalf_of_user_id) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
