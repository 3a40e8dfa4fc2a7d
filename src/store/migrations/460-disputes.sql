-- Disputes about how a director carries out its tasks (seed 003 art. 9.4 and 10.4, seed 001 art. 9.4
-- and 10.4; row 003-29): about the process director held by the manager, about a case director by
-- the process director; either may put it to the body the covenant names (`escalated_to`), whose
-- decision the manager then records. The texts are sealed under the collaboration key.
CREATE TABLE disputes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  about text NOT NULL CHECK (about IN ('process_director', 'case_director')),
  about_user_id uuid NOT NULL,
  raised_by uuid NOT NULL,
  raised_for_partner_id uuid NOT NULL,
  raised_at timestamptz NOT NULL,
  summary_enc bytea NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'escalated', 'decided')),
  escalated_to text,
  escalated_by uuid,
  escalated_at timestamptz,
  escalation_reason_enc bytea,
  decided_by uuid,
  decided_at timestamptz,
  outcome_enc bytea,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX disputes_collaboration_idx ON disputes (collaboration_id, status);

-- Read and changed within the collaboration by the people a dispute concerns: who raised it, the
-- process directors and support, the manager (the service decides who holds it); the system for jobs.
ALTER TABLE disputes ENABLE ROW LEVEL SECURITY;
ALTER TABLE disputes FORCE ROW LEVEL SECURITY;
CREATE POLICY disputes_read ON disputes FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (raised_by = casustafel_user_id() OR casustafel_role() IN ('process_director', 'support', 'manager'))));
CREATE POLICY disputes_insert ON disputes FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND raised_by = casustafel_user_id()));
CREATE POLICY disputes_update ON disputes FOR UPDATE
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('process_director', 'manager')))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('process_director', 'manager')));
GRANT SELECT, INSERT, UPDATE ON disputes TO casustafel_app;
