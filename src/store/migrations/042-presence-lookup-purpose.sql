-- P14 presence lookups (seed 003 Bijlage 3 Fase 1 and 4; finding M2, 003-61, 003-103).
--
-- A lookup is asked for one case being screened; its keyed query hash serves that purpose only
-- and is deleted with it (when the case is purged or deleted). Hashes of lookups from before this
-- migration name no case, so they have no purpose left and are deleted now.
ALTER TABLE presence_lookups ADD COLUMN for_case_id uuid;
ALTER TABLE presence_lookups ALTER COLUMN query_hash DROP NOT NULL;
UPDATE presence_lookups SET query_hash = NULL WHERE for_case_id IS NULL;
CREATE INDEX presence_lookups_asker_time ON presence_lookups (asked_by, asked_at);
CREATE INDEX presence_lookups_for_case ON presence_lookups (for_case_id);

-- Matching on name and birth date (for persons registered without a BSN): a keyed hash of the
-- normalised name and the birth date, scoped to the collaboration like the BSN hash.
ALTER TABLE subjects ADD COLUMN name_birth_hash bytea;
CREATE INDEX subjects_name_birth_hash ON subjects (collaboration_id, name_birth_hash);

-- The per-user limit of lookups is configuration; installed collaborations get the shipped value.
UPDATE collaborations
SET config = jsonb_set(config, '{presenceLookup}', '{"maxPerUserPerHour": 30}'::jsonb, true),
    updated_at = now()
WHERE NOT config ? 'presenceLookup';
