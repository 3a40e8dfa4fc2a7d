-- Seed 000 Casusoverleg Jeugd Eijsden-Margraten, checklist IV (row 000-R84): without consent,
-- sharing only on exception a (preventing crimes), b (protecting youth or their surroundings) or
-- c (the rights and freedoms of others). A weighing at a table that names its exceptions records
-- which one applies (the id from the table's `consentExceptions`); a disclosure without consent
-- there is carried only by a weighing that names one. An id, not personal data: plaintext.
ALTER TABLE weighings ADD COLUMN exception_ground text CHECK (exception_ground IS NULL OR length(exception_ground) BETWEEN 1 AND 100);
