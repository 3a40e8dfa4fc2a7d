-- Presence lookups, data-subject rights, incidents, complaints, reminders and job runs
-- (P14, P15, P17, P18, §7). Case references are opaque ids without cascade: these records
-- outlive the case (its deletion leaves them pointing at nothing identifying).

CREATE TABLE presence_lookups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  asked_by uuid NOT NULL,
  on_behalf_of_partner_id uuid,
  -- Keyed hash of what was looked up; the lookup itself never stores a name or BSN.
  query_hash bytea NOT NULL,
  target_collaboration text,
  found boolean NOT NULL,
  contact_user_id uuid,
  asked_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rights_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  case_id uuid,
  subject_id uuid,
  kind text NOT NULL CHECK (kind IN ('information', 'access', 'rectification', 'erasure', 'restriction',
    'objection', 'complaint')),
  registered_at timestamptz NOT NULL DEFAULT now(),
  registered_by uuid NOT NULL,
  handler_user_id uuid NOT NULL,
  deadline_at timestamptz NOT NULL,
  extended_until timestamptz,
  -- Who asked and how to reach them; encrypted under the master key.
  requester_enc bytea,
  routed_to jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'refused', 'withdrawn')),
  refusal_ground text,
  answered_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK (status <> 'refused' OR refusal_ground IS NOT NULL)
);
CREATE INDEX rights_requests_case_idx ON rights_requests (case_id);

CREATE TABLE incidents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  discovered_at timestamptz NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  registered_by uuid NOT NULL,
  -- A description without personal data.
  summary text NOT NULL,
  severity text NOT NULL DEFAULT 'unknown' CHECK (severity IN ('low', 'high', 'unknown')),
  case_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  partners_notified_at timestamptz,
  dpa_notification_due_at timestamptz NOT NULL,
  dpa_notified_at timestamptz,
  dpa_not_required_reason text,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE complaints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  case_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  received_by uuid NOT NULL,
  routed_to_partner_id uuid,
  -- A summary without personal data; the complaint itself is kept outside or encrypted.
  summary text NOT NULL,
  complainant_enc bytea,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'routed', 'handled', 'withdrawn')),
  evaluated_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE reminders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  kind text NOT NULL,
  case_id uuid,
  ref_id uuid,
  for_user_id uuid,
  for_partner_id uuid,
  due_at timestamptz NOT NULL,
  sent_at timestamptz,
  done_at timestamptz,
  -- One reminder per thing to remind of, however often the job runs.
  dedupe_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE done_at IS NULL;

CREATE TABLE job_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job text NOT NULL,
  -- E.g. the day a daily job ran for: a second run for the same key is a no-op.
  run_key text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  UNIQUE (job, run_key)
);
