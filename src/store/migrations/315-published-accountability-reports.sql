-- The published yearly accountability report (P19; seed 001 art. 4.4: "de verwerking van
-- persoonsgegevens" is part of the Jaarplan for transparency and accountability; ADR 0145). Once a
-- year has ended, the manager publishes that year's report: the counts as the report showed them
-- then (small counts already suppressed, no personal data) are kept as they were, so the partners
-- and the Stuurgroep read one fixed version, whatever is counted later. A published report is not
-- changed or withdrawn: no UPDATE or DELETE is granted.
CREATE TABLE published_accountability_reports (
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  published_at timestamptz NOT NULL,
  published_by uuid NOT NULL,
  report jsonb NOT NULL,
  PRIMARY KEY (collaboration_id, year)
);

ALTER TABLE published_accountability_reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE published_accountability_reports FORCE ROW LEVEL SECURITY;
-- Read by everyone of the collaboration except a third party (one case only, P11).
CREATE POLICY published_accountability_reports_read ON published_accountability_reports FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() <> 'third_party'));
-- Published by the manager of the collaboration.
CREATE POLICY published_accountability_reports_publish ON published_accountability_reports FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'manager'));
GRANT SELECT, INSERT ON published_accountability_reports TO casustafel_app;
