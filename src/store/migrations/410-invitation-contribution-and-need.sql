-- Per invitation to an RTO, what the process director asks of the invited party ("de inhoudelijke
-- bijdrage die van hen gevraagd wordt", seed 001 and 003 art. 9.2e, seed 003 Bijlage 3 fase 2) and
-- the party's information need for the plan (art. 6.4c). Both sealed under the case key, like the
-- table reason (migration 265); purging the case deletes the invitations and shreds the key.
ALTER TABLE meeting_invitations ADD COLUMN requested_contribution_enc bytea NULL;
ALTER TABLE meeting_invitations ADD COLUMN information_need_enc bytea NULL;
