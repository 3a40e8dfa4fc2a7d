-- One row the health check writes and commits (src/store/database-health.ts): "ok" then means
-- the database both answers and can make a write durable. A full disk or a read-only standby
-- shows as "not writable" instead of a health check that passes while every write fails.
-- Only the owner connection writes it; the application roles have no grant on it.
CREATE TABLE health_probe (
  id smallint PRIMARY KEY CHECK (id = 1),
  at timestamptz NOT NULL
);
