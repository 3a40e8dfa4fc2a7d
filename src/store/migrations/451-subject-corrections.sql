-- Corrections of a subject's identifying data (seed 000 art. 8.1c "verbetering"; row 000-R27; ADR
-- 0206): which fields were changed, by whom, when, and the reason (encrypted with the case key).
-- The old values are not kept: the subject row holds only the corrected, encrypted value.
CREATE TABLE subject_corrections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  case_id uuid NOT NULL,
  subject_id uuid NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  fields jsonb NOT NULL,
  reason_enc bytea NOT NULL,
  corrected_by uuid NOT NULL,
  corrected_at timestamptz NOT NULL,
  FOREIGN KEY (collaboration_id, corrected_by) REFERENCES users (collaboration_id, id)
);
CREATE INDEX subject_corrections_subject_idx ON subject_corrections (subject_id);

-- Read by whoever sees the case; written by the user who corrects (the service checks the rest).
ALTER TABLE subject_corrections ENABLE ROW LEVEL SECURITY;
ALTER TABLE subject_corrections FORCE ROW LEVEL SECURITY;
CREATE POLICY subject_corrections_read ON subject_corrections FOR SELECT
  USING (casustafel_is_system() OR casustafel_case_visible(case_id, collaboration_id));
CREATE POLICY subject_corrections_insert ON subject_corrections FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_case_visible(case_id, collaboration_id) AND corrected_by = casustafel_user_id()));
GRANT SELECT, INSERT ON subject_corrections TO casustafel_app;
