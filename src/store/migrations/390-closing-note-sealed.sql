-- The closing note (the agreements made to keep things stable, the state of affairs at closing:
-- seed 002 Bijlage B §4-§5, seed 004 step 7) is case content like the rest of the case, so it is
-- sealed under the case key (field `case.closing_note`) instead of lying in plaintext in
-- `cases.closing_criteria.closing.note`. Rows an older version wrote keep their plaintext note
-- until the database is opened (src/services/setup/seal-case-text.ts); reading falls back to it.
ALTER TABLE cases ADD COLUMN closing_note_enc bytea NULL;
