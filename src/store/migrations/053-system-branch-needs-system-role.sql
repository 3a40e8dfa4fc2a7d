-- Finding M5 (penetration test 2026-12-06): the system branch of every Row-Level Security policy
-- was the setting app.role = 'system', which any SQL on the application's connection can set
-- (`select set_config('app.role','system',true)` after `set local role casustafel_app` read every
-- collaboration). The branch now also needs a database role other than the application role:
-- the system context runs as casustafel_system (src/store/acting-context.ts), migrations and the
-- sealer as the owner. A user's transaction (casustafel_app) no longer becomes the system by a
-- setting. What remains open (docs/security.md): a login that is not a member of
-- casustafel_system, so that SQL on a user's connection cannot switch its role either.
CREATE OR REPLACE FUNCTION casustafel_is_system() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT casustafel_role() = 'system' AND current_user <> 'casustafel_app'
$$;
