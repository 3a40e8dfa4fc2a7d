-- Decisions that end a partner's membership otherwise than by an ordinary notice (P1): the
-- steering group's exclusion (seed 003 art. 21.2, seed 001 art. 20.2), a withdrawal from the day an
-- amendment the partner finds unacceptable takes effect (seed 003 art. 19.3, seed 001 art. 18.3),
-- and an immediate termination with the unanimous consent of all partners (seed 000 art. 13.2).
-- One row per decision: when it was taken, from when it has effect, why, who recorded it, and what
-- the covenant asks to be on record with it (`detail`: the notice of default and the votes, the
-- amendment, the partners' consents). Organisation data only, no personal data of subjects.
CREATE TABLE membership_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  kind text NOT NULL CHECK (kind IN ('exclusion', 'withdrawal_on_amendment', 'immediate_termination')),
  decided_at timestamptz NOT NULL,
  effective_at timestamptz NOT NULL,
  reason text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_decisions_partner_idx ON membership_decisions (partner_id);

-- Kept and read by the collaboration's administrator (who manages the partners); the system for jobs.
ALTER TABLE membership_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_decisions FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_decisions_read ON membership_decisions FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
CREATE POLICY membership_decisions_insert ON membership_decisions FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
GRANT SELECT, INSERT ON membership_decisions TO casustafel_app;
