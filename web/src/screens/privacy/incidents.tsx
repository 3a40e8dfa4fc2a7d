/**
 * The incidents screen (P17): anyone who may report one finds the form here; the privacy office
 * sees every incident with its notice deadlines, a told partner's contact the incidents told to
 * its organisation. The API decides who sees what; a refusal shows its rule.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { SelectField, TextArea, TextField } from '../../components/form';
import { Button, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { dateTime, today, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { IncidentSummary } from './incident-types';
import { NoticeState, useDateTime } from './notice-state';

const OFFICE = ['privacy_officer', 'manager'];

export function IncidentsScreen() {
  const { t } = useI18n();
  const { me } = useSession();
  const b = t.privacy.incidents;
  const at = useDateTime();
  const list = useLoad(() => get<IncidentSummary[]>('/api/incidents'), []);
  const [discovered, setDiscovered] = useState(today());
  const [summary, setSummary] = useState('');
  const [severity, setSeverity] = useState('unknown');
  const submission = useSubmission();
  const office = OFFICE.includes(me?.role ?? '');
  const labelOf = (field: string): string => (field === 'discoveredAt' ? b.discoveredAt : field === 'summary' ? b.summary : field === 'severity' ? b.severity : field);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{office ? b.intro : `${b.intro} ${b.partnerIntro}`}</Paragraph>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {list.error !== null ? null : (
        <Section labelledBy="incident-register">
          <Heading level={2} id="incident-register">
            {b.register}
          </Heading>
          <FormResult submission={submission} labelOf={labelOf} />
          <form
            className="utrecht-form ct-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submission
                .send<IncidentSummary>('POST', '/api/incidents', { discoveredAt: dateTime(discovered), summary, severity }, () => b.registered)
                .then((created) => {
                  if (created !== null) {
                    setSummary('');
                    list.reload();
                    if (office) navigate(`/privacy/incidents/${created.id}`);
                  }
                });
            }}
          >
            <TextField field="discoveredAt" type="date" label={b.discoveredAt} value={discovered} onChange={setDiscovered} required error={submission.fields.discoveredAt} />
            <TextArea field="summary" label={b.summary} description={b.summaryHint} value={summary} onChange={setSummary} required error={submission.fields.summary} />
            <SelectField field="severity" label={b.severity} value={severity} onChange={setSeverity} options={['unknown', 'low', 'high'].map((v) => ({ value: v, label: label(b.severities, v) }))} />
            <Button type="submit" busy={submission.busy}>
              {b.submit}
            </Button>
          </form>
        </Section>
      )}
      {list.data === undefined ? null : (
        <Section labelledBy="incident-list">
          <Heading level={2} id="incident-list">
            {b.list}
          </Heading>
          {list.data.length === 0 ? (
            <Paragraph>{b.none}</Paragraph>
          ) : (
            <Table
              caption={b.caption}
              head={[b.discoveredAt, b.summary, b.severity, b.partnerNotice, b.dpaNotice, b.status]}
              rows={list.data.map((i) => [
                i.id,
                [
                  <Link key="open" to={`/privacy/incidents/${i.id}`} aria-label={b.open(at(i.discoveredAt))}>
                    {at(i.discoveredAt)}
                  </Link>,
                  i.summary,
                  label(b.severities, i.severity),
                  <NoticeState key="p" notice={i.status.partnerNotice} />,
                  <NoticeState key="d" notice={i.status.dpaNotice} />,
                  i.closedAt === null ? <StatusBadge status="active">{b.running}</StatusBadge> : <StatusBadge status="inactive">{b.closed}</StatusBadge>,
                ],
              ])}
            />
          )}
        </Section>
      )}
    </>
  );
}
