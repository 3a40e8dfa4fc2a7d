-- Credentials are for the system context only. Under Row-Level Security colleagues of one
-- collaboration may read each other's user rows (names, roles, partners), but not the password
-- hash, the encrypted TOTP secret or the lockout counters: those columns are read only by the
-- system context (login, TOTP enrolment, OIDC, the CLI), which from now on runs as its own role
-- casustafel_system. That role has everything casustafel_app has (it is a member) plus these
-- columns; like casustafel_app it is no superuser and does not bypass Row-Level Security.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casustafel_system') THEN
    BEGIN
      CREATE ROLE casustafel_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created concurrently by a migration of another database in the same cluster
    END;
  END IF;
  IF NOT pg_has_role('casustafel_system', 'casustafel_app', 'MEMBER') THEN
    GRANT casustafel_app TO casustafel_system;
  END IF;
  IF NOT pg_has_role(current_user, 'casustafel_system', 'MEMBER') THEN
    EXECUTE format('GRANT casustafel_system TO %I', current_user);
  END IF;
END;
$$;

REVOKE SELECT ON users FROM casustafel_app;
GRANT SELECT (id, collaboration_id, partner_id, username, display_name, email, role, active,
  confidentiality_declared_at, vog_checked_at, totp_enrolled_at, created_at, updated_at)
  ON users TO casustafel_app;
GRANT SELECT ON users TO casustafel_system;
