-- Contributions removed from a running dossier before the case itself is deleted: by the process
-- director clearing the dossier at de-escalation (seed 003 Bijlage 3 fase 4, ADR 0107), or by the
-- retention job when police data reached the end of its own retention (seed 002 Bijlage A art.
-- 12.2, ADR 0108). The contribution row is deleted; this record keeps, until the case is deleted,
-- that something was removed: whose, of which category, when, by whom (null: the retention job)
-- and why (the process director's reason sealed under the case key). No content.
CREATE TABLE dossier_clearings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  -- The removed contribution's id: no foreign key, the row is gone.
  contribution_id uuid NOT NULL,
  contributed_by_partner_id uuid NOT NULL,
  category text NOT NULL,
  police boolean NOT NULL,
  contributed_at timestamptz NOT NULL,
  cause text NOT NULL CHECK (cause IN ('deescalation_clearing', 'police_data_retention')),
  cleared_by uuid REFERENCES users (id),
  cleared_at timestamptz NOT NULL,
  reason_enc bytea,
  CHECK (cause = 'police_data_retention' OR (cleared_by IS NOT NULL AND reason_enc IS NOT NULL)),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX dossier_clearings_case_idx ON dossier_clearings (case_id);

ALTER TABLE dossier_clearings ENABLE ROW LEVEL SECURITY;
ALTER TABLE dossier_clearings FORCE ROW LEVEL SECURITY;
CREATE POLICY dossier_clearings_case_content ON dossier_clearings
  USING (casustafel_case_visible(case_id, collaboration_id))
  WITH CHECK (casustafel_case_visible(case_id, collaboration_id));
GRANT SELECT, INSERT, DELETE ON dossier_clearings TO casustafel_app;
