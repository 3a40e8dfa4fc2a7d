-- The process director's screening at the case's table (seed 000 Bijlage 2 "Criteria" and
-- "Vervolgvragen"): the criteria met, the answers to the follow-up questions, the preconditions
-- confirmed and the director's own assessment, encrypted under the case key. A referral to another
-- table clears it: that table screens again.
ALTER TABLE cases ADD COLUMN table_screening_enc bytea NULL;
