-- Finding L1 (ADR 0075): the free text of incidents and complaints is sealed under a key of the
-- collaboration (derived from the master key, never stored). SQL cannot seal (the key is not in
-- the database), so this adds the sealed columns and lets the plaintext ones be empty; the
-- server and the command line seal every row that still holds plaintext when they open the
-- database (src/services/setup/seal-free-text.ts), writing the sealed value and emptying the
-- plaintext in one statement. New rows are written sealed only; a CHECK keeps the plaintext
-- columns from filling again once a row is sealed.

ALTER TABLE incidents ADD COLUMN summary_enc bytea;
ALTER TABLE incidents ADD COLUMN evaluation_enc bytea;
ALTER TABLE incidents ADD COLUMN dpa_not_required_reason_enc bytea;
ALTER TABLE incidents ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE incidents DROP CONSTRAINT incidents_closed_with_evaluation;
ALTER TABLE incidents ADD CONSTRAINT incidents_closed_with_evaluation
  CHECK (closed_at IS NULL OR evaluation_enc IS NOT NULL OR (evaluation IS NOT NULL AND length(btrim(evaluation)) > 0));
ALTER TABLE incidents ADD CONSTRAINT incidents_summary_present CHECK (summary_enc IS NOT NULL OR summary IS NOT NULL);
ALTER TABLE incidents ADD CONSTRAINT incidents_sealed_not_plain
  CHECK ((summary_enc IS NULL OR summary IS NULL) AND (evaluation_enc IS NULL OR evaluation IS NULL)
    AND (dpa_not_required_reason_enc IS NULL OR dpa_not_required_reason IS NULL));

ALTER TABLE incident_updates ADD COLUMN body_enc bytea;
ALTER TABLE incident_updates ALTER COLUMN body DROP NOT NULL;
ALTER TABLE incident_updates DROP CONSTRAINT incident_updates_body_check;
ALTER TABLE incident_updates ADD CONSTRAINT incident_updates_body_present
  CHECK ((body_enc IS NOT NULL AND body IS NULL) OR (body_enc IS NULL AND body IS NOT NULL AND length(btrim(body)) > 0));

ALTER TABLE complaints ADD COLUMN summary_enc bytea;
ALTER TABLE complaints ADD COLUMN response_summary_enc bytea;
ALTER TABLE complaints ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE complaints ADD CONSTRAINT complaints_summary_present CHECK (summary_enc IS NOT NULL OR summary IS NOT NULL);
ALTER TABLE complaints ADD CONSTRAINT complaints_sealed_not_plain
  CHECK ((summary_enc IS NULL OR summary IS NULL) AND (response_summary_enc IS NULL OR response_summary IS NULL));
