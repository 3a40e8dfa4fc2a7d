-- A short message for the recipient of an in-app notice, e.g. the process director's advice to the
-- registrant of a signal that is not picked up, so it can inform the household (seed 004
-- Bijlage 3 stap 3). Kept beside the notification it belongs to (same dedupe key), shown in the
-- inbox only and never part of an e-mail.
CREATE TABLE notice_messages (
  dedupe_key text PRIMARY KEY,
  collaboration_id uuid NOT NULL REFERENCES collaborations (id),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE notice_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_messages FORCE ROW LEVEL SECURITY;
-- Like notifications: a user reads only its own; anyone acting in the collaboration may write one.
CREATE POLICY notice_messages_read ON notice_messages FOR SELECT USING (
  casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND user_id = casustafel_user_id()));
CREATE POLICY notice_messages_insert ON notice_messages FOR INSERT WITH CHECK (
  casustafel_is_system() OR casustafel_in_collaboration(collaboration_id));
GRANT SELECT, INSERT ON notice_messages TO casustafel_app;
