-- The Wpg art. 32 provision log as the police read it (P9; seed 002 Bijlage A art. 10.5): each row
-- names the police partner that provided the data and the case number, both kept with the row so
-- the log stays readable after the contribution or the case is gone. The providing partner reads
-- its own rows; the privacy officer reads every row of the collaboration. An oral provision (in a
-- meeting) is entered by hand and marked so.

ALTER TABLE police_provisions ADD COLUMN provider_partner_id uuid;
ALTER TABLE police_provisions ADD COLUMN case_number text;
ALTER TABLE police_provisions ADD COLUMN oral boolean NOT NULL DEFAULT false;
ALTER TABLE police_provisions ADD COLUMN recorded_by uuid;

UPDATE police_provisions p SET provider_partner_id = c.by_partner_id
  FROM contributions c WHERE c.id = p.contribution_id AND p.provider_partner_id IS NULL;
UPDATE police_provisions p SET case_number = k.number
  FROM cases k WHERE k.id = p.case_id AND p.case_number IS NULL;

-- A provision written by the access gate names its contribution and case; the providing partner
-- and the case number are taken from them here, so every writer fills them alike.
CREATE FUNCTION casustafel_police_provision_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.provider_partner_id IS NULL AND NEW.contribution_id IS NOT NULL THEN
    SELECT by_partner_id INTO NEW.provider_partner_id FROM contributions WHERE id = NEW.contribution_id;
  END IF;
  IF NEW.case_number IS NULL AND NEW.case_id IS NOT NULL THEN
    SELECT number INTO NEW.case_number FROM cases WHERE id = NEW.case_id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER police_provisions_fill BEFORE INSERT ON police_provisions
  FOR EACH ROW EXECUTE FUNCTION casustafel_police_provision_fill();

CREATE INDEX police_provisions_provider_idx ON police_provisions (collaboration_id, provider_partner_id, provided_at);

DROP POLICY police_provisions_access ON police_provisions;
CREATE POLICY police_provisions_access ON police_provisions USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (casustafel_role() = 'privacy_officer'
      OR provider_partner_id = casustafel_partner_id()
      OR casustafel_case_visible(case_id, collaboration_id))))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND (casustafel_role() = 'privacy_officer'
      OR provider_partner_id = casustafel_partner_id()
      OR casustafel_case_visible(case_id, collaboration_id))));
