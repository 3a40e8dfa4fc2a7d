-- Cases and everything that hangs off them (DOMAIN.md §2–§5).
-- Every case-child table repeats collaboration_id (kept consistent by a composite foreign key)
-- so that Row-Level Security can decide per row without joining.
-- Columns ending in _enc hold AES-256-GCM ciphertext under the case's data key (src/crypto/).

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  number text NOT NULL,
  table_id text NOT NULL,
  phase text NOT NULL CHECK (phase IN ('screening', 'triage', 'rto', 'monitoring', 'deescalation1',
    'archived', 'deleted', 'rejected', 'referred')),
  registrant_partner_id uuid NOT NULL,
  registrant_user_id uuid,
  -- The partner on whose behalf the process director acts (registrant, later the case director's).
  lead_partner_id uuid NOT NULL,
  work_area text,
  complex_criteria jsonb NOT NULL DEFAULT '[]'::jsonb,
  screening_outcome text CHECK (screening_outcome IN ('accepted', 'rejected', 'more_information')),
  referred_to_table text,
  closing_criteria jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  phase_changed_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (collaboration_id, number),
  UNIQUE (collaboration_id, id),
  FOREIGN KEY (collaboration_id, registrant_partner_id) REFERENCES partners (collaboration_id, id),
  FOREIGN KEY (collaboration_id, lead_partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE INDEX cases_phase_idx ON cases (collaboration_id, phase);

-- The case's data key, wrapped by the master key. Deleting the row crypto-shreds the case (P13).
CREATE TABLE case_keys (
  case_id uuid PRIMARY KEY,
  collaboration_id uuid NOT NULL,
  key_id text NOT NULL,
  wrapped_key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  rewrapped_at timestamptz,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE subjects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL,
  case_id uuid NOT NULL,
  relation text,
  name_enc bytea NOT NULL,
  birth_date_enc bytea,
  address_enc bytea,
  bsn_enc bytea,
  -- HMAC-SHA-256 of the BSN under a key derived from the master key: matches without revealing.
  bsn_hash bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX subjects_case_idx ON subjects (case_id);
CREATE INDEX subjects_bsn_hash_idx ON subjects (collaboration_id, bsn_hash) WHERE bsn_hash IS NOT NULL;

-- Process directors and support staff acting in a case.
CREATE TABLE case_staff (
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('process_director', 'support')),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  PRIMARY KEY (case_id, user_id, role),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, user_id) REFERENCES users (collaboration_id, id)
);
CREATE INDEX case_staff_user_idx ON case_staff (user_id);

-- The professionals a partner designated in a case (involvement is personal), incl. substitutes.
CREATE TABLE involvement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  user_id uuid NOT NULL,
  substitute boolean NOT NULL DEFAULT false,
  designated_by uuid,
  designated_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  UNIQUE (case_id, partner_id, user_id),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE INDEX involvement_user_idx ON involvement (user_id, partner_id);

CREATE TABLE triage_questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  asked_partner_id uuid NOT NULL,
  asked_by uuid NOT NULL,
  on_behalf_of_partner_id uuid NOT NULL,
  task text NOT NULL,
  purpose text NOT NULL,
  question_enc bytea NOT NULL,
  -- Recorded justification when a question goes to every partner (§3.2).
  all_partners_justification text,
  asked_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  declined_at timestamptz,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, asked_partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE INDEX triage_questions_case_idx ON triage_questions (case_id);

CREATE TABLE contributions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  by_partner_id uuid NOT NULL,
  author_user_id uuid NOT NULL,
  given_in text NOT NULL,
  category text NOT NULL,
  special boolean NOT NULL DEFAULT false,
  police boolean NOT NULL DEFAULT false,
  purposes jsonb NOT NULL CHECK (jsonb_typeof(purposes) = 'array' AND jsonb_array_length(purposes) > 0),
  -- P5: no basis, no storage.
  basis jsonb NOT NULL CHECK (basis ? 'kind'),
  shared_with jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- "all", "none" or an array of partner ids.
  released_for_rto jsonb NOT NULL DEFAULT '"none"'::jsonb,
  excluded jsonb NOT NULL DEFAULT '[]'::jsonb,
  triage_question_id uuid REFERENCES triage_questions (id) ON DELETE SET NULL,
  corrects_id uuid REFERENCES contributions (id) ON DELETE SET NULL,
  content_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, by_partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE INDEX contributions_case_idx ON contributions (case_id);

CREATE TABLE take_along_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  to_user_id uuid NOT NULL,
  plan_action text NOT NULL,
  granted_by uuid NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX take_along_grants_contribution_idx ON take_along_grants (contribution_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  subject_id uuid NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  -- The partners it covers, named specifically (P6).
  partners jsonb NOT NULL CHECK (jsonb_typeof(partners) = 'array'),
  scope text NOT NULL,
  given_at timestamptz NOT NULL,
  obtained_by uuid NOT NULL,
  refused boolean NOT NULL DEFAULT false,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX consents_case_idx ON consents (case_id);

-- The documented weighing for sharing without consent (P7); the motivations are encrypted.
CREATE TABLE weighings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  subject_id uuid REFERENCES subjects (id) ON DELETE CASCADE,
  contribution_id uuid REFERENCES contributions (id) ON DELETE CASCADE,
  set_aside_objections boolean NOT NULL DEFAULT false,
  inform_afterwards boolean NOT NULL DEFAULT true,
  first_disclosure_limited boolean NOT NULL DEFAULT false,
  -- JSON of proportionality, subsidiarity, effectiveness and the other motivations.
  motivation_enc bytea NOT NULL,
  completed_by uuid,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

-- P10: when and by whom the subject was informed, or why that was postponed.
CREATE TABLE informing_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  subject_id uuid REFERENCES subjects (id) ON DELETE CASCADE,
  topic text NOT NULL CHECK (topic IN ('registration', 'triage', 'rto_outcome', 'third_party', 'deletion', 'other')),
  informed_by uuid,
  on_behalf_of_partner_id uuid,
  informed_at timestamptz,
  method text,
  postponement_reason_enc bytea,
  planned_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (informed_at IS NOT NULL OR (postponement_reason_enc IS NOT NULL AND planned_at IS NOT NULL)),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  table_id text NOT NULL,
  scheduled_at timestamptz NOT NULL,
  held_at timestamptz,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  -- Goal, themes, decisions to take, how the subject is involved, care agreements.
  preparation_enc bytea,
  -- The meeting record (reason, status, plan of approach) as encrypted JSON.
  record_enc bytea,
  action_list_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX meetings_case_idx ON meetings (case_id);

CREATE TABLE meeting_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  participant_role text NOT NULL CHECK (participant_role IN ('expert', 'informant', 'intended_executor',
    'subject', 'representative')),
  invited_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (meeting_id, user_id),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE meeting_attendance (
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  present boolean NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, user_id),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE plan_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL,
  life_domain text,
  owner_partner_id uuid NOT NULL,
  owner_user_id uuid,
  description_enc bytea NOT NULL,
  due_at timestamptz,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, owner_partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE INDEX plan_actions_case_idx ON plan_actions (case_id);

CREATE TABLE case_director_appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL,
  appointed_by uuid,
  appointed_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, partner_id) REFERENCES partners (collaboration_id, id)
);
CREATE UNIQUE INDEX case_director_current_idx ON case_director_appointments (case_id) WHERE ended_at IS NULL;

