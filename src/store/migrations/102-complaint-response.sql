-- The responsible partner answers a complaint itself (P18; seed 002 art. 11.5-11.6): who answered
-- for which organisation, and a short account of the answer without personal data (the answer
-- itself goes to the complainant outside the system).
ALTER TABLE complaints ADD COLUMN responded_by uuid;
ALTER TABLE complaints ADD COLUMN responded_for_partner_id uuid;
ALTER TABLE complaints ADD COLUMN response_summary text;
