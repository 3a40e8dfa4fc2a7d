-- Rights requests change what they should, per subject (P15; AVG art. 16-18 and 21): a routed
-- partner carries out rectification, erasure, restriction or objection on its own data about the
-- one subject of the request (never the whole household).
--
-- Restriction (art. 18) and an upheld objection (art. 21) stop processing: the contribution stays
-- stored but is read only within a rights request, and is shown as restricted. Erasure (art. 17)
-- overwrites the content and withdraws it; `erased_at` says so.
ALTER TABLE contributions ADD COLUMN restricted_at timestamptz;
ALTER TABLE contributions ADD COLUMN restriction_kind text CHECK (restriction_kind IN ('restriction', 'objection'));
ALTER TABLE contributions ADD COLUMN restricted_by_request uuid;
ALTER TABLE contributions ADD COLUMN erased_at timestamptz;
ALTER TABLE contributions ADD CONSTRAINT contributions_restriction_kind_set CHECK ((restricted_at IS NULL) = (restriction_kind IS NULL));

-- What each partner did on a request: one row per contribution changed, or per decision that
-- changed nothing (an objection the weighing overrides). The reason may name a person: sealed.
CREATE TABLE rights_request_effects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES rights_requests (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL,
  subject_id uuid NOT NULL,
  -- No cascade: the record outlives an erased or deleted contribution.
  contribution_id uuid,
  effect text NOT NULL CHECK (effect IN ('rectified', 'erased', 'restricted', 'processing_stopped', 'objection_overridden', 'left_shared')),
  replaced_by uuid,
  reason_enc bytea,
  done_by uuid NOT NULL,
  done_at timestamptz NOT NULL
);
CREATE INDEX rights_request_effects_request_idx ON rights_request_effects (request_id);

ALTER TABLE rights_request_effects ENABLE ROW LEVEL SECURITY;
ALTER TABLE rights_request_effects FORCE ROW LEVEL SECURITY;
CREATE POLICY rights_request_effects_collaboration ON rights_request_effects
  USING (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR
    (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')));
GRANT SELECT, INSERT, UPDATE, DELETE ON rights_request_effects TO casustafel_app;
