-- Incidents after registration (P17; seed 002 Bijlage A art. 14.2-14.4): each partner that was told
-- acknowledges the notice, the privacy office keeps the partners informed of developments and
-- measures, and the incident is closed with an evaluation. None of these rows holds personal
-- data: texts describe what happened and what was done, cases are named by opaque id only.

CREATE TABLE incident_acknowledgements (
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL,
  user_id uuid NOT NULL,
  acknowledged_at timestamptz NOT NULL,
  PRIMARY KEY (incident_id, partner_id)
);

CREATE TABLE incident_updates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  kind text NOT NULL CHECK (kind IN ('development', 'measure')),
  body text NOT NULL CHECK (length(btrim(body)) > 0),
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL
);
CREATE INDEX incident_updates_incident_idx ON incident_updates (incident_id, recorded_at);

ALTER TABLE incidents ADD COLUMN evaluation text;
ALTER TABLE incidents ADD COLUMN closed_by uuid;
ALTER TABLE incidents ADD CONSTRAINT incidents_closed_with_evaluation
  CHECK (closed_at IS NULL OR (evaluation IS NOT NULL AND length(btrim(evaluation)) > 0));

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['incident_acknowledgements', 'incident_updates']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party''))) '
      'WITH CHECK (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party'')))',
      t || '_collaboration', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casustafel_app', t);
  END LOOP;
END;
$$;
