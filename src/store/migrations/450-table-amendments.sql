-- Amendments of the covenant's tables (Bijlage 2) with every partner's written consent (seed 000
-- art. 16.2; ADR 0205). One row per proposed change of one table: the table before (null for a new
-- table) and after, the diff field by field, the rule it falls under and the partners whose consent
-- counts (the members when it was proposed), and how it ended. Configuration text only, no
-- personal data besides the names and functions of the signatories of a consent.
CREATE TABLE table_amendments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  table_id text NOT NULL,
  before jsonb,
  after jsonb NOT NULL,
  diff jsonb NOT NULL,
  rule text NOT NULL CHECK (rule IN ('all_partners', 'admin')),
  voters jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'adopted', 'rejected')),
  proposed_by uuid NOT NULL,
  proposed_at timestamptz NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  FOREIGN KEY (collaboration_id, proposed_by) REFERENCES users (collaboration_id, id)
);
CREATE INDEX table_amendments_collaboration_idx ON table_amendments (collaboration_id, proposed_at);
-- At most one open proposal per table: a second would be proposed against a table that may change.
CREATE UNIQUE INDEX table_amendments_one_pending ON table_amendments (collaboration_id, table_id) WHERE status = 'pending';

CREATE TABLE table_amendment_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  amendment_id uuid NOT NULL REFERENCES table_amendments (id),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  user_id uuid NOT NULL,
  signatory_name text NOT NULL,
  signatory_function text NOT NULL,
  approved boolean NOT NULL,
  at timestamptz NOT NULL,
  UNIQUE (amendment_id, partner_id),
  FOREIGN KEY (collaboration_id, user_id) REFERENCES users (collaboration_id, id)
);

-- Read by the collaboration's admins and managers; proposed and decided by the admin; a consent is
-- written by a manager for its own partner only. Neither is ever deleted: the history stays.
ALTER TABLE table_amendments ENABLE ROW LEVEL SECURITY;
ALTER TABLE table_amendments FORCE ROW LEVEL SECURITY;
CREATE POLICY table_amendments_read ON table_amendments FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('admin', 'manager')));
CREATE POLICY table_amendments_insert ON table_amendments FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
CREATE POLICY table_amendments_update ON table_amendments FOR UPDATE
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('admin', 'manager')))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('admin', 'manager')));
GRANT SELECT, INSERT, UPDATE ON table_amendments TO casustafel_app;

ALTER TABLE table_amendment_consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE table_amendment_consents FORCE ROW LEVEL SECURITY;
CREATE POLICY table_amendment_consents_read ON table_amendment_consents FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('admin', 'manager')));
CREATE POLICY table_amendment_consents_insert ON table_amendment_consents FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'manager'
    AND partner_id = casustafel_partner_id() AND user_id = casustafel_user_id()));
GRANT SELECT, INSERT ON table_amendment_consents TO casustafel_app;
