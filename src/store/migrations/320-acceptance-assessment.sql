-- The process director's judgement when taking a case up (seed 001 and 003 art. 9.2a, seed 003
-- Bijlage 3 fase 1 "Activiteiten", ADR 0146): the complex-case criteria the case globally meets,
-- the assessment of its substance, the reason a case outside the criteria still belongs, and the
-- consultation with the registering party (who, when, outcome), encrypted under the case key. A
-- referral to another table clears it with the screening: that table judges again.
ALTER TABLE cases ADD COLUMN acceptance_enc bytea NULL;
