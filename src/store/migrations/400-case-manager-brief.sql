-- The case manager's brief (seed 004 Bijlage 3 stap 4, ADR 0180): the substantive brief
-- ("inhoudelijke opdrachtformulering") and the performance brief ("prestatieopdracht") given with
-- the appointment, and every later adjustment with its reason ("bijstellen prestatieopdracht
-- gedurende het proces"), kept as one history per appointment, encrypted under the case key.
-- Purging the case deletes the appointment and shreds the key, so the brief goes with the case.
ALTER TABLE case_director_appointments ADD COLUMN brief_enc bytea NULL;
