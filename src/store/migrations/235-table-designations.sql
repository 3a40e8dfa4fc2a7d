-- The functionary designated per table (seed 000 art. 10.2: "per verschijningsvorm aan te wijzen
-- functionaris"; art. 10.3). The admin designates one process director of the table's responsible
-- officer's partner (ADR 0110); new cases at the table go to that person. Without a designation a
-- table keeps today's rule (the officer's partner's directors, least-loaded first). The row holds
-- ids only, no personal data; it is read within the collaboration (registration needs it) and
-- written by the admin.
CREATE TABLE table_designations (
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  table_id text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  designated_by uuid NOT NULL,
  designated_at timestamptz NOT NULL,
  PRIMARY KEY (collaboration_id, table_id)
);

ALTER TABLE table_designations ENABLE ROW LEVEL SECURITY;
ALTER TABLE table_designations FORCE ROW LEVEL SECURITY;
CREATE POLICY table_designations_read ON table_designations FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
CREATE POLICY table_designations_write ON table_designations FOR ALL
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
GRANT SELECT, INSERT, UPDATE, DELETE ON table_designations TO casustafel_app;
