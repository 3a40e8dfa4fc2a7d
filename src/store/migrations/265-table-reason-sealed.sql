-- Finding L1 (ADR 0122), the last two free-text columns: why an incidental partner of the table
-- is asked a triage question or invited to a meeting (seed 000 Bijlage 2). The reason names the
-- case's circumstances ("meldingen van overlast door de jongere") and was stored in plaintext, so a
-- dump showed it and crypto-shredding the case left it readable. It is sealed under the case key
-- like the rest of the case, exactly as migration 255 did for the other case columns: a sealed
-- column, a NOT VALID check that keeps the plaintext empty for every new or changed row, and the
-- server and command line seal older rows when they open the database
-- (src/services/setup/seal-case-text.ts). A later release validates the checks and drops the
-- plaintext columns.

ALTER TABLE triage_questions ADD COLUMN table_reason_enc bytea;
ALTER TABLE triage_questions ADD CONSTRAINT triage_questions_table_reason_sealed CHECK (table_reason IS NULL) NOT VALID;

ALTER TABLE meeting_invitations ADD COLUMN table_reason_enc bytea;
ALTER TABLE meeting_invitations ADD CONSTRAINT meeting_invitations_table_reason_sealed CHECK (table_reason IS NULL) NOT VALID;
