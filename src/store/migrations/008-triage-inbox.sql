-- The asked organisation's inbox (§3.2): its professionals see that a question is addressed to
-- their organisation (ids, task, purpose, when, on whose behalf — the question text stays
-- encrypted under the case key) before one of them takes it up and is designated in the case.
CREATE POLICY triage_questions_inbox ON triage_questions FOR SELECT USING (
  casustafel_in_collaboration(collaboration_id) AND asked_partner_id = casustafel_partner_id());
