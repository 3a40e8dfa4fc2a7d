-- The access log (P16, NEN 7513). Rows are appended unsealed; the sealer (src/audit/seal.ts)
-- chains committed rows in batches: hash = sha256(prev_hash || canonical_json(row)).
-- No foreign keys: audit records outlive the data they describe and name it by opaque id only.

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id uuid,
  partner_id uuid,
  role text,
  on_behalf_of_partner_id uuid,
  collaboration_id uuid,
  case_id uuid,
  subject_id uuid,
  contribution_id uuid,
  action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.]*$'),
  purpose text,
  legal_basis_kind text,
  access_point text NOT NULL CHECK (access_point IN ('api', 'cli', 'job', 'web')),
  outcome text NOT NULL CHECK (outcome IN ('allow', 'deny')),
  rule text,
  seal_seq bigint UNIQUE,
  prev_hash bytea,
  hash bytea UNIQUE,
  sealed_at timestamptz,
  CHECK ((seal_seq IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL))
);
CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE seal_seq IS NULL;
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at);
CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (collaboration_id, at);

-- The head of the chain: lets verification notice rows cut off the end.
CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seal_seq bigint NOT NULL,
  hash bytea NOT NULL,
  sealed_at timestamptz NOT NULL
);

-- Append-only: a row may only be sealed once, and nothing else about it may change.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seal_seq IS NULL
       AND (NEW.id, NEW.at, NEW.user_id, NEW.partner_id, NEW.role, NEW.on_behalf_of_partner_id,
            NEW.collaboration_id, NEW.case_id, NEW.subject_id, NEW.contribution_id, NEW.action,
            NEW.purpose, NEW.legal_basis_kind, NEW.access_point, NEW.outcome, NEW.rule)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.user_id, OLD.partner_id, OLD.role, OLD.on_behalf_of_partner_id,
            OLD.collaboration_id, OLD.case_id, OLD.subject_id, OLD.contribution_id, OLD.action,
            OLD.purpose, OLD.legal_basis_kind, OLD.access_point, OLD.outcome, OLD.rule) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_guard_rows BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
CREATE TRIGGER audit_log_guard_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
