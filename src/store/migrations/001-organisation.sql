-- Collaborations, their partners, users and sessions (DOMAIN.md §4, §6).

CREATE TABLE collaborations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  -- The whole collaboration configuration (tables, phases, retention, notice periods...).
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Collaboration setting read by Row-Level Security: every process director sees every case.
  all_directors_see_all boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  slug text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  member boolean NOT NULL DEFAULT true,
  public_authority boolean NOT NULL DEFAULT false,
  may_see_special boolean NOT NULL DEFAULT false,
  may_use_bsn boolean NOT NULL DEFAULT false,
  professional_secrecy boolean NOT NULL DEFAULT false,
  legal_regimes jsonb NOT NULL DEFAULT '[]'::jsonb,
  legal_basis_catalogue jsonb NOT NULL DEFAULT '[]'::jsonb,
  accession_signed_at timestamptz,
  joined_at timestamptz,
  notice_given_at timestamptz,
  ends_at timestamptz,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (collaboration_id, slug),
  UNIQUE (collaboration_id, id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  email text,
  -- argon2id PHC string; null for accounts that only sign in through OIDC.
  password_hash text,
  role text NOT NULL CHECK (role IN ('process_director', 'support', 'professional', 'manager',
    'privacy_officer', 'admin', 'statistician', 'third_party')),
  active boolean NOT NULL DEFAULT true,
  confidentiality_declared_at timestamptz,
  vog_checked_at timestamptz,
  -- TOTP secret, encrypted under the master key.
  totp_secret bytea,
  totp_enrolled_at timestamptz,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (collaboration_id, id),
  FOREIGN KEY (collaboration_id, partner_id) REFERENCES partners (collaboration_id, id)
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- SHA-256 of the session token; the token itself is never stored.
  token_hash bytea NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  second_factor_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
