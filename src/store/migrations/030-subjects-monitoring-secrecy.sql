-- Privacy rules of the access engine (DOMAIN.md §5).
--
-- Data has subjects: a contribution records which subject(s) of the case it is about, so a
-- household member's access answer holds only that member's data and the privacy officer reads
-- only within a request of that subject. An empty list means the case as a whole (every
-- subject): a case with one subject is backfilled with it.
ALTER TABLE contributions ADD COLUMN subject_ids jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE contributions c SET subject_ids = jsonb_build_array(s.id)
  FROM subjects s
  WHERE s.case_id = c.case_id
    AND (SELECT count(*) FROM subjects x WHERE x.case_id = c.case_id) = 1;

-- Monitoring follows the current plan (seed 003 Fase 3): the RTO records which contributions
-- stay available for monitoring. NULL: no choice recorded (every release stays).
ALTER TABLE meetings ADD COLUMN monitoring_kept jsonb;

-- Professional secrecy (seed 004 Bijlage 1 art. 2): a weighing records whether it weighed a
-- conflict of duties; a partner bound to secrecy shares without consent only after one.
ALTER TABLE weighings ADD COLUMN conflict_of_duties boolean NOT NULL DEFAULT false;
