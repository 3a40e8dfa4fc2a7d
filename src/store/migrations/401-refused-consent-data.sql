-- The data a consent was asked for (seed 004 Bijlage 3 stap 4, ADR 0181): "Als geen toestemming
-- verleend wordt, worden de gegevens waarop de verzochte toestemming ziet, niet verwerkt." A consent
-- or refusal may name the kinds of data (contribution categories) it concerns; a refusal in force
-- then stops contributions of those kinds by the partners it names.
ALTER TABLE consents ADD COLUMN categories jsonb NULL;
