-- Police data in the partners' files is destroyed when its purpose is reached (seed 002 Bijlage A
-- art. 10.3, row 002-A22): the Wpg art. 32 provision log says so. When a contribution of police
-- data is deleted (de-escalation, the retention of the case or of police data, a referral) or its
-- content erased on a rights request, every log line of its provision gets the moment as
-- destroyed_at. A trigger, so that no path that removes police data can forget it; it runs with
-- the remover's rights (the log lines of a case are visible to whoever may remove its data).
CREATE FUNCTION casustafel_police_provision_destroyed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE police_provisions SET destroyed_at = casustafel_now()
    WHERE contribution_id = OLD.id AND destroyed_at IS NULL;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER contributions_police_deleted BEFORE DELETE ON contributions
  FOR EACH ROW WHEN (OLD.police) EXECUTE FUNCTION casustafel_police_provision_destroyed();
CREATE TRIGGER contributions_police_erased AFTER UPDATE OF erased_at ON contributions
  FOR EACH ROW WHEN (OLD.police AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION casustafel_police_provision_destroyed();
