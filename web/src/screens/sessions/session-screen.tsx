/**
 * The session screen (issue 18): date, place or link, chair and standing participants; the agenda
 * with the items the user is invited to in full and every other item as "<case number> — niet
 * voor u"; the process director's proposals; the user's own action list.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { get } from '../../api/client';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/form';
import { ErrorNotice } from '../../components/errors';
import { Alert, Button, DataList, Heading, Paragraph, Section, Table, UnorderedList, ListItem } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { formatDate } from '../meetings/meeting-data';
import { DocumentLink } from '../document-link';
import type { ActionListView, OpenItem, OpenTopic, Proposal, SessionView, Topic } from './session-data';
import { formatDateTime } from './session-data';
import { CancelSession, EditSession, TakeOff } from './session-edit';

function ItemContent({ item }: { item: OpenItem }) {
  const { t } = useI18n();
  const b = t.sessions;
  return (
    <>
      <strong>{item.title ?? item.caseNumber}</strong>
      <br />
      {item.goal}
      <br />
      {b.invited}: {item.invitations.map((i) => `${i.partnerName}${i.present === null ? '' : ` (${i.present ? b.present : b.absent})`}`).join(', ') || '—'}
      {item.record !== null && item.record.goals.length > 0 ? (
        <>
          <br />
          {b.decisions}: {item.record.goals.map((g) => g.goal).join('; ')}
        </>
      ) : null}
      <br />
      <Link to={`/cases/${item.caseId}/meetings/${item.meetingId}`}>{b.openItem}</Link>
    </>
  );
}

function Proposals({ sessionId, onAdded }: { sessionId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const proposals = useLoad(() => get<Proposal[]>(`/api/sessions/${sessionId}/proposals`), [sessionId]);
  const s = useSubmission();
  return (
    <Section labelledBy="session-proposals">
      <Heading level={2} id="session-proposals">
        {b.proposals}
      </Heading>
      <Paragraph>{b.proposalsIntro}</Paragraph>
      <FormResult submission={s} labelOf={(f) => f} />
      {proposals.error !== null ? <ErrorNotice error={proposals.error} /> : null}
      {proposals.data !== undefined && proposals.data.length === 0 ? <Paragraph>{b.noProposals}</Paragraph> : null}
      {proposals.data !== undefined && proposals.data.length > 0 ? (
        <Table
          caption={b.proposals}
          head={[b.case, b.reason, '']}
          rows={proposals.data.map((p) => [
            p.caseId,
            [
              p.number,
              label(b.reasons, p.reason),
              <Button
                key="a"
                appearance="secondary"
                aria-label={b.addLabel(p.number)}
                onClick={() => {
                  void s.send('POST', `/api/sessions/${sessionId}/items`, { caseId: p.caseId }, () => b.added(p.number)).then(() => {
                    proposals.reload();
                    onAdded();
                  });
                }}
              >
                {b.addToAgenda}
              </Button>,
            ],
          ])}
        />
      ) : null}
    </Section>
  );
}

function TopicContent({ topic }: { topic: OpenTopic }) {
  const { t, lang } = useI18n();
  const b = t.sessions;
  return (
    <>
      <strong>{topic.title}</strong>
      <br />
      {topic.description}
      <br />
      {b.invited}: {topic.partners.map((p) => p.name).join(', ')}
      {topic.approach === null ? null : (
        <>
          <br />
          {b.approach}: {topic.approach}
        </>
      )}
      {topic.individualsToRoute > 0 && topic.routeToTableId !== null ? (
        <>
          <br />
          {b.routed(topic.individualsToRoute, topic.routeToTableId)}
        </>
      ) : null}
      {topic.actions.length > 0 ? (
        <>
          <br />
          {b.topicActions}: {topic.actions.map((a) => `${a.description} (${a.ownerPartnerName}${a.dueAt === null ? '' : `, ${formatDate(a.dueAt, lang)}`})`).join('; ')}
        </>
      ) : null}
    </>
  );
}

function AddTopic({ sessionId, partners, onAdded }: { sessionId: string; partners: SessionView['topicPartners']; onAdded: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const [kind, setKind] = useState('group');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const s = useSubmission();
  const labels: Record<string, string> = { kind: b.topicKind, title: b.topicTitle, description: b.topicDescription, partnerIds: b.topicPartners };
  return (
    <Section labelledBy="session-add-topic">
      <Heading level={3} id="session-add-topic">
        {b.addTopic}
      </Heading>
      <FormResult submission={s} labelOf={(f) => labels[f] ?? f} />
      <SelectField field="kind" label={b.topicKind} value={kind} onChange={setKind} options={[{ value: 'group', label: label(b.topicKinds, 'group') }, { value: 'theme', label: label(b.topicKinds, 'theme') }]} required />
      <TextField field="title" label={b.topicTitle} value={title} onChange={setTitle} required />
      <TextArea field="description" label={b.topicDescription} value={description} onChange={setDescription} required rows={3} />
      <CheckboxGroup field="partnerIds" legend={b.topicPartners} description={b.topicPartnersHint} options={partners.map((p) => ({ value: p.id, label: p.name }))} selected={partnerIds} onChange={setPartnerIds} />
      <Button
        busy={s.busy}
        onClick={() => {
          void s.send('POST', `/api/sessions/${sessionId}/topics`, { kind, title, description, partnerIds }, () => b.topicAdded(title)).then((r) => {
            if (r === null) return;
            setTitle('');
            setDescription('');
            setPartnerIds([]);
            onAdded();
          });
        }}
      >
        {b.addTopic}
      </Button>
    </Section>
  );
}

function Topics({ v, sessionId, onAdded }: { v: SessionView; sessionId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const row = (x: Topic): readonly [string, readonly ReactNode[]] => [x.topicId, x.visible ? [String(x.position), label(b.topicKinds, x.kind), <TopicContent key="c" topic={x} />] : [String(x.position), label(b.topicKinds, x.kind), x.line]];
  return (
    <Section labelledBy="session-topics">
      <Heading level={2} id="session-topics">
        {b.topics}
      </Heading>
      <Paragraph>{b.topicsIntro}</Paragraph>
      {v.topics.length === 0 ? <Paragraph>{b.noTopics}</Paragraph> : <Table caption={b.topics} head={['#', b.topicKind, b.content]} rows={v.topics.map(row)} />}
      {v.mayPlan && v.status === 'planned' ? <AddTopic sessionId={sessionId} partners={v.topicPartners} onAdded={onAdded} /> : null}
    </Section>
  );
}

function ActionList({ sessionId, mayPlan }: { sessionId: string; mayPlan: boolean }) {
  const { t, lang } = useI18n();
  const b = t.sessions;
  const list = useLoad(() => get<ActionListView>(`/api/sessions/${sessionId}/action-list`), [sessionId]);
  const s = useSubmission();
  if (list.error !== null) return <ErrorNotice error={list.error} />;
  if (list.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const data = list.data;
  const rows = [
    ...data.items.flatMap((i) =>
      i.visible
        ? i.actions.map((a) => [a.id, [i.caseNumber, a.description, a.ownerPartnerName, formatDate(a.dueAt, lang)]] as const)
        : [[i.itemId, [i.caseNumber, i.line, '—', '—']] as const],
    ),
    ...data.topics.flatMap((x): (readonly [string, readonly string[]])[] =>
      x.visible
        ? x.actions.map((a) => [a.id, [`${label(b.topicKinds, x.kind)} ${String(x.position)}`, a.description, a.ownerPartnerName, formatDate(a.dueAt, lang)]] as const)
        : [[x.topicId, [label(b.topicKinds, x.kind), x.line, '—', '—']] as const],
    ),
  ];
  return (
    <Section labelledBy="session-actions">
      <Heading level={2} id="session-actions">
        {b.actionList}
      </Heading>
      <Paragraph>{b.actionListIntro}</Paragraph>
      {rows.length === 0 ? <Paragraph>{b.noActions}</Paragraph> : <Table caption={b.actionList} head={[b.case, b.content, b.owner, b.dueAt]} rows={rows} />}
      <UnorderedList>
        {data.items.flatMap((i) =>
          i.visible
            ? [
                <ListItem key={i.itemId}>
                  <DocumentLink href={`/api/cases/${i.caseId}/documents/action-lists/${i.meetingId}`}>{b.actionListPdf(i.caseNumber)}</DocumentLink>
                </ListItem>,
              ]
            : [],
        )}
      </UnorderedList>
      {data.sentAt !== null ? <Paragraph>{b.sentAt(formatDate(data.sentAt, lang))}</Paragraph> : data.sendBy !== null ? <Paragraph>{b.sendBy(formatDate(data.sendBy, lang))}</Paragraph> : null}
      {mayPlan && data.sendBy !== null ? (
        <>
          <Paragraph>{b.sendListsIntro}</Paragraph>
          <FormResult submission={s} labelOf={(f) => f} />
          <Button
            appearance="primary"
            onClick={() => {
              void s.send<{ recipients: number }>('POST', `/api/sessions/${sessionId}/action-list/sent`, {}, (r) => b.listsSent(r.recipients)).then(() => list.reload());
            }}
          >
            {b.sendLists}
          </Button>
        </>
      ) : null}
    </Section>
  );
}

export function SessionScreen({ sessionId }: { sessionId: string }) {
  const { t, lang } = useI18n();
  const b = t.sessions;
  const session = useLoad(() => get<SessionView>(`/api/sessions/${sessionId}`), [sessionId]);
  const [takingOff, setTakingOff] = useState<{ itemId: string; caseNumber: string } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  if (session.error !== null) return <ErrorNotice error={session.error} />;
  if (session.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const v = session.data;
  const editable = v.mayPlan && v.status === 'planned';
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.sessionTitle(v.bodyName)}
      </Heading>
      <DataList
        items={[
          [b.when, formatDateTime(v.scheduledAt, lang)],
          [b.status, label(b.statuses, v.status)],
          [b.place, v.place ?? '—'],
          [b.link, v.link === null ? '—' : <a key="l" className="utrecht-link" href={v.link}>{v.link}</a>],
          [b.chair, `${v.chair?.name ?? '—'}${v.chairRole === null ? '' : ` (${v.chairRole})`}`],
          ...(v.status === 'cancelled' && v.cancelReason !== null ? [[b.cancelledBecause, v.cancelReason] as const] : []),
        ]}
      />
      <Paragraph>
        <DocumentLink href={`/api/sessions/${sessionId}/agenda.pdf`}>{b.agendaPdf}</DocumentLink>
      </Paragraph>
      <Section labelledBy="session-participants">
        <Heading level={2} id="session-participants">
          {b.participants}
        </Heading>
        <UnorderedList>
          {v.participants.map((p) => (
            <ListItem key={p.userId}>{`${p.name} — ${p.partnerName}`}</ListItem>
          ))}
        </UnorderedList>
      </Section>
      <Section labelledBy="session-agenda">
        <Heading level={2} id="session-agenda">
          {b.agenda}
        </Heading>
        {flash !== null ? <Alert type="ok">{flash}</Alert> : null}
        <Table
          caption={b.agenda}
          head={editable ? ['#', b.case, b.reason, b.content, ''] : ['#', b.case, b.reason, b.content]}
          rows={v.items.map((i) => {
            const cells = i.visible ? [String(i.position), i.caseNumber, label(b.reasons, i.reason), <ItemContent key="c" item={i} />] : [String(i.position), i.caseNumber, '—', b.notForYou];
            const off =
              editable && !(i.visible && i.status === 'held') ? (
                <Button
                  key="off"
                  appearance="secondary"
                  aria-label={b.takeOffLabel(i.caseNumber)}
                  onClick={() => {
                    setFlash(null);
                    setTakingOff({ itemId: i.itemId, caseNumber: i.caseNumber });
                  }}
                >
                  {b.takeOff}
                </Button>
              ) : (
                ''
              );
            return [i.itemId, editable ? [...cells, off] : cells];
          })}
        />
        {editable && takingOff !== null ? (
          <TakeOff
            key={takingOff.itemId}
            sessionId={sessionId}
            item={takingOff}
            onBack={() => setTakingOff(null)}
            onDone={(message) => {
              setTakingOff(null);
              setFlash(message);
              session.reload();
            }}
          />
        ) : null}
      </Section>
      {v.groupLevel || v.topics.length > 0 ? <Topics v={v} sessionId={sessionId} onAdded={session.reload} /> : null}
      {v.mayPlan && v.status === 'planned' ? <Proposals sessionId={sessionId} onAdded={session.reload} /> : null}
      <ActionList sessionId={sessionId} mayPlan={v.mayPlan} />
      {editable ? <EditSession v={v} onChanged={session.reload} /> : null}
      {editable ? <CancelSession v={v} onChanged={session.reload} /> : null}
    </>
  );
}
