-- Erasure, restriction and an upheld objection act on meeting notes, plan goals and plan actions
-- about the one subject of a request (P15; AVG art. 17, 18, 21), as they do on contributions
-- (migration 141). Notes and goals live inside the encrypted meeting record; an erased item leaves
-- the record; a restricted one leaves it too and is kept here, encrypted with the case key
-- (crypto-shredded with the case), stored but not processed, until the privacy officer lifts the
-- restriction and it returns to the record (AVG art. 18.3).
CREATE TABLE restricted_meeting_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('meeting_note', 'plan_goal', 'plan_action')),
  plan_action_id uuid,
  subject_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  item_enc bytea NOT NULL,
  partner_id uuid NOT NULL,
  restriction_kind text NOT NULL CHECK (restriction_kind IN ('restriction', 'objection')),
  restricted_by_request uuid NOT NULL,
  restricted_at timestamptz NOT NULL
);
CREATE INDEX restricted_meeting_items_case_idx ON restricted_meeting_items (case_id);
ALTER TABLE restricted_meeting_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE restricted_meeting_items FORCE ROW LEVEL SECURITY;
CREATE POLICY restricted_meeting_items_collaboration ON restricted_meeting_items
  USING (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
GRANT SELECT, INSERT, UPDATE, DELETE ON restricted_meeting_items TO casustafel_app;

-- A plan action (its own row besides the record) is withheld from every list while restricted or
-- erased; erasure overwrites its description.
ALTER TABLE plan_actions ADD COLUMN restricted_at timestamptz;
ALTER TABLE plan_actions ADD COLUMN restriction_kind text CHECK (restriction_kind IN ('restriction', 'objection'));
ALTER TABLE plan_actions ADD COLUMN restricted_by_request uuid;
ALTER TABLE plan_actions ADD COLUMN erased_at timestamptz;

-- An effect on a meeting item names the meeting and the kind of item (and the plan action).
ALTER TABLE rights_request_effects ADD COLUMN meeting_id uuid;
ALTER TABLE rights_request_effects ADD COLUMN item_kind text CHECK (item_kind IN ('meeting_note', 'plan_goal', 'plan_action'));
ALTER TABLE rights_request_effects ADD COLUMN plan_action_id uuid;
