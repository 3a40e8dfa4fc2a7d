-- Governance acts name what they act on (finding M9, NEN 7513): the account a user act concerns
-- and the role it gives. Both are part of the chained record when present; records without them
-- hash exactly as before (src/audit/chain-hash.ts), so existing chains stay valid.
ALTER TABLE audit_log ADD COLUMN target_user_id uuid;
ALTER TABLE audit_log ADD COLUMN target_role text CHECK (target_role IS NULL OR target_role ~ '^[a-z_]+$');

-- The append-only guard compares every recorded field, now with these two.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seal_seq IS NULL
       AND (NEW.id, NEW.at, NEW.user_id, NEW.partner_id, NEW.role, NEW.on_behalf_of_partner_id,
            NEW.collaboration_id, NEW.case_id, NEW.subject_id, NEW.contribution_id, NEW.action,
            NEW.purpose, NEW.legal_basis_kind, NEW.access_point, NEW.outcome, NEW.rule,
            NEW.target_user_id, NEW.target_role)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.user_id, OLD.partner_id, OLD.role, OLD.on_behalf_of_partner_id,
            OLD.collaboration_id, OLD.case_id, OLD.subject_id, OLD.contribution_id, OLD.action,
            OLD.purpose, OLD.legal_basis_kind, OLD.access_point, OLD.outcome, OLD.rule,
            OLD.target_user_id, OLD.target_role) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Four eyes on privileged roles (item 14 of the privacy-rules issue, finding M1; ADR 0031): an
-- admin's grant of privacy officer, process director, manager or admin waits here until a
-- manager of the collaboration (not the requester, not the account itself) approves or rejects it.
CREATE TABLE role_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL,
  -- 'create': the account was created inactive with this role; 'role': a change of an existing account's role.
  kind text NOT NULL CHECK (kind IN ('create', 'role')),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  outcome text CHECK (outcome IN ('approved', 'rejected')),
  CHECK ((decided_by IS NULL) = (outcome IS NULL) AND (decided_at IS NULL) = (outcome IS NULL)),
  CHECK (decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> user_id))
);
CREATE UNIQUE INDEX role_grants_one_open ON role_grants (user_id) WHERE outcome IS NULL;

ALTER TABLE role_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY role_grants_collaboration ON role_grants USING (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id))
  WITH CHECK (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
GRANT SELECT, INSERT, UPDATE ON role_grants TO casustafel_app;
