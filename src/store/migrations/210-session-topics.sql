-- Group and theme items on the agenda of a group-level table (ADR 0097, seed 000 Bijlage 2 PJO:
-- "Tijdens het PJO worden de jeugdgroepen en de daarbij behorende actie en aanpak besproken";
-- individuals only to decide where their case is taken up). A topic names a group or a theme,
-- never a person: the domain refuses a BSN, a date or a case number in its text, so these rows
-- hold no personal data and no case key. Need-to-know per topic: only the partners invited to it
-- (and the process directors and support who plan the session) read it; Row-Level Security holds
-- the same line below the service.

CREATE TABLE meeting_session_topics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('group', 'theme')),
  title text NOT NULL,
  description text NOT NULL,
  -- The agreed action and approach (preventive, repressive) once discussed.
  approach text,
  -- How many individuals of the group are to be routed to another table (no names).
  individuals_to_route integer NOT NULL DEFAULT 0 CHECK (individuals_to_route >= 0),
  route_to_table_id text,
  position integer NOT NULL,
  discussed_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (collaboration_id, id),
  FOREIGN KEY (collaboration_id, session_id) REFERENCES meeting_sessions (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX meeting_session_topics_session_idx ON meeting_session_topics (session_id);

CREATE TABLE meeting_session_topic_partners (
  topic_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  partner_id uuid NOT NULL REFERENCES partners (id),
  PRIMARY KEY (topic_id, partner_id),
  FOREIGN KEY (collaboration_id, topic_id) REFERENCES meeting_session_topics (collaboration_id, id) ON DELETE CASCADE
);

CREATE TABLE meeting_session_topic_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  topic_id uuid NOT NULL,
  collaboration_id uuid NOT NULL,
  description text NOT NULL,
  owner_partner_id uuid NOT NULL REFERENCES partners (id),
  due_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (collaboration_id, topic_id) REFERENCES meeting_session_topics (collaboration_id, id) ON DELETE CASCADE
);
CREATE INDEX meeting_session_topic_actions_topic_idx ON meeting_session_topic_actions (topic_id);

-- An individual on a group-level table's agenda is there to be routed, not discussed.
ALTER TABLE meeting_session_items DROP CONSTRAINT meeting_session_items_reason_check;
ALTER TABLE meeting_session_items ADD CONSTRAINT meeting_session_items_reason_check
  CHECK (reason IN ('new', 'update', 'evaluation', 'follow_up', 'added', 'routing'));

ALTER TABLE meeting_session_topics ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_session_topics FORCE ROW LEVEL SECURITY;
ALTER TABLE meeting_session_topic_partners ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_session_topic_partners FORCE ROW LEVEL SECURITY;
ALTER TABLE meeting_session_topic_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_session_topic_actions FORCE ROW LEVEL SECURITY;

-- Who is invited to which topic: readable in the collaboration (the neutral line needs it).
CREATE POLICY meeting_session_topic_partners_collaboration ON meeting_session_topic_partners
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() NOT IN ('statistician', 'third_party')))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('process_director', 'support')));

-- A topic and its actions: the planners, and the partners invited to the topic.
CREATE POLICY meeting_session_topics_invited ON meeting_session_topics
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND (
    casustafel_role() IN ('process_director', 'support')
    OR (casustafel_role() = 'professional' AND EXISTS (SELECT 1 FROM meeting_session_topic_partners p
      WHERE p.topic_id = meeting_session_topics.id AND p.partner_id = casustafel_partner_id())))))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('process_director', 'support')));
CREATE POLICY meeting_session_topic_actions_invited ON meeting_session_topic_actions
  USING (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND (
    casustafel_role() IN ('process_director', 'support')
    OR (casustafel_role() = 'professional' AND EXISTS (SELECT 1 FROM meeting_session_topic_partners p
      WHERE p.topic_id = meeting_session_topic_actions.topic_id AND p.partner_id = casustafel_partner_id())))))
  WITH CHECK (casustafel_is_system() OR (casustafel_in_collaboration(collaboration_id) AND casustafel_role() IN ('process_director', 'support')));

GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_session_topics, meeting_session_topic_partners, meeting_session_topic_actions TO casustafel_app;
