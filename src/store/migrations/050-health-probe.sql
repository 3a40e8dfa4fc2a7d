-- One row the health check writes and commits (src/store/database-health.ts): "ok" then means
-- the database both answers and can make a write durable. A full disk or a read-only standby
-- shows as "not writable" instead of a health check that passes while every write fails.
-- Only the system context writes it; casustafel_app has no grant on it.
CREATE TABLE health_probe (
  id smallint PRIMARY KEY CHECK (id = 1),
  at timestamptz NOT NULL
);

ALTER TABLE health_probe ENABLE ROW LEVEL SECURITY;
ALTER TABLE health_probe FORCE ROW LEVEL SECURITY;
CREATE POLICY health_probe_system ON health_probe USING (casustafel_is_system()) WITH CHECK (casustafel_is_system());
GRANT SELECT, INSERT, UPDATE ON health_probe TO casustafel_system;
