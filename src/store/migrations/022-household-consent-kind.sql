-- The household's consent to domain-crossing processing (seed 004 Bijlage 3 stap 4) is its own
-- kind of consent, not a scope text that happens to match: `sharing` (the P6 consent to share
-- with named partners) or `household_domain_crossing`. Consents recorded with the former magic
-- scope become the new kind.
ALTER TABLE consents ADD COLUMN kind text NOT NULL DEFAULT 'sharing'
  CHECK (kind IN ('sharing', 'household_domain_crossing'));
UPDATE consents SET kind = 'household_domain_crossing' WHERE scope = 'household_domain_crossing';
