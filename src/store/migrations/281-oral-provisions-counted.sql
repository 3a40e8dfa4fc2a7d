-- An oral provision of police data (requirement 002-A24; Wpg art. 32), recorded by hand in the
-- provision log, is a provision like a contribution: it counts in the accountability report
-- (ADR 0133) with the providing partner, basis art. 20 Wpg and as police data. The automatic rows
-- of the log record reads of a contribution, which counted when it was written, so only oral rows
-- become events.

CREATE FUNCTION casustafel_record_oral_provision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO accountability_events (collaboration_id, occurred_on, kind, partner_id, basis_kind, police, table_id)
  VALUES (NEW.collaboration_id, casustafel_day(NEW.provided_at), 'provision', NEW.provider_partner_id, 'wpg20', true,
    (SELECT k.table_id FROM cases k WHERE k.id = NEW.case_id));
  RETURN NULL;
END;
$$;
ALTER FUNCTION casustafel_record_oral_provision() OWNER TO casustafel_system;
REVOKE ALL ON FUNCTION casustafel_record_oral_provision() FROM PUBLIC;

CREATE TRIGGER police_provisions_oral_accountability AFTER INSERT ON police_provisions
  FOR EACH ROW WHEN (NEW.oral AND NEW.provider_partner_id IS NOT NULL) EXECUTE FUNCTION casustafel_record_oral_provision();

INSERT INTO accountability_events (collaboration_id, occurred_on, kind, partner_id, basis_kind, police, table_id)
SELECT p.collaboration_id, casustafel_day(p.provided_at), 'provision', p.provider_partner_id, 'wpg20', true, k.table_id
FROM police_provisions p LEFT JOIN cases k ON k.id = p.case_id WHERE p.oral AND p.provider_partner_id IS NOT NULL;
