-- P11 (seed 000 art. 6.3): "De motivatie, geheimhoudingsverklaring en toestemming worden
-- gedocumenteerd in het dossier." The motivation for admitting a third party is kept with it,
-- encrypted with the case's key like the other free texts of a case. Third parties added before
-- this column existed have none, and so do not meet P11 until one is recorded.
ALTER TABLE third_parties ADD COLUMN motivation_enc bytea;
