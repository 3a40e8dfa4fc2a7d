-- Login back-off instead of a hard account lock (ADR 0030). One row per attempted username and
-- source address, and one per username over all sources (source '*'). The key is the SHA-256 of
-- the normalised username and the source, so neither attempted usernames (which are sometimes
-- passwords typed in the wrong field) nor addresses are stored in the clear. Unknown usernames
-- get rows like known ones: the answers do not tell them apart.
-- Login locks its rows (SELECT ... FOR UPDATE) before it checks a password, so parallel guesses
-- are counted one after the other (finding M3).
CREATE TABLE login_backoff (
  key bytea PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  blocked_until timestamptz,
  last_failure_at timestamptz,
  last_success_at timestamptz
);

GRANT SELECT, INSERT, UPDATE, DELETE ON login_backoff TO casustafel_system;
ALTER TABLE login_backoff ENABLE ROW LEVEL SECURITY;
ALTER TABLE login_backoff FORCE ROW LEVEL SECURITY;
CREATE POLICY login_backoff_system ON login_backoff USING (casustafel_is_system()) WITH CHECK (casustafel_is_system());
