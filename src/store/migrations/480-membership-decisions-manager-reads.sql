-- The manager reads the history of membership decisions too (the screen "Lidmaatschapsbesluiten",
-- GET /api/membership-decisions): organisation data only. Recording stays the administrator's.
DROP POLICY membership_decisions_read ON membership_decisions;
CREATE POLICY membership_decisions_read ON membership_decisions FOR SELECT
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('admin', 'manager')));
