/**
 * Completing or correcting a subject's details (PATCH /api/cases/:id/subjects/:subjectId): name,
 * birth date, address and BSN; a correction of a detail that had a value needs a reason, which the
 * API asks for at its field (000-R27, ADR 0206). The corrections are listed below the form for the
 * same people (GET /api/cases/:id/subject-corrections), without the old values. In Nijmegen (seed 004 Bijlage 3) the signal holds only the minimal set until a partner
 * picked the case up; the screen is offered when the domain's `completeSubject` ability allows,
 * which is after pickup there (P12). A BSN is refused at its field when it fails the 11-test or
 * the organisation may not process it (P8).
 */
import { useRef, useState } from 'react';
import { get } from '../api/client';
import type { Answer, CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, DataList, Heading, Paragraph, Section, Table } from '../components/ui';
import { dutchDate, isoDate } from '../dates';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

export function SubjectDetailsScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const b = t.closing.subject;
  return (
    <CaseSubScreen caseId={caseId} title={b.title} intro={t.records.correction.intro}>
      {(c, reload) => (c.abilities.completeSubject ? <CompleteSubject c={c} onDone={reload} /> : <Alert type="info">{t.caseView.notVisible}</Alert>)}
    </CaseSubScreen>
  );
}

type SubjectCorrection = Answer<'/api/cases/{caseId}/subject-corrections', 'get'>[number];

function CompleteSubject({ c, onDone }: { c: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const b = t.closing.subject;
  const r = t.records.correction;
  const s = useSubmission();
  const resultRef = useRef<HTMLDivElement>(null);
  const [subjectId, setSubjectId] = useState(c.subjects[0]?.id ?? '');
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [address, setAddress] = useState('');
  const [bsn, setBsn] = useState('');
  const subject = c.subjects.find((x) => x.id === subjectId);
  const labels: Record<string, string> = { subjectId: b.subject, name: r.name, birthDate: b.birthDate, address: b.address, bsn: b.bsn, reason: r.reason };
  const history = useLoad(() => get<SubjectCorrection[]>(`/api/cases/${c.id}/subject-corrections`), [c.id, c.version]);
  const focusResult = (): void => {
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const p = 'subject.';
  const completed = subject === undefined ? [] : [
    ...(subject.birthDate === null ? [] : [[b.birthDate, subject.birthDate] as const]),
    ...(subject.address === null ? [] : [[b.address, subject.address] as const]),
    ...(subject.bsn === undefined || subject.bsn === null ? [] : [[b.bsn, subject.bsn] as const]),
  ];
  return (
    <>
      {c.pickup?.pickedUpAt === null || c.pickup === undefined ? null : <Paragraph>{b.pickupIntro}</Paragraph>}
      <Section labelledBy="subject-details-title">
        <Heading level={2} id="subject-details-title">
          {b.title}
        </Heading>
        <div ref={resultRef} tabIndex={-1} className="ct-focus-target">
          <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
        </div>
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() === '' && birthDate.trim() === '' && address.trim() === '' && bsn.trim() === '' && s.refuse({ name: r.fillOne })) {
              focusResult();
              return;
            }
            const body = {
              ...(name.trim() === '' ? {} : { name: name.trim() }),
              ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
              ...(birthDate.trim() === '' ? {} : { birthDate: isoDate(birthDate.trim()) }),
              ...(address.trim() === '' ? {} : { address: address.trim() }),
              ...(bsn.trim() === '' ? {} : { bsn: bsn.replace(/\s/g, '') }),
              version: c.version,
            };
            const shownName = name.trim() === '' ? (subject?.name ?? '') : name.trim();
            void s.send('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, body, () => (reason.trim() === '' ? b.done(shownName) : r.corrected(shownName))).then((result) => {
              focusResult();
              if (result === null) return;
              setName('');
              setReason('');
              setBirthDate('');
              setAddress('');
              setBsn('');
              onDone();
            });
          }}
        >
          <SelectField field={`${p}subjectId`} label={b.subject} value={subjectId} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
          <Heading level={3}>{b.current}</Heading>
          {subject === undefined ? null : <DataList items={[[r.name, subject.name], ...completed]} />}
          {completed.length === 0 ? <Paragraph>{b.nothing}</Paragraph> : null}
          <TextField field={`${p}name`} label={r.name} description={r.nameHint} value={name} onChange={setName} error={s.fields.name} autoComplete="off" optional={t.common.optional} />
          <TextField field={`${p}birthDate`} label={b.birthDate} description={b.birthDateHint} value={birthDate} onChange={setBirthDate} error={s.fields.birthDate} optional={t.common.optional} />
          <TextField field={`${p}address`} label={b.address} value={address} onChange={setAddress} error={s.fields.address} autoComplete="off" optional={t.common.optional} />
          <TextField field={`${p}bsn`} label={b.bsn} description={b.bsnHint} value={bsn} onChange={setBsn} error={s.fields.bsn} inputMode="numeric" autoComplete="off" optional={t.common.optional} />
          <TextArea field={`${p}reason`} label={r.reason} description={r.reasonHint} value={reason} onChange={setReason} error={s.fields.reason} rows={3} optional={t.common.optional} />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {b.submit}
          </Button>
        </form>
      </Section>
      <Section labelledBy="subject-corrections-title">
        <Heading level={2} id="subject-corrections-title">
          {r.history}
        </Heading>
        {history.error === null ? null : <ErrorNotice error={history.error} />}
        {history.data === undefined ? null : history.data.length === 0 ? (
          <Paragraph>{r.none}</Paragraph>
        ) : (
          <Table
            caption={r.caption}
            head={[r.when, b.subject, r.fields, r.reason, r.by]}
            rows={history.data.map((k) => [
              k.id,
              [dutchDate(k.correctedAt), c.subjects.find((x) => x.id === k.subjectId)?.name ?? '—', k.fields.map((f) => label(r.fieldNames, f)).join(', '), k.reason, k.correctedBy ?? '—'],
            ])}
          />
        )}
      </Section>
    </>
  );
}
