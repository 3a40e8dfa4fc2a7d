-- A rights request routed to several partners is answered by each of them for its own data (P15;
-- seed 002 Bijlage A art. 11.2 and 11.7: every partner stays controller of what it provided). The
-- row records which partner answered or refused, on which ground, who did it and when; the
-- motivation of a refusal may name a person, so it is sealed under the master key.

CREATE TABLE rights_request_partner_answers (
  request_id uuid NOT NULL REFERENCES rights_requests (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('answered', 'refused')),
  refusal_ground text,
  motivation_enc bytea,
  answered_by uuid NOT NULL,
  answered_at timestamptz NOT NULL,
  PRIMARY KEY (request_id, partner_id),
  CHECK (outcome <> 'refused' OR refusal_ground IS NOT NULL)
);

ALTER TABLE rights_request_partner_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE rights_request_partner_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY rights_request_partner_answers_collaboration ON rights_request_partner_answers
  USING (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
GRANT SELECT, INSERT, UPDATE, DELETE ON rights_request_partner_answers TO casustafel_app;
