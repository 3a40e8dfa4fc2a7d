-- Data has subjects (household cases), also in the plan of approach: a plan action records which
-- subject(s) of the case it is about, like a contribution (migration 030). An empty list means
-- the case as a whole (every subject); a case with one subject is backfilled with it. The
-- meeting record's goals and notes carry their subjects inside the encrypted record itself.
ALTER TABLE plan_actions ADD COLUMN subject_ids jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE plan_actions a SET subject_ids = jsonb_build_array(s.id)
  FROM subjects s
  WHERE s.case_id = a.case_id
    AND (SELECT count(*) FROM subjects x WHERE x.case_id = a.case_id) = 1;
