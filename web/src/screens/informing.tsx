/** Informing the data subject (P10): record that it happened, or a postponement with reason and date. */
import { useState } from 'react';
import { useCollaboration } from '../api/collaboration';
import type { CaseView } from '../api/types';
import { get } from '../api/client';
import { useDirectory } from '../api/directory';
import { Checkbox, SelectField, TextArea, TextField } from '../components/form';
import { Button, Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { dutchDate } from '../dates';
import { useLoad } from '../use-load';
import { label, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { CaseSubScreen, dateTime, today, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { InformationLetters } from './information-letters';
import { PresenceForm } from './presence';

const TOPICS = ['registration', 'triage_outcome', 'rto_outcome', 'third_party', 'deletion'] as const;
const METHODS = ['in_person', 'phone', 'letter', 'email', 'other'] as const;

export function InformingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  // Who informs and when, in the covenant's own words (`informSubject.source`).
  const source = useCollaboration(me?.collaborationId ?? null)?.config.informSubject?.source;
  // A recording does not change the case's version: the list is read again after each one.
  const [recorded, setRecorded] = useState(0);
  const [informed, setInformed] = useState(false);
  return (
    <CaseSubScreen caseId={caseId} title={t.informing.title} intro={t.informing.intro}>
      {(c) => (
        <>
          {source === undefined ? null : <Paragraph>{t.informing.source(source)}</Paragraph>}
          <InformingList c={c} recorded={recorded} />
          <RecordInforming
            c={c}
            onDone={() => {
              setRecorded((n) => n + 1);
              setInformed(true);
            }}
          />
          {informed && c.abilities.screen ? (
            // In screening the next step is the presence lookup (P14): its form follows the informing
            // just recorded, with the case's BSN filled in, so the director does not go to another screen.
            <Section labelledBy="presence-next-title">
              <Heading level={2} id="presence-next-title" focusOnMount>
                {t.presence.title}
              </Heading>
              <Paragraph>{t.presence.intro}</Paragraph>
              <PresenceForm c={c} />
            </Section>
          ) : null}
          <PostponeInforming c={c} onDone={() => setRecorded((n) => n + 1)} />
          {c.abilities.recordInforming ? <InformationLetters c={c} topics={['registration', 'rto_outcome', 'third_party']} /> : null}
        </>
      )}
    </CaseSubScreen>
  );
}

function useSubjectOptions(c: CaseView) {
  return c.subjects.map((s) => ({ value: s.id, label: s.name }));
}

function RecordInforming({ c, onDone }: { c: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const s = useSubmission();
  const subjects = useSubjectOptions(c);
  const [subjectId, setSubjectId] = useState(subjects[0]?.value ?? '');
  const [topic, setTopic] = useState<string>('registration');
  const [date, setDate] = useState(today());
  const [method, setMethod] = useState<string>('letter');
  const [rights, setRights] = useState(false);
  const p = 'inform.';
  const labels: Record<string, string> = { subjectId: t.informing.subject, topic: t.informing.topic, informedAt: t.informing.informedAt, method: t.informing.method, rightsExplained: t.informing.rightsExplained };
  const aboutRto = topic === 'triage_outcome';
  return (
    <Section labelledBy="inform-title">
      <Heading level={2} id="inform-title">
        {t.informing.recordTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('POST', `/api/cases/${c.id}/informing`, { subjectId, topic, informedAt: dateTime(date), method, ...(aboutRto ? { rightsExplained: rights } : {}) }, () => t.informing.recorded).then((r) => {
            if (r !== null) onDone();
          });
        }}
      >
        <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
        <SelectField field={`${p}subjectId`} label={t.informing.subject} value={subjectId} onChange={setSubjectId} options={subjects} error={s.fields.subjectId} />
        <SelectField field={`${p}topic`} label={t.informing.topic} value={topic} onChange={setTopic} options={TOPICS.map((v) => ({ value: v, label: label(t.informing.topics, v) }))} error={s.fields.topic} />
        <TextField field={`${p}informedAt`} label={t.informing.informedAt} description={t.informing.dateHint} value={date} onChange={setDate} error={s.fields.informedAt} />
        <SelectField field={`${p}method`} label={t.informing.method} value={method} onChange={setMethod} options={METHODS.map((v) => ({ value: v, label: label(t.informing.methods, v) }))} error={s.fields.method} />
        {aboutRto ? <Checkbox field={`${p}rightsExplained`} label={t.informing.rightsExplained} description={t.informing.rightsExplainedHint} checked={rights} onChange={setRights} error={s.fields.rightsExplained} /> : null}
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.informing.recordSubmit}
        </Button>
      </form>
    </Section>
  );
}

function PostponeInforming({ c, onDone }: { c: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const s = useSubmission();
  const subjects = useSubjectOptions(c);
  const [subjectId, setSubjectId] = useState(subjects[0]?.value ?? '');
  const [topic, setTopic] = useState<string>('registration');
  const [reason, setReason] = useState('');
  const [planned, setPlanned] = useState('');
  // Where the covenant limits the grounds (seed 004 Bijlage 1 art. 5), the postponement names one.
  const grounds = c.postponementGrounds ?? [];
  const [ground, setGround] = useState<string>(grounds[0] ?? '');
  const p = 'postpone.';
  const labels: Record<string, string> = { subjectId: t.informing.subject, topic: t.informing.topic, ground: t.informing.ground, reason: t.informing.reason, plannedAt: t.informing.plannedAt };
  return (
    <Section labelledBy="postpone-title">
      <Heading level={2} id="postpone-title">
        {t.informing.postponeTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('POST', `/api/cases/${c.id}/informing/postponements`, { subjectId, topic, reason, plannedAt: planned, ...(grounds.length > 0 ? { ground } : {}) }, () => t.informing.postponed).then((r) => {
            if (r !== null) onDone();
          });
        }}
      >
        <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
        <SelectField field={`${p}subjectId`} label={t.informing.subject} value={subjectId} onChange={setSubjectId} options={subjects} error={s.fields.subjectId} />
        <SelectField field={`${p}topic`} label={t.informing.topic} value={topic} onChange={setTopic} options={TOPICS.map((v) => ({ value: v, label: label(t.informing.topics, v) }))} error={s.fields.topic} />
        {grounds.length > 0 ? (
          <SelectField
            field={`${p}ground`}
            label={t.informing.ground}
            description={t.informing.groundHint}
            value={ground}
            onChange={setGround}
            options={grounds.map((g) => ({ value: g, label: t.informing.grounds[g] }))}
            error={s.fields.ground}
          />
        ) : null}
        <TextArea field={`${p}reason`} label={t.informing.reason} value={reason} onChange={setReason} error={s.fields.reason} rows={3} required />
        <TextField field={`${p}plannedAt`} label={t.informing.plannedAt} description={t.informing.dateHint} value={planned} onChange={setPlanned} error={s.fields.plannedAt} required />
        <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
          {t.informing.postponeSubmit}
        </Button>
      </form>
    </Section>
  );
}

interface InformingItem {
  readonly id: string;
  readonly subjectId: string | null;
  readonly topic: string;
  readonly informedAt: string | null;
  readonly method: string | null;
  readonly onBehalfOf: string | null;
  readonly postponement: { readonly reason: string; readonly plannedAt: string } | null;
  readonly told: { readonly goal: string; readonly themes: readonly string[]; readonly participants: readonly { readonly partnerId: string; readonly role: string }[]; readonly rightsExplained: boolean } | null;
}

/** What was recorded (GET /api/cases/:id/informing): per subject, topic, when, how, on whose behalf, and what was told about the RTO. */
function InformingList({ c, recorded }: { c: CaseView; recorded: number }) {
  const { t } = useI18n();
  const list = useLoad(() => get<InformingItem[]>(`/api/cases/${c.id}/informing`), [c.id, c.version, recorded]);
  const directory = useDirectory();
  const partner = (id: string | null) => directory.data?.partners.find((p) => p.id === id)?.name ?? '';
  const subject = (id: string | null) => c.subjects.find((x) => x.id === id)?.name ?? '';
  if (list.data === undefined) return null;
  return (
    <Section labelledBy="informing-list-title">
      <Heading level={2} id="informing-list-title">
        {t.informing.listTitle}
      </Heading>
      {list.data.length === 0 ? (
        <Paragraph>{t.informing.none}</Paragraph>
      ) : (
        <UnorderedList>
          {list.data.map((r) => (
            <ListItem key={r.id}>
              {[subject(r.subjectId), label(t.informing.topics, r.topic)].filter((x) => x !== '').join(' — ')}
              {': '}
              {r.postponement !== null
                ? t.informing.postponedUntil(dutchDate(r.postponement.plannedAt), r.postponement.reason)
                : [dutchDate(r.informedAt), r.method === null ? '' : label(t.informing.methods, r.method), r.onBehalfOf === null ? '' : t.informing.onBehalfOf(partner(r.onBehalfOf))].filter((x) => x !== '').join(', ')}
              {r.told === null ? null : (
                <>
                  {' '}
                  {t.informing.told(r.told.goal, r.told.themes.join(', '), r.told.participants.map((p) => `${partner(p.partnerId)} (${label(t.rto.roles, p.role)})`).join(', '))}
                  {r.told.rightsExplained ? ` ${t.informing.rightsTold}` : null}
                </>
              )}
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </Section>
  );
}
