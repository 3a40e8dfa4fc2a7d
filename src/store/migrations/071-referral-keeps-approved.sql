-- Referral between tables keeps the dossier (seed 003 fase 2, P4; seed 000 Bijlage 2): a
-- contribution given in triage or the RTO goes along only when its contributor approved taking it
-- to that table; the approval names the table, so it is not an approval for any other.
ALTER TABLE contributions ADD COLUMN referral_approved_for text NULL;
ALTER TABLE contributions ADD COLUMN referral_approved_by uuid NULL;
ALTER TABLE contributions ADD COLUMN referral_approved_at timestamptz NULL;
-- The table a case was referred from, so the new table sees where it came from.
ALTER TABLE cases ADD COLUMN referred_from_table text NULL;