-- P11: a non-partner joining one case.
CREATE TABLE third_parties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  basis jsonb,
  declaration_signed_at timestamptz,
  consents_from jsonb NOT NULL DEFAULT '[]'::jsonb,
  subject_informed_at timestamptz,
  released_to boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  UNIQUE (case_id, user_id),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

-- Staged de-escalation (§3.4) and its motivated exceptions.
CREATE TABLE deescalation_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  decided_at timestamptz NOT NULL,
  decided_by uuid NOT NULL,
  archive_due_at timestamptz NOT NULL,
  delete_due_at timestamptz NOT NULL,
  archived_at timestamptz,
  -- The administrative set of step 2, encrypted (case number, identifying data, names).
  admin_set_enc bytea,
  subject_informed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (archive_due_at <= delete_due_at),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE deescalation_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  step integer NOT NULL CHECK (step IN (1, 2, 3)),
  decided_by uuid NOT NULL,
  decided_by_partner_id uuid NOT NULL,
  decided_at timestamptz NOT NULL,
  -- A re-assessment at most six months ahead.
  reassess_at timestamptz NOT NULL CHECK (reassess_at > decided_at AND reassess_at <= decided_at + interval '6 months'),
  motivation_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

-- P9: the Wpg art. 32 provision log. It outlives the case it was about (no cascade), so it names
-- the case by its opaque id and describes the data by kind, never by content.
CREATE TABLE police_provisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  contribution_id uuid REFERENCES contributions (id) ON DELETE SET NULL,
  recipient_partner_id uuid NOT NULL,
  recipient_user_id uuid,
  provided_at timestamptz NOT NULL,
  data_description text NOT NULL,
  purpose text NOT NULL,
  collaboration_name text NOT NULL,
  legal_basis text NOT NULL,
  decision_reference text,
  destroyed_at timestamptz
);
CREATE INDEX police_provisions_case_idx ON police_provisions (case_id);
