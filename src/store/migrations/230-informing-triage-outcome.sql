-- Seed 003 Bijlage 3 fase 2 ("Casus gaat door naar het RTO"): the subject is told the outcome of
-- the triage, the goal, themes and participants of the RTO, and its rights. The record names the
-- prepared meeting it told about and keeps, sealed under the case key, what was told then (the
-- preparation and the invitations may change afterwards).
ALTER TABLE informing_records DROP CONSTRAINT informing_records_topic_check;
ALTER TABLE informing_records ADD CONSTRAINT informing_records_topic_check
  CHECK (topic IN ('registration', 'triage', 'triage_outcome', 'rto_outcome', 'third_party', 'deletion', 'other'));
ALTER TABLE informing_records ADD COLUMN meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL;
ALTER TABLE informing_records ADD COLUMN told_enc bytea;
