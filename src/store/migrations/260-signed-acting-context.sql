-- Finding M5 (penetration test 2026-12-06), ADR 0125: the acting context of a user's transaction
-- is signed. Before, the policies read app.collaboration_id, app.partner_id, app.user_id and
-- app.role as plain settings, so any SQL on the request login could set_config them and act as
-- any user of any collaboration within that user's Row-Level Security.
--
-- Now a user context can only be entered through a SECURITY DEFINER function owned by
-- casustafel_system:
-- - casustafel_enter_session(token, …): the request login. The session token (stored only as its
--   SHA-256) must name a live session (not revoked, not past its absolute end) of an active user;
--   collaboration, partner, user and role come from the database (the arguments must agree).
-- - casustafel_enter_as(…): only a login that is a member of casustafel_system (the system login,
--   PGlite's and a single login's superuser): jobs, the CLI and work without a session.
-- Both write the settings and app.context_mac, a keyed SHA-256 over the four values, the backend
-- and the transaction's start, with a key that only casustafel_system can read. The policies read
-- the context through casustafel_acting_context(), which returns it only when the MAC verifies,
-- as an initplan ((SELECT …)): once per statement, not per row. The system branch stays as it is
-- (a setting plus membership of casustafel_system, migration 240).

CREATE TABLE casustafel_context_key (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  key bytea NOT NULL
);
INSERT INTO casustafel_context_key (key)
SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text
  || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8'));
ALTER TABLE casustafel_context_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE casustafel_context_key FORCE ROW LEVEL SECURITY;
CREATE POLICY casustafel_context_key_system ON casustafel_context_key FOR SELECT
  USING (pg_has_role(current_user, 'casustafel_system', 'USAGE'));
REVOKE ALL ON casustafel_context_key FROM PUBLIC;
GRANT SELECT ON casustafel_context_key TO casustafel_system;

CREATE TYPE casustafel_acting AS (collaboration_id uuid, partner_id uuid, user_id uuid, role text);

-- The MAC of a context in this transaction: sha256(key || sha256(key || message)).
CREATE FUNCTION casustafel_context_mac(p_collaboration text, p_partner text, p_user text, p_role text) RETURNS text
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT encode(sha256(k.key || sha256(k.key || convert_to(concat_ws('|', 'casustafel-context-1', p_collaboration, p_partner,
    p_user, p_role, pg_backend_pid()::text, extract(epoch FROM now())::text), 'UTF8'))), 'hex')
  FROM casustafel_context_key k
$$;

