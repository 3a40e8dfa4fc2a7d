-- The follow-up interval set per case at a meeting (seed 000 MDO "Frequentie: wisselend van één
-- keer per maand tot per kwartaal, afhankelijk van verloop, zwaarte en vooruitgang"; row 000-R70):
-- the staff of the case are reminded when the case has not been discussed again within it.
ALTER TABLE meetings ADD COLUMN follow_up_days integer CHECK (follow_up_days BETWEEN 1 AND 366);
