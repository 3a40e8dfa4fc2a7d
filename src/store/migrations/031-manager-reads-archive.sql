-- Issue 13 item 12 (seed 003 Bijlage 3 stap 2: "in de regel neemt de manager van het Zorg- en
-- Veiligheidshuis de beslissing of een dossier weer actief gemaakt wordt"): the manager reads
-- the administrative set and the retention status of an archived dossier of its collaboration,
-- the dossier it decides on. The access engine decides each read (and audits it); this policy
-- only lets the rows those two reads need through, read-only, and only while the case is
-- archived. Contributions, subjects and every other case table stay closed to the manager.
CREATE FUNCTION casustafel_manager_reads_archive(p_case uuid, p_collaboration uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT casustafel_role() = 'manager'
    AND casustafel_in_collaboration(p_collaboration)
    AND EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.collaboration_id = p_collaboration AND c.phase = 'archived')
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_keys', 'deescalation_decisions', 'deescalation_exceptions',
    'case_director_appointments', 'informing_records']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (casustafel_manager_reads_archive(case_id, collaboration_id))',
      t || '_manager_archive', t);
  END LOOP;
END;
$$;
