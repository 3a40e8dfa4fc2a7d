-- The subject was informed during detention (seed 000 Bijlage 2, Nazorg ex-gedetineerden,
-- randvoorwaarden: "Betrokkene wordt tijdens de detentie geïnformeerd"; row 000-R81): the informing
-- record says so, and the table's precondition `subject_informed_during_detention` reads it.
ALTER TABLE informing_records ADD COLUMN during_detention boolean NOT NULL DEFAULT false;
