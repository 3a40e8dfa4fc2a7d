-- Table protocol (seed 000 Bijlage 2): an incidental partner of a table is asked in triage or
-- invited to the meeting only with a recorded reason why this case needs it.
ALTER TABLE triage_questions ADD COLUMN table_reason text NULL;
ALTER TABLE meeting_invitations ADD COLUMN table_reason text NULL;
-- The table a triage question is asked at, so the asked organisation reads what that table
-- expects of it before it is designated in the case (the case row stays hidden until then).
ALTER TABLE triage_questions ADD COLUMN table_id text NULL;
