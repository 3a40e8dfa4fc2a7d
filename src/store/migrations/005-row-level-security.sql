-- Row-Level Security as defence in depth under the access engine. Every request runs as the
-- non-superuser role casustafel_app (SET LOCAL ROLE) with the acting context in transaction-local
-- settings app.collaboration_id, app.partner_id, app.user_id and app.role (src/store/acting-context.ts).
-- Without settings no policy matches and every protected table reads as empty.
-- The role 'system' (migrations, jobs, seeding, login) is an explicit policy branch, not a bypass.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casustafel_app') THEN
    BEGIN
      CREATE ROLE casustafel_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created concurrently by a migration of another database in the same cluster
    END;
  END IF;
  IF NOT pg_has_role(current_user, 'casustafel_app', 'MEMBER') THEN
    EXECUTE format('GRANT casustafel_app TO %I', current_user);
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO casustafel_app', current_schema());
END;
$$;

CREATE FUNCTION casustafel_collaboration_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.collaboration_id', true), '')::uuid
$$;
CREATE FUNCTION casustafel_partner_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.partner_id', true), '')::uuid
$$;
CREATE FUNCTION casustafel_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
CREATE FUNCTION casustafel_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('app.role', true), ''), 'none')
$$;
CREATE FUNCTION casustafel_is_system() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT casustafel_role() = 'system'
$$;
CREATE FUNCTION casustafel_in_collaboration(p_collaboration uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_collaboration IS NOT NULL AND p_collaboration = casustafel_collaboration_id()
$$;

-- Case content is visible within the acting collaboration only to staff of the case, to the
-- professionals their partner designated in it, to the privacy officer (the service restricts that
-- to a registered request) and to process directors where the collaboration lets them see all.
-- case_staff and involvement carry a collaboration-only policy, so this lookup cannot recurse.
CREATE FUNCTION casustafel_case_visible(p_case uuid, p_collaboration uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT casustafel_is_system()
    OR (casustafel_in_collaboration(p_collaboration) AND (
      casustafel_role() = 'privacy_officer'
      OR EXISTS (SELECT 1 FROM case_staff s
                 WHERE s.case_id = p_case AND s.user_id = casustafel_user_id() AND s.ended_at IS NULL)
      OR EXISTS (SELECT 1 FROM involvement i
                 WHERE i.case_id = p_case AND i.user_id = casustafel_user_id()
                   AND i.partner_id = casustafel_partner_id() AND i.ended_at IS NULL)
      OR (casustafel_role() = 'process_director'
          AND EXISTS (SELECT 1 FROM collaborations c WHERE c.id = p_collaboration AND c.all_directors_see_all))
    ))
$$;

-- Enable and force RLS everywhere the application role can reach.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['collaborations', 'partners', 'users', 'sessions', 'cases', 'case_keys',
    'subjects', 'case_staff', 'involvement', 'triage_questions', 'contributions', 'take_along_grants',
    'consents', 'weighings', 'informing_records', 'meetings', 'meeting_invitations', 'meeting_attendance',
    'plan_actions', 'case_director_appointments', 'third_parties', 'deescalation_decisions',
    'deescalation_exceptions', 'police_provisions', 'presence_lookups', 'rights_requests', 'incidents',
    'complaints', 'reminders', 'job_runs', 'audit_log', 'audit_chain_head']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  END LOOP;

  -- Case content: one policy shape for every table keyed on (case_id, collaboration_id).
  FOREACH t IN ARRAY ARRAY['case_keys', 'subjects', 'triage_questions', 'contributions',
    'take_along_grants', 'consents', 'weighings', 'informing_records', 'meetings', 'meeting_invitations',
    'meeting_attendance', 'plan_actions', 'case_director_appointments', 'third_parties',
    'deescalation_decisions', 'deescalation_exceptions']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I USING (casustafel_case_visible(case_id, collaboration_id)) '
      'WITH CHECK (casustafel_case_visible(case_id, collaboration_id))', t || '_case_content', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casustafel_app', t);
  END LOOP;

  -- Collaboration-scoped records the service layer guards further by role.
  FOREACH t IN ARRAY ARRAY['presence_lookups', 'rights_requests', 'incidents', 'complaints', 'reminders']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I USING (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party''))) '
      'WITH CHECK (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party'')))',
      t || '_collaboration', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casustafel_app', t);
  END LOOP;
END;
$$;

