/**
 * The agenda screen (issue 18): the sessions of the coming quarter the user may open, and for the
 * process director planning a body's quarter from the covenant's frequency.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { SelectField } from '../../components/form';
import { Button, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { SessionBodyOption, SessionSummary } from './session-data';
import { formatDateTime } from './session-data';
import { AddSession, PLANNERS } from './session-edit';

const DAY = 86_400_000;

function PlanForm({ onPlanned }: { onPlanned: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const bodies = useLoad(() => get<SessionBodyOption[]>('/api/session-bodies'), []);
  const [choice, setChoice] = useState('');
  const s = useSubmission();
  const options = (bodies.data ?? []).map((x) => ({ value: `${x.kind}:${x.id}`, label: x.name }));
  return (
    <Section labelledBy="plan-sessions">
      <Heading level={2} id="plan-sessions">
        {b.planTitle}
      </Heading>
      <Paragraph>{b.planIntro}</Paragraph>
      <FormResult submission={s} labelOf={(f) => (f === 'bodyId' ? b.body : f)} />
      <SelectField field="bodyId" label={b.body} value={choice} onChange={setChoice} options={[{ value: '', label: b.chooseBody }, ...options]} required />
      <Button
        busy={s.busy}
        onClick={() => {
          const [kind, id] = choice.split(':');
          void s.send<{ created: number }>('POST', '/api/sessions/plan', { bodyKind: kind ?? '', bodyId: id ?? '' }, (r) => b.planned(r.created)).then(onPlanned);
        }}
      >
        {b.plan}
      </Button>
    </Section>
  );
}

export function AgendaScreen() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const b = t.sessions;
  const [from] = useState(() => new Date(Math.floor(Date.now() / DAY) * DAY).toISOString().slice(0, 10));
  const to = new Date(Date.parse(from) + 92 * DAY).toISOString().slice(0, 10);
  const sessions = useLoad(() => get<SessionSummary[]>(`/api/sessions?from=${from}&to=${to}`), [from, to]);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.agendaTitle}
      </Heading>
      <Paragraph lead>{b.agendaIntro}</Paragraph>
      {me !== null && me !== undefined && PLANNERS.includes(me.role) ? (
        <>
          <PlanForm onPlanned={sessions.reload} />
          <AddSession onAdded={sessions.reload} />
        </>
      ) : null}
      {sessions.error !== null ? <ErrorNotice error={sessions.error} /> : null}
      {sessions.data === undefined ? (
        <Paragraph>{t.app.loading}</Paragraph>
      ) : sessions.data.length === 0 ? (
        <Paragraph>{b.none}</Paragraph>
      ) : (
        <Table
          caption={b.agendaTitle}
          head={[b.when, b.body, b.status, b.items, '']}
          rows={sessions.data.map((x) => [
            x.id,
            [
              formatDateTime(x.scheduledAt, lang),
              x.bodyName,
              <StatusBadge key="s" status={x.status === 'cancelled' ? 'inactive' : x.status === 'held' ? 'success' : 'active'}>
                {label(b.statuses, x.status)}
              </StatusBadge>,
              String(x.items),
              <Link key="o" to={`/sessions/${x.id}`} aria-label={b.openSession(x.bodyName, formatDateTime(x.scheduledAt, lang))}>
                {b.open}
              </Link>,
            ],
          ])}
        />
      )}
    </>
  );
}
