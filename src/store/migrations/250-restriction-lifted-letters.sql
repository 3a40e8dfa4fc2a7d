-- Lifting a restriction (AVG art. 18.3, art. 19): the letter to the subject that the restriction is
-- lifted is recorded with the request (when the subject was informed, by whom, recorded when), so the
-- privacy officer and the accountability show it was sent. The letter names nothing beyond the
-- request and its subject: no text is stored here.
CREATE TABLE rights_request_letters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES rights_requests (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  subject_id uuid NOT NULL,
  topic text NOT NULL CHECK (topic IN ('restriction_lifted')),
  informed_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX rights_request_letters_request_idx ON rights_request_letters (request_id);
ALTER TABLE rights_request_letters ENABLE ROW LEVEL SECURITY;
ALTER TABLE rights_request_letters FORCE ROW LEVEL SECURITY;
CREATE POLICY rights_request_letters_collaboration ON rights_request_letters
  USING (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
GRANT SELECT, INSERT ON rights_request_letters TO casustafel_app;