-- Writes a user context and its MAC (transaction-local). Only for the two enter functions.
CREATE FUNCTION casustafel_sign_context(p_collaboration uuid, p_partner uuid, p_user uuid, p_role text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
BEGIN
  IF p_collaboration IS NULL OR p_partner IS NULL OR p_user IS NULL OR p_role IS NULL OR p_role IN ('system', 'none', '') THEN
    RAISE EXCEPTION 'casustafel: a user context needs a collaboration, a partner, a user and a role' USING ERRCODE = '42501';
  END IF;
  PERFORM set_config('app.collaboration_id', p_collaboration::text, true),
          set_config('app.partner_id', p_partner::text, true),
          set_config('app.user_id', p_user::text, true),
          set_config('app.role', p_role, true),
          set_config('app.context_mac', casustafel_context_mac(p_collaboration::text, p_partner::text, p_user::text, p_role), true);
END;
$$;

-- The request login: the context of a live session, from the database.
CREATE FUNCTION casustafel_enter_session(p_token text, p_now timestamptz, p_collaboration uuid, p_partner uuid, p_user uuid, p_role text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r record;
  v_found boolean;
BEGIN
  -- Read the session under the system branch (this function runs as casustafel_system).
  PERFORM set_config('app.context_mac', '', true), set_config('app.role', 'system', true);
  SELECT u.id, u.collaboration_id, u.partner_id, u.role INTO r
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = sha256(convert_to(coalesce(p_token, ''), 'UTF8'))
    AND s.revoked_at IS NULL AND s.expires_at > p_now AND u.active;
  v_found := FOUND;
  PERFORM set_config('app.role', '', true);
  IF NOT v_found THEN
    RAISE EXCEPTION 'casustafel: no live session for this credential' USING ERRCODE = '42501';
  END IF;
  IF r.id IS DISTINCT FROM p_user OR r.collaboration_id IS DISTINCT FROM p_collaboration
     OR r.partner_id IS DISTINCT FROM p_partner OR r.role IS DISTINCT FROM p_role THEN
    RAISE EXCEPTION 'casustafel: the acting context is not the session''s' USING ERRCODE = '42501';
  END IF;
  PERFORM casustafel_sign_context(r.collaboration_id, r.partner_id, r.id, r.role);
END;
$$;

-- The system login (and PGlite's or a single login's superuser): a user context without a session.
CREATE FUNCTION casustafel_enter_as(p_collaboration uuid, p_partner uuid, p_user uuid, p_role text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'casustafel_system', 'MEMBER') THEN
    RAISE EXCEPTION 'casustafel: only the system login enters a user context without a session' USING ERRCODE = '42501';
  END IF;
  PERFORM casustafel_sign_context(p_collaboration, p_partner, p_user, p_role);
END;
$$;

-- The verified context: the settings when their MAC verifies, else nothing (role 'none').
CREATE FUNCTION casustafel_acting_context() RETURNS casustafel_acting
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN coalesce(current_setting('app.context_mac', true), '') <> ''
                AND current_setting('app.context_mac', true) = casustafel_context_mac(s.c, s.p, s.u, s.r)
    THEN ROW(nullif(s.c, '')::uuid, nullif(s.p, '')::uuid, nullif(s.u, '')::uuid, s.r)::casustafel_acting
    ELSE ROW(NULL, NULL, NULL, 'none')::casustafel_acting END
  FROM (SELECT coalesce(current_setting('app.collaboration_id', true), '') AS c, coalesce(current_setting('app.partner_id', true), '') AS p,
               coalesce(current_setting('app.user_id', true), '') AS u, coalesce(current_setting('app.role', true), '') AS r) s
$$;

-- The helpers of migration 005 read the verified context (functions and triggers that call them
-- per row pay the verification per call; the policies below do not call them).
CREATE OR REPLACE FUNCTION casustafel_collaboration_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT (casustafel_acting_context()).collaboration_id
$$;
CREATE OR REPLACE FUNCTION casustafel_partner_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT (casustafel_acting_context()).partner_id
$$;
CREATE OR REPLACE FUNCTION casustafel_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT (casustafel_acting_context()).user_id
$$;
CREATE OR REPLACE FUNCTION casustafel_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((casustafel_acting_context()).role, 'none')
$$;
-- The system branch needs no signature: it needs membership of casustafel_system (migration 240).
CREATE OR REPLACE FUNCTION casustafel_is_system() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT current_setting('app.role', true) = 'system' AND pg_has_role(current_user, 'casustafel_system', 'USAGE')
$$;

-- The per-row helpers of the policies take the verified context as an argument.
CREATE FUNCTION casustafel_in_collaboration_as(a casustafel_acting, p_collaboration uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_collaboration IS NOT NULL AND p_collaboration = (a).collaboration_id
$$;

-- Case visibility (migration 005) for a verified context. It runs as casustafel_system in the
-- system branch for its own lookups (staff, involvement, the collaboration's setting), so that
-- those lookups do not verify the context again per row (app.role is set and put back inside:
-- a function's SET clause for a custom setting needs a superuser, and the owner need not be one); the caller passes whether it is the
-- system and the verified context (initplans). Called directly with made-up arguments it says only
-- whether a given user could see a given case, both named by their (unguessable) ids.
CREATE FUNCTION casustafel_case_visible_as(p_system boolean, a casustafel_acting, p_case uuid, p_collaboration uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := current_setting('app.role', true);
  v boolean;
BEGIN
  IF coalesce(p_system, false) THEN RETURN true; END IF;
  IF p_collaboration IS NULL OR p_collaboration IS DISTINCT FROM (a).collaboration_id THEN RETURN false; END IF;
  IF (a).role = 'privacy_officer' THEN RETURN true; END IF;
  PERFORM set_config('app.role', 'system', true);
  v := EXISTS (SELECT 1 FROM case_staff s
               WHERE s.case_id = p_case AND s.user_id = (a).user_id AND s.ended_at IS NULL)
    OR EXISTS (SELECT 1 FROM involvement i
               WHERE i.case_id = p_case AND i.user_id = (a).user_id
                 AND i.partner_id = (a).partner_id AND i.ended_at IS NULL)
    OR ((a).role = 'process_director'
        AND EXISTS (SELECT 1 FROM collaborations c WHERE c.id = p_collaboration AND c.all_directors_see_all));
  PERFORM set_config('app.role', coalesce(v_role, ''), true);
  RETURN v;
END;
$$;
CREATE OR REPLACE FUNCTION casustafel_case_visible(p_case uuid, p_collaboration uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT casustafel_case_visible_as(casustafel_is_system(), casustafel_acting_context(), p_case, p_collaboration)
$$;

-- Migration 031 for a verified context, the same way.
CREATE FUNCTION casustafel_manager_reads_archive_as(a casustafel_acting, p_case uuid, p_collaboration uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := current_setting('app.role', true);
  v boolean;
BEGIN
  IF (a).role IS DISTINCT FROM 'manager' OR p_collaboration IS NULL OR p_collaboration IS DISTINCT FROM (a).collaboration_id THEN RETURN false; END IF;
  PERFORM set_config('app.role', 'system', true);
  v := EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.collaboration_id = p_collaboration AND c.phase = 'archived');
  PERFORM set_config('app.role', coalesce(v_role, ''), true);
  RETURN v;
END;
$$;
CREATE OR REPLACE FUNCTION casustafel_manager_reads_archive(p_case uuid, p_collaboration uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT casustafel_manager_reads_archive_as(casustafel_acting_context(), p_case, p_collaboration)
$$;

DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    'casustafel_context_mac(text, text, text, text)', 'casustafel_sign_context(uuid, uuid, uuid, text)',
    'casustafel_enter_session(text, timestamptz, uuid, uuid, uuid, text)', 'casustafel_enter_as(uuid, uuid, uuid, text)',
    'casustafel_acting_context()', 'casustafel_case_visible_as(boolean, casustafel_acting, uuid, uuid)',
    'casustafel_manager_reads_archive_as(casustafel_acting, uuid, uuid)']
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO casustafel_system', f);
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END;
$$;
GRANT EXECUTE ON FUNCTION casustafel_context_mac(text, text, text, text), casustafel_sign_context(uuid, uuid, uuid, text),
  casustafel_enter_as(uuid, uuid, uuid, text) TO casustafel_system;
GRANT EXECUTE ON FUNCTION casustafel_enter_session(text, timestamptz, uuid, uuid, uuid, text), casustafel_acting_context(),
  casustafel_case_visible_as(boolean, casustafel_acting, uuid, uuid), casustafel_manager_reads_archive_as(casustafel_acting, uuid, uuid)
TO casustafel_app;

-- Every policy reads the verified context as an initplan. The expressions are rewritten from
-- their stored form: the helper calls become references to (SELECT casustafel_acting_context()).
DO $$
DECLARE
  p record;
  ctx constant text := '(SELECT casustafel_acting_context())';
  q text;
  c text;
BEGIN
  FOR p IN
    SELECT pol.polname, cls.relname, pg_get_expr(pol.polqual, pol.polrelid) AS qual, pg_get_expr(pol.polwithcheck, pol.polrelid) AS withcheck
    FROM pg_policy pol JOIN pg_class cls ON cls.oid = pol.polrelid
    WHERE cls.relnamespace = current_schema()::regnamespace
  LOOP
    q := p.qual;
    c := p.withcheck;
    FOR i IN 1..2 LOOP
      DECLARE
        e text := CASE i WHEN 1 THEN q ELSE c END;
      BEGIN
        IF e IS NOT NULL THEN
          e := replace(e, 'casustafel_case_visible(', 'casustafel_case_visible_as(casustafel_is_system(), ' || ctx || ', ');
          e := replace(e, 'casustafel_manager_reads_archive(', 'casustafel_manager_reads_archive_as(' || ctx || ', ');
          e := replace(e, 'casustafel_in_collaboration(', 'casustafel_in_collaboration_as(' || ctx || ', ');
          e := replace(e, 'casustafel_collaboration_id()', '(' || ctx || ').collaboration_id');
          e := replace(e, 'casustafel_partner_id()', '(' || ctx || ').partner_id');
          e := replace(e, 'casustafel_user_id()', '(' || ctx || ').user_id');
          e := replace(e, 'casustafel_role()', 'coalesce((' || ctx || ').role, ''none'')');
        END IF;
        IF i = 1 THEN q := e; ELSE c := e; END IF;
      END;
    END LOOP;
    IF q IS DISTINCT FROM p.qual THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (%s)', p.polname, p.relname, q);
    END IF;
    IF c IS DISTINCT FROM p.withcheck THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', p.polname, p.relname, c);
    END IF;
  END LOOP;
END;
$$;
