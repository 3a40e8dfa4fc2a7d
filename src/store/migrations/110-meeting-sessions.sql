-- Sessions of a table, work area or team (ADR 0050): planned from the configured cadence, each
-- with its agenda of case discussions. None of these rows holds personal data: the place is an
-- address or link of the meeting, items name a case by id and number; the content of an item
-- stays in the case's meeting row under the case's Row-Level Security.

CREATE TABLE meeting_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  body_kind text NOT NULL CHECK (body_kind IN ('table', 'work_area')),
  body_id text NOT NULL,
  -- The slot of the cadence this session was planned for; null for a session added by hand.
  planned_for text CHECK (planned_for ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  scheduled_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  place text,
  link text,
  chair_user_id uuid,
  cancel_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (collaboration_id, id)
);
-- Planning is idempotent: one session per slot, also when it was moved or cancelled.
CREATE UNIQUE INDEX meeting_sessions_slot_idx ON meeting_sessions (collaboration_id, body_kind, body_id, planned_for)
  WHERE planned_for IS NOT NULL;
CREATE INDEX meeting_sessions_when_idx ON meeting_sessions (collaboration_id, scheduled_at);

CREATE TABLE meeting_session_participants (
  session_id uuid NOT NULL REFERENCES meeting_sessions (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL,
  user_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  PRIMARY KEY (session_id, user_id),
  FOREIGN KEY (collaboration_id, session_id) REFERENCES meeting_sessions (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE meeting_session_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES meeting_sessions (id) ON DELETE CASCADE,
  collaboration_id uuid NOT NULL,
  case_id uuid NOT NULL,
  case_number text NOT NULL,
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('new', 'update', 'evaluation', 'follow_up', 'added')),
  position integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (session_id, case_id),
  FOREIGN KEY (collaboration_id, session_id) REFERENCES meeting_sessions (collaboration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (collaboration_id, case_id) REFERENCES cases (collaboration_id, id) ON DELETE CASCADE
);

ALTER TABLE meetings ADD COLUMN session_id uuid REFERENCES meeting_sessions (id) ON DELETE SET NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meeting_sessions', 'meeting_session_participants', 'meeting_session_items']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party''))) '
      'WITH CHECK (casustafel_is_system() OR '
      '(casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN (''statistician'', ''third_party'')))',
      t || '_collaboration', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casustafel_app', t);
  END LOOP;
END;
$$;
