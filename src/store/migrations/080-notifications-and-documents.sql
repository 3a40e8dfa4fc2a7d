-- Notifications (§7): an in-app inbox per user, a durable outbox for e-mail, and the register of
-- document downloads (exports). None of these rows holds personal data of a subject: a
-- notification names its kind and opaque ids, an e-mail only that something waits (with a link
-- to the inbox), a download the kind of document, its purpose and its basis.

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  -- Opaque references (no cascade: the case's deletion leaves nothing identifying here).
  case_id uuid,
  ref_id uuid,
  -- The in-app path the notification opens, e.g. /cases/<id>/meetings/<id>.
  link text NOT NULL,
  due_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  -- One notification per thing and person, however often a job or a retry runs.
  dedupe_key text NOT NULL UNIQUE
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

-- E-mail waits here until it is handed to the SMTP server; a server process claims a batch with
-- FOR UPDATE SKIP LOCKED (no two processes claim the same row), sends outside the transaction and
-- records the outcome. A claim that is not settled within its lease is taken up again.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  kind text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  -- An iCalendar invitation (meetings), without personal data.
  ical text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_by text,
  claimed_until timestamptz,
  last_error text,
  last_attempt_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  -- The notification's key: one message per notice and person.
  dedupe_key text NOT NULL UNIQUE
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status IN ('pending', 'sending');

-- Every download of a document is an export: registered with its purpose and basis in words
-- (the access log holds the same download as an audit record).
CREATE TABLE document_downloads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  kind text NOT NULL,
  case_id uuid,
  subject_id uuid,
  ref_id uuid,
  purpose text NOT NULL,
  basis text NOT NULL,
  downloaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_downloads_collaboration_idx ON document_downloads (collaboration_id, downloaded_at DESC);

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
ALTER TABLE document_downloads ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_downloads FORCE ROW LEVEL SECURITY;

-- A user reads and marks only its own notifications; anyone acting in the collaboration may
-- notify a colleague of it (an invitation, a question, a notice).
CREATE POLICY notifications_read ON notifications FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND user_id = casustafel_user_id()));
CREATE POLICY notifications_insert ON notifications FOR INSERT WITH CHECK (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY notifications_update ON notifications FOR UPDATE USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND user_id = casustafel_user_id()))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND user_id = casustafel_user_id()));
GRANT SELECT, INSERT, UPDATE ON notifications TO casustafel_app;

-- The outbox: written within the collaboration, read (delivery state) by its admin, delivered by
-- the system.
CREATE POLICY mail_outbox_insert ON mail_outbox FOR INSERT WITH CHECK (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
CREATE POLICY mail_outbox_admin ON mail_outbox FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
CREATE POLICY mail_outbox_admin_retry ON mail_outbox FOR UPDATE USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'))
WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'admin'));
GRANT SELECT, INSERT, UPDATE ON mail_outbox TO casustafel_app;

-- Downloads: registered by whoever downloads; read by the privacy officer.
CREATE POLICY document_downloads_insert ON document_downloads FOR INSERT WITH CHECK (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND user_id = casustafel_user_id()));
CREATE POLICY document_downloads_read ON document_downloads FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() = 'privacy_officer'));
GRANT SELECT, INSERT ON document_downloads TO casustafel_app;

-- A reminder meant for a role (the privacy office, the process directors) says so, so that the
-- notices job can tell the right people (reporting/reminder-audience.ts).
ALTER TABLE reminders ADD COLUMN for_role text;
