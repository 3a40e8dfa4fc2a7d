-- Who reads a published accountability report (ADR 0166; seed 001 art. 4.4, 4.2 and 5.3): the roles
-- that read the live report (manager, privacy officer, statistician) and the people who speak for
-- a partner on privacy matters, who hold one of the roles privacy contacts are chosen from
-- (privacy officer, manager, process director, professional). Which of them speaks for its partner
-- is decided by the service (`publishedReportReader`); the database keeps out the roles that never
-- do: support staff, the admin and a third party.
DROP POLICY published_accountability_reports_read ON published_accountability_reports;
CREATE POLICY published_accountability_reports_read ON published_accountability_reports FOR SELECT
  USING (
    casustafel_is_system()
    OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('manager', 'privacy_officer', 'statistician', 'process_director', 'professional'))
  );
