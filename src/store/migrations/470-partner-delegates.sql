-- A partner's designation of the users who speak for it (seed 001 art. 5.3: one delegate of every
-- partner; seed 002 art. 11.6: the partner's official responsible for complaints; ADR 0212). One
-- row per designation, never changed: the latest row of a partner is in force, the earlier ones are
-- its history. An empty list withdraws the designation (the derived contacts apply again). User ids
-- of the collaboration's staff only, no personal data of subjects.
CREATE TABLE partner_delegates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  user_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  designated_by uuid NOT NULL,
  designated_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_delegates_partner_idx ON partner_delegates (partner_id, designated_at);

-- Read by everyone of the collaboration: whoever sends a notice to a partner (a professional
-- reporting an incident, a complaint) needs to know who speaks for it, as it reads users' roles.
-- Written by the administrator for any partner and by a manager for its own organisation; the
-- system for jobs. No update or delete: the history stays.
ALTER TABLE partner_delegates ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_delegates FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_delegates_read ON partner_delegates FOR SELECT
  USING (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY partner_delegates_insert ON partner_delegates FOR INSERT
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id)
    AND designated_by = casustafel_user_id()
    AND (casustafel_role() = 'admin' OR (casustafel_role() = 'manager' AND partner_id = casustafel_partner_id()))));
GRANT SELECT, INSERT ON partner_delegates TO casustafel_app;
