-- Case numbers per collaboration and year, from a counter instead of counting visible cases:
-- under Row-Level Security a registrant sees only its own cases, so a count would collide.
CREATE TABLE case_number_counters (
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (collaboration_id, year)
);
ALTER TABLE case_number_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_number_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY case_number_counters_collaboration ON case_number_counters
  USING (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id))
  WITH CHECK (casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
GRANT SELECT, INSERT, UPDATE ON case_number_counters TO casustafel_app;