-- Cases: the row itself holds no personal data, so managers and statisticians may count them.
CREATE POLICY cases_read ON cases FOR SELECT USING (
  casustafel_case_visible(id, collaboration_id)
  OR (casustafel_in_collaboration(collaboration_id)
      AND (registrant_user_id = casustafel_user_id() OR casustafel_role() IN ('manager', 'statistician'))));
CREATE POLICY cases_write ON cases FOR ALL USING (
  casustafel_case_visible(id, collaboration_id)
  OR (casustafel_in_collaboration(collaboration_id)
      AND (registrant_user_id = casustafel_user_id() OR casustafel_role() = 'manager')))
WITH CHECK (
  casustafel_case_visible(id, collaboration_id)
  OR (casustafel_in_collaboration(collaboration_id)
      AND (registrant_user_id = casustafel_user_id() OR casustafel_role() IN ('process_director', 'support', 'manager'))));
GRANT SELECT, INSERT, UPDATE, DELETE ON cases TO casustafel_app;

-- Who acts in which case: visible within the collaboration (ids only, no content).
CREATE POLICY case_staff_read ON case_staff FOR SELECT USING (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY case_staff_write ON case_staff FOR ALL USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND casustafel_role() IN ('process_director', 'support', 'manager', 'admin')))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND casustafel_role() IN ('process_director', 'support', 'manager', 'admin')));
GRANT SELECT, INSERT, UPDATE, DELETE ON case_staff TO casustafel_app;

CREATE POLICY involvement_read ON involvement FOR SELECT USING (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
-- A partner designates its own professionals; staff designate on behalf of the lead partner.
CREATE POLICY involvement_write ON involvement FOR ALL USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (partner_id = casustafel_partner_id() OR casustafel_role() IN ('process_director', 'support'))))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (partner_id = casustafel_partner_id() OR casustafel_role() IN ('process_director', 'support'))));
GRANT SELECT, INSERT, UPDATE, DELETE ON involvement TO casustafel_app;

-- Configuration: readable within the collaboration, written by admins and the system.
CREATE POLICY collaborations_read ON collaborations FOR SELECT USING (
  casustafel_is_system() OR casustafel_in_collaboration(id));
CREATE POLICY collaborations_write ON collaborations FOR ALL USING (
  casustafel_is_system() OR (casustafel_in_collaboration(id) AND casustafel_role() = 'admin'))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(id) AND casustafel_role() = 'admin'));
GRANT SELECT, INSERT, UPDATE, DELETE ON collaborations TO casustafel_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['partners', 'users']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (casustafel_is_system() OR '
      'casustafel_in_collaboration(collaboration_id))', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() = ''admin'')) '
      'WITH CHECK (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() = ''admin''))', t || '_write', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casustafel_app', t);
  END LOOP;
END;
$$;

CREATE POLICY sessions_own ON sessions USING (
  casustafel_is_system() OR (user_id = casustafel_user_id() AND casustafel_in_collaboration(collaboration_id)))
WITH CHECK (casustafel_is_system() OR (user_id = casustafel_user_id() AND casustafel_in_collaboration(collaboration_id)));
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO casustafel_app;

-- Wpg art. 32 log: the privacy officer and the people in the case.
CREATE POLICY police_provisions_access ON police_provisions USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (casustafel_role() = 'privacy_officer' OR casustafel_case_visible(case_id, collaboration_id))))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (casustafel_role() = 'privacy_officer' OR casustafel_case_visible(case_id, collaboration_id))));
GRANT SELECT, INSERT, UPDATE, DELETE ON police_provisions TO casustafel_app;

CREATE POLICY job_runs_system ON job_runs USING (casustafel_is_system()) WITH CHECK (casustafel_is_system());
GRANT SELECT, INSERT, UPDATE, DELETE ON job_runs TO casustafel_app;

-- The access log: anyone appends within the acting collaboration; only the privacy officer reads;
-- sealing is the system's (the trigger of 004 keeps rows immutable for every role).
CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'privacy_officer'));
CREATE POLICY audit_log_seal ON audit_log FOR UPDATE USING (casustafel_is_system()) WITH CHECK (casustafel_is_system());
GRANT SELECT, INSERT ON audit_log TO casustafel_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO casustafel_app;

CREATE POLICY audit_chain_head_system ON audit_chain_head USING (casustafel_is_system()) WITH CHECK (casustafel_is_system());
