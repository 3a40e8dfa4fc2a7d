/**
 * One incident (P17; seed 002 Bijlage A art. 14): the privacy office tells every partner, records
 * the DPA notice or why none is needed, shares developments and measures and closes the incident
 * with an evaluation; a told partner's contact acknowledges receipt for its organisation. What
 * the reader may do comes from the API's abilities.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { RadioGroup, TextArea } from '../../components/form';
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { IncidentDetail } from './incident-types';
import { NoticeState, useDateTime } from './notice-state';

export function IncidentScreen({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const b = t.privacy.incident;
  const inc = t.privacy.incidents;
  const at = useDateTime();
  const detail = useLoad(() => get<IncidentDetail>(`/api/incidents/${incidentId}`), [incidentId]);
  const notice = useSubmission();
  const ack = useSubmission();
  const update = useSubmission();
  const close = useSubmission();
  const [motivation, setMotivation] = useState('');
  const [kind, setKind] = useState('development');
  const [body, setBody] = useState('');
  const [evaluation, setEvaluation] = useState('');
  const base = `/api/incidents/${incidentId}`;
  const reload = (r: unknown): void => {
    if (r !== null) detail.reload();
  };
  const d = detail.data;
  return (
    <>
      <Heading level={1} focusOnMount>
        {d === undefined ? inc.title : b.title(at(d.discoveredAt))}
      </Heading>
      <Paragraph>
        <Link to="/privacy/incidents">{b.back}</Link>
      </Paragraph>
      {detail.error === null ? null : <ErrorNotice error={detail.error} />}
      {d === undefined ? null : (
        <>
          <Section labelledBy="incident-facts">
            <Heading level={2} id="incident-facts">
              {b.facts}
            </Heading>
            <DataList
              items={[
                [inc.discoveredAt, at(d.discoveredAt)],
                [b.registeredAt, at(d.registeredAt)],
                [inc.severity, label(inc.severities, d.severity)],
                [inc.summary, d.summary],
                [inc.status, d.closedAt === null ? inc.running : `${inc.closed} (${at(d.closedAt)})`],
              ]}
            />
          </Section>
          <Section labelledBy="incident-notices">
            <Heading level={2} id="incident-notices">
              {b.notices}
            </Heading>
            <FormResult submission={notice} labelOf={() => b.dpaMotivation} />
            <DataList
              items={[
                [inc.partnerNotice, <NoticeState key="p" notice={d.status.partnerNotice} />],
                [inc.dpaNotice, <NoticeState key="d" notice={d.status.dpaNotice} />],
                ...(d.dpaNotRequiredReason === null ? [] : [[b.dpaNotRequired, d.dpaNotRequiredReason] as const]),
              ]}
            />
            {d.abilities.track ? (
              <>
                <ButtonGroup>
                  {d.partnersNotifiedAt === null ? (
                    <Button
                      busy={notice.busy}
                      onClick={() =>
                        void notice
                          .send<IncidentDetail>('POST', `${base}/notices`, { kind: 'partners' }, (r) =>
                            [b.partnersNotified(r.sent?.users ?? 0), (r.sent?.untoldPartners.length ?? 0) > 0 ? b.untold(d.partners.filter((p) => r.sent?.untoldPartners.includes(p.partnerId)).map((p) => p.name).join(', ')) : ''].join(' '),
                          )
                          .then(reload)
                      }
                    >
                      {b.notifyPartners}
                    </Button>
                  ) : null}
                  {d.status.dpaNotice.state === 'done' ? null : (
                    <Button appearance="secondary" busy={notice.busy} onClick={() => void notice.send('POST', `${base}/notices`, { kind: 'dpa' }, () => b.dpaRecorded).then(reload)}>
                      {b.dpaNotified}
                    </Button>
                  )}
                </ButtonGroup>
                {d.status.dpaNotice.state === 'done' ? null : (
                  <form
                    className="utrecht-form ct-form"
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      void notice.send('POST', `${base}/notices`, { kind: 'dpa_not_required', motivation }, () => b.dpaMotivationRecorded).then(reload);
                    }}
                  >
                    <TextArea field="motivation" label={b.dpaMotivation} value={motivation} onChange={setMotivation} rows={3} error={notice.fields.motivation} />
                    <Button type="submit" appearance="secondary" busy={notice.busy}>
                      {b.dpaRecord}
                    </Button>
                  </form>
                )}
              </>
            ) : null}
          </Section>
          <Section labelledBy="incident-acks">
            <Heading level={2} id="incident-acks">
              {b.acknowledgements}
            </Heading>
            <FormResult submission={ack} labelOf={(f) => f} />
            {d.partnersNotifiedAt === null ? (
              <Paragraph>{b.notTold}</Paragraph>
            ) : (
              <Table
                caption={b.ackCaption}
                head={[b.partner, b.acknowledgedAt]}
                rows={d.partners.map((p) => [p.partnerId, [p.name, p.acknowledgedAt === null ? b.notAcknowledged : at(p.acknowledgedAt)]])}
              />
            )}
            {d.abilities.acknowledge ? (
              <ButtonGroup>
                <Button busy={ack.busy} onClick={() => void ack.send('POST', `${base}/acknowledgement`, {}, () => b.acknowledged).then(reload)}>
                  {b.acknowledge}
                </Button>
              </ButtonGroup>
            ) : null}
          </Section>
          <Section labelledBy="incident-updates">
            <Heading level={2} id="incident-updates">
              {b.updates}
            </Heading>
            {d.updates.length === 0 ? (
              <Paragraph>{b.noUpdates}</Paragraph>
            ) : (
              <Table caption={b.updatesCaption} head={[t.privacy.date, b.kind, b.body]} rows={d.updates.map((u) => [u.id, [at(u.recordedAt), label(b.kinds, u.kind), u.body]])} />
            )}
            {d.abilities.track ? (
              <form
                className="utrecht-form ct-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void update.send('POST', `${base}/updates`, { kind, body }, () => b.updateAdded).then((r) => {
                    if (r !== null) setBody('');
                    reload(r);
                  });
                }}
              >
                <FormResult submission={update} labelOf={(f) => (f === 'body' ? b.body : b.kind)} idPrefix="update-" />
                <RadioGroup field="update-kind" legend={b.kind} value={kind} onChange={setKind} options={['development', 'measure'].map((v) => ({ value: v, label: label(b.kinds, v) }))} />
                <TextArea field="update-body" label={b.body} value={body} onChange={setBody} rows={3} required error={update.fields.body} />
                <Button type="submit" busy={update.busy}>
                  {b.addUpdate}
                </Button>
              </form>
            ) : null}
          </Section>
          <Section labelledBy="incident-close">
            <Heading level={2} id="incident-close">
              {b.close}
            </Heading>
            {d.closedAt !== null ? (
              <>
                {close.done === null ? null : <Alert type="ok">{close.done}</Alert>}
                <DataList
                  items={[
                    [b.closedAt, at(d.closedAt)],
                    [b.evaluation, d.evaluation ?? '—'],
                  ]}
                />
              </>
            ) : d.abilities.close ? (
              <form
                className="utrecht-form ct-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void close.send('POST', `${base}/close`, { evaluation }, () => b.closedDone).then(reload);
                }}
              >
                <FormResult submission={close} labelOf={() => b.evaluation} />
                <TextArea field="evaluation" label={b.evaluation} description={b.evaluationHint} value={evaluation} onChange={setEvaluation} rows={4} required error={close.fields.evaluation} />
                <Button type="submit" busy={close.busy}>
                  {b.closeSubmit}
                </Button>
              </form>
            ) : (
              <Paragraph>{inc.running}</Paragraph>
            )}
          </Section>
        </>
      )}
    </>
  );
}
