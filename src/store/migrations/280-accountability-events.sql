-- The accountability report (P19; seed 001 art. 4.4, ADR 0133) counts provisions, legal bases and
-- consents from events that outlive the case. Deleting a case (P12, P13) removes its contributions
-- and consents; the events stay. An event names no case, subject, user or content: the
-- collaboration, the day (UTC), the kind, the providing partner, the kind of legal basis, whether
-- it was police data and the table. Written by triggers in the same transaction as the row they
-- record, so every writer records alike; the application role cannot write or change them itself.

CREATE TABLE accountability_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  -- The day of the event (midnight UTC): enough to count per period, less to match against a log.
  occurred_on timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('provision', 'consent_given', 'consent_refused', 'consent_revoked')),
  partner_id uuid,
  basis_kind text,
  police boolean NOT NULL DEFAULT false,
  table_id text,
  CHECK (kind <> 'provision' OR (partner_id IS NOT NULL AND basis_kind IS NOT NULL))
);
CREATE INDEX accountability_events_period_idx ON accountability_events (collaboration_id, occurred_on);

ALTER TABLE accountability_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE accountability_events FORCE ROW LEVEL SECURITY;
-- Read by the report (system context) and, within the collaboration, by the roles that may see it.
CREATE POLICY accountability_events_read ON accountability_events FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND casustafel_role() IN ('manager', 'statistician', 'privacy_officer')));
-- Written only by the triggers below (they run as casustafel_system, which alone may insert), for
-- the collaboration of the row that was written, which that row's own policy already checked.
CREATE POLICY accountability_events_write ON accountability_events FOR INSERT WITH CHECK (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
GRANT SELECT ON accountability_events TO casustafel_app;
GRANT INSERT ON accountability_events TO casustafel_system;

CREATE FUNCTION casustafel_day(p_at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('day', p_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
$$;

CREATE FUNCTION casustafel_record_provision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO accountability_events (collaboration_id, occurred_on, kind, partner_id, basis_kind, police, table_id)
  VALUES (NEW.collaboration_id, casustafel_day(NEW.created_at), 'provision', NEW.by_partner_id, NEW.basis ->> 'kind', NEW.police,
    (SELECT k.table_id FROM cases k WHERE k.id = NEW.case_id));
  RETURN NULL;
END;
$$;

CREATE FUNCTION casustafel_record_consent() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_table text := (SELECT k.table_id FROM cases k WHERE k.id = NEW.case_id);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO accountability_events (collaboration_id, occurred_on, kind, table_id)
    VALUES (NEW.collaboration_id, casustafel_day(NEW.given_at), CASE WHEN NEW.refused THEN 'consent_refused' ELSE 'consent_given' END, v_table);
  END IF;
  IF NEW.revoked_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.revoked_at IS NULL) THEN
    INSERT INTO accountability_events (collaboration_id, occurred_on, kind, table_id)
    VALUES (NEW.collaboration_id, casustafel_day(NEW.revoked_at), 'consent_revoked', v_table);
  END IF;
  RETURN NULL;
END;
$$;

ALTER FUNCTION casustafel_record_provision() OWNER TO casustafel_system;
ALTER FUNCTION casustafel_record_consent() OWNER TO casustafel_system;
REVOKE ALL ON FUNCTION casustafel_record_provision() FROM PUBLIC;
REVOKE ALL ON FUNCTION casustafel_record_consent() FROM PUBLIC;

CREATE TRIGGER contributions_accountability AFTER INSERT ON contributions
  FOR EACH ROW EXECUTE FUNCTION casustafel_record_provision();
CREATE TRIGGER consents_accountability AFTER INSERT OR UPDATE OF revoked_at ON consents
  FOR EACH ROW EXECUTE FUNCTION casustafel_record_consent();

-- What is still there is copied in once. Provisions and consents of cases deleted before this
-- migration are gone and cannot be recovered; the report says so.
INSERT INTO accountability_events (collaboration_id, occurred_on, kind, partner_id, basis_kind, police, table_id)
SELECT c.collaboration_id, casustafel_day(c.created_at), 'provision', c.by_partner_id, c.basis ->> 'kind', c.police, k.table_id
FROM contributions c LEFT JOIN cases k ON k.id = c.case_id;
INSERT INTO accountability_events (collaboration_id, occurred_on, kind, table_id)
SELECT c.collaboration_id, casustafel_day(c.given_at), CASE WHEN c.refused THEN 'consent_refused' ELSE 'consent_given' END, k.table_id
FROM consents c LEFT JOIN cases k ON k.id = c.case_id;
INSERT INTO accountability_events (collaboration_id, occurred_on, kind, table_id)
SELECT c.collaboration_id, casustafel_day(c.revoked_at), 'consent_revoked', k.table_id
FROM consents c LEFT JOIN cases k ON k.id = c.case_id WHERE c.revoked_at IS NOT NULL;
