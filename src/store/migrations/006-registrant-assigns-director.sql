-- A professional who registers a case hands it to a process director of the collaboration
-- (§3.1). The registrant may insert that one staff row for its own registration; nothing else.
CREATE POLICY case_staff_registrant_assigns ON case_staff FOR INSERT WITH CHECK (
  casustafel_in_collaboration(collaboration_id)
  AND role = 'process_director'
  AND EXISTS (SELECT 1 FROM cases c
              WHERE c.id = case_id AND c.collaboration_id = case_staff.collaboration_id
                AND c.registrant_user_id = casustafel_user_id()));
