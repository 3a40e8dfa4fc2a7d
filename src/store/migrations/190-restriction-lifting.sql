-- Lifting a restriction of processing (AVG art. 18.3): the privacy officer lifts what an executed
-- restriction request restricted, with a reason, after the subject was informed. The lifting is
-- an effect of the request like the restriction itself (who, when, which contribution); its
-- reason may name a person and is sealed (reason_enc); the date the subject was informed is kept.
ALTER TABLE rights_request_effects DROP CONSTRAINT rights_request_effects_effect_check;
ALTER TABLE rights_request_effects ADD CONSTRAINT rights_request_effects_effect_check
  CHECK (effect IN ('rectified', 'erased', 'restricted', 'processing_stopped', 'objection_overridden', 'left_shared', 'restriction_lifted'));
ALTER TABLE rights_request_effects ADD COLUMN subject_informed_at timestamptz;
