-- The neighbourhoods (work areas, `workAreas[].id` of the configuration) a user is responsible for
-- (seed 004 art. 4.2: the process director directs "in een aantal wijken"; Bijlage 2: O&S sees
-- case-level process information "voor één van de regieteamwijken"). Set by the admin; empty for
-- everyone else. Only ids, no personal data, so colleagues may read it like the role.
ALTER TABLE users ADD COLUMN work_areas text[] NOT NULL DEFAULT '{}';
GRANT SELECT (work_areas) ON users TO casustafel_app;
