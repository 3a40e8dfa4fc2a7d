/**
 * One complaint (P18): who complained, what about and to whom it was routed; the responsible
 * partner (or the process director or privacy officer on its behalf) records how it answered.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import { ErrorNotice } from '../../components/errors';
import { TextArea } from '../../components/form';
import { Button, DataList, Heading, Paragraph, Section } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { ComplaintView } from './complaints';
import { useDateTime } from './notice-state';

interface ComplaintDetail extends ComplaintView {
  readonly complainant: string | null;
  readonly concernsPartnerId: string | null;
  readonly caseNumber: string | null;
  readonly abilities: { readonly respond: boolean };
}

export function ComplaintScreen({ complaintId }: { complaintId: string }) {
  const { t } = useI18n();
  const b = t.privacy.complaint;
  const c = t.privacy.complaints;
  const at = useDateTime();
  const detail = useLoad(() => get<ComplaintDetail>(`/api/complaints/${complaintId}`), [complaintId]);
  const directory = useDirectory();
  const submission = useSubmission();
  const [summary, setSummary] = useState('');
  const name = (id: string | null): string => (id === null ? '—' : (directory.data?.partners.find((p) => p.id === id)?.name ?? id));
  const d = detail.data;
  return (
    <>
      <Heading level={1} focusOnMount>
        {d === undefined ? c.title : b.title(at(d.receivedAt))}
      </Heading>
      <Paragraph>
        <Link to="/privacy/complaints">{b.back}</Link>
      </Paragraph>
      {detail.error === null ? null : <ErrorNotice error={detail.error} />}
      {d === undefined ? null : (
        <>
          <Section labelledBy="complaint-facts">
            <Heading level={2} id="complaint-facts">
              {b.facts}
            </Heading>
            <DataList
              items={[
                [c.received, at(d.receivedAt)],
                [c.topic, label(c.topics, d.topic)],
                [c.summary, d.summary],
                [c.complainant, d.complainant ?? '—'],
                [c.caseNumber, d.caseNumber ?? '—'],
                [c.concerns, name(d.concernsPartnerId)],
                [c.routedTo, name(d.routedToPartnerId)],
                [c.status, label(c.statuses, d.status)],
                ...(d.respondedAt === null ? [] : [[b.respondedAt, at(d.respondedAt)] as const, [b.answerSummary, d.responseSummary ?? '—'] as const]),
              ]}
            />
          </Section>
          {d.abilities.respond ? (
            <Section labelledBy="complaint-answer">
              <Heading level={2} id="complaint-answer">
                {b.answer}
              </Heading>
              <FormResult submission={submission} labelOf={() => b.answerSummary} />
              <form
                className="utrecht-form ct-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void submission.send('POST', `/api/complaints/${complaintId}/response`, summary.trim() === '' ? {} : { summary }, () => b.answered).then((r) => {
                    if (r !== null) detail.reload();
                  });
                }}
              >
                <TextArea field="summary" label={b.answerSummary} description={b.answerHint} value={summary} onChange={setSummary} rows={3} optional={t.common.optional} error={submission.fields.summary} />
                <Button type="submit" busy={submission.busy}>
                  {b.answerSubmit}
                </Button>
              </form>
            </Section>
          ) : submission.done === null ? null : (
            <FormResult submission={submission} labelOf={() => b.answerSummary} />
          )}
        </>
      )}
    </>
  );
}
