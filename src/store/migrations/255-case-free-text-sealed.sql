-- Finding L1 (ADR 0122): the last free text of a case stored in plaintext — a subject's relation,
-- a consent's scope, the plan action of a take-along grant, and a triage question's task, purpose
-- and reason for asking every partner — is sealed under the case key like the rest of the case
-- (src/crypto/field-cipher.ts), so crypto-shredding the case makes every copy unreadable (P13).
-- SQL cannot seal (the key is not in the database): this adds the sealed columns and lets the
-- plaintext ones be empty; the server and the command line seal every row that still holds
-- plaintext when they open the database (src/services/setup/seal-case-text.ts).
--
-- The plaintext columns cannot be dropped in this same step: migrations run before the master
-- key is loaded, so rows of an existing installation are sealed only after this file. Instead a
-- NOT VALID check keeps every new or changed row's plaintext empty; a later migration validates
-- it and drops the columns (ADR 0122).

ALTER TABLE subjects ADD COLUMN relation_enc bytea;
ALTER TABLE subjects ADD CONSTRAINT subjects_relation_sealed CHECK (relation IS NULL) NOT VALID;

ALTER TABLE consents ADD COLUMN scope_enc bytea;
ALTER TABLE consents ALTER COLUMN scope DROP NOT NULL;
ALTER TABLE consents ADD CONSTRAINT consents_scope_present CHECK (scope_enc IS NOT NULL OR scope IS NOT NULL);
ALTER TABLE consents ADD CONSTRAINT consents_scope_sealed CHECK (scope IS NULL) NOT VALID;

ALTER TABLE take_along_grants ADD COLUMN plan_action_enc bytea;
ALTER TABLE take_along_grants ALTER COLUMN plan_action DROP NOT NULL;
ALTER TABLE take_along_grants ADD CONSTRAINT take_along_grants_plan_action_present CHECK (plan_action_enc IS NOT NULL OR plan_action IS NOT NULL);
ALTER TABLE take_along_grants ADD CONSTRAINT take_along_grants_plan_action_sealed CHECK (plan_action IS NULL) NOT VALID;

ALTER TABLE triage_questions ADD COLUMN task_enc bytea;
ALTER TABLE triage_questions ADD COLUMN purpose_enc bytea;
ALTER TABLE triage_questions ADD COLUMN all_partners_justification_enc bytea;
ALTER TABLE triage_questions ALTER COLUMN task DROP NOT NULL;
ALTER TABLE triage_questions ALTER COLUMN purpose DROP NOT NULL;
ALTER TABLE triage_questions ADD CONSTRAINT triage_questions_task_present CHECK (task_enc IS NOT NULL OR task IS NOT NULL);
ALTER TABLE triage_questions ADD CONSTRAINT triage_questions_purpose_present CHECK (purpose_enc IS NOT NULL OR purpose IS NOT NULL);
ALTER TABLE triage_questions ADD CONSTRAINT triage_questions_text_sealed
  CHECK (task IS NULL AND purpose IS NULL AND all_partners_justification IS NULL) NOT VALID;

-- The asked organisation reads the task and purpose of a question addressed to it before it is
-- designated in the case (§3.2, migration 008); now that they are sealed under the case key, it
-- may read that key's row too. The case's content rows stay hidden from it until it takes the
-- question up, and the service opens nothing but the question's own fields with it.
CREATE POLICY case_keys_triage_inbox ON case_keys FOR SELECT USING (
  casustafel_in_collaboration(collaboration_id)
  AND EXISTS (SELECT 1 FROM triage_questions q
              WHERE q.case_id = case_keys.case_id AND q.asked_partner_id = casustafel_partner_id()));
