-- Finding M9 (NEN 7513): a meeting read names the meeting it read, not only its case. Part of the
-- chained record when present (src/audit/chain-hash.ts), so records without it hash as before.
ALTER TABLE audit_log ADD COLUMN meeting_id uuid;

-- The append-only guard compares every recorded field, now with the meeting.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seal_seq IS NULL
       AND (NEW.id, NEW.at, NEW.user_id, NEW.partner_id, NEW.role, NEW.on_behalf_of_partner_id,
            NEW.collaboration_id, NEW.case_id, NEW.subject_id, NEW.contribution_id, NEW.action,
            NEW.purpose, NEW.legal_basis_kind, NEW.access_point, NEW.outcome, NEW.rule,
            NEW.target_user_id, NEW.target_role, NEW.meeting_id)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.user_id, OLD.partner_id, OLD.role, OLD.on_behalf_of_partner_id,
            OLD.collaboration_id, OLD.case_id, OLD.subject_id, OLD.contribution_id, OLD.action,
            OLD.purpose, OLD.legal_basis_kind, OLD.access_point, OLD.outcome, OLD.rule,
            OLD.target_user_id, OLD.target_role, OLD.meeting_id) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
