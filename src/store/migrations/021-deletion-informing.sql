-- Informing the subject of the deletion (seed 003 Bijlage 3 fase 4: the party holding casusregie
-- tells the subject that the dossier has been destroyed and where to exercise its rights). It is
-- recorded after the identifying data is gone, so the record names no subject: only the case's
-- opaque id, when, how, by whom and on whose behalf. Its presence closes the reminder.
CREATE TABLE deletion_informing (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  informed_at timestamptz NOT NULL,
  method text NOT NULL,
  informed_by uuid NOT NULL REFERENCES users (id),
  on_behalf_of_partner_id uuid NOT NULL REFERENCES partners (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX deletion_informing_case_idx ON deletion_informing (case_id);

-- No personal data: readable within the collaboration, like the reminders it closes; the service
-- decides who may record one.
ALTER TABLE deletion_informing ENABLE ROW LEVEL SECURITY;
ALTER TABLE deletion_informing FORCE ROW LEVEL SECURITY;
CREATE POLICY deletion_informing_collaboration ON deletion_informing
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
GRANT SELECT, INSERT ON deletion_informing TO casustafel_app;
