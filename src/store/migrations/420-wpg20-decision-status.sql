-- The status of a police partner's art. 20 Wpg decision (ADR 0190; seed 002 art. 20 Wpg decision
-- §9, Bijlage A art. 10.4): the police chief may suspend, change or withdraw it at any time. One
-- row per recorded change, never updated or deleted: the newest row is the status now; no row
-- means in force. Each names the police user who recorded it and the reason; a change or a new
-- decision after a withdrawal names the new decision's reference. No personal data of subjects.
CREATE TABLE wpg20_decision_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order of recording: the last one recorded is the status now.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('in_force', 'suspended', 'withdrawn')),
  reason text NOT NULL,
  decision_reference text,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL,
  FOREIGN KEY (collaboration_id, partner_id) REFERENCES partners (collaboration_id, id),
  FOREIGN KEY (collaboration_id, recorded_by) REFERENCES users (collaboration_id, id)
);
CREATE INDEX wpg20_decision_events_partner_idx ON wpg20_decision_events (partner_id, seq);

-- Everyone in the collaboration reads the status (the partners must know why police data stops);
-- only the police partner's own people record a change (the service checks the rest).
ALTER TABLE wpg20_decision_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE wpg20_decision_events FORCE ROW LEVEL SECURITY;
CREATE POLICY wpg20_decision_events_read ON wpg20_decision_events FOR SELECT
  USING (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY wpg20_decision_events_insert ON wpg20_decision_events FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND partner_id = casustafel_partner_id() AND recorded_by = casustafel_user_id()));
GRANT SELECT, INSERT ON wpg20_decision_events TO casustafel_app;
