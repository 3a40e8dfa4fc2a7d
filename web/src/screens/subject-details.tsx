/**
 * Completing a subject's details (PATCH /api/cases/:id/subjects/:subjectId): birth date, address
 * and BSN. In Nijmegen (seed 004 Bijlage 3) the signal holds only the minimal set until a partner
 * picked the case up; the screen is offered when the domain's `completeSubject` ability allows,
 * which is after pickup there (P12). A BSN is refused at its field when it fails the 11-test or
 * the organisation may not process it (P8).
 */
import { useState } from 'react';
import type { CaseView } from '../api/types';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, DataList, Heading, Paragraph, Section } from '../components/ui';
import { isoDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

export function SubjectDetailsScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const b = t.closing.subject;
  return (
    <CaseSubScreen caseId={caseId} title={b.title} intro={b.intro}>
      {(c, reload) => (c.abilities.completeSubject ? <CompleteSubject c={c} onDone={reload} /> : <Alert type="info">{t.caseView.notVisible}</Alert>)}
    </CaseSubScreen>
  );
}

function CompleteSubject({ c, onDone }: { c: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const b = t.closing.subject;
  const s = useSubmission();
  const [subjectId, setSubjectId] = useState(c.subjects[0]?.id ?? '');
  const [birthDate, setBirthDate] = useState('');
  const [address, setAddress] = useState('');
  const [bsn, setBsn] = useState('');
  const subject = c.subjects.find((x) => x.id === subjectId);
  const labels: Record<string, string> = { subjectId: b.subject, birthDate: b.birthDate, address: b.address, bsn: b.bsn };
  const p = 'subject.';
  const current = subject === undefined ? [] : [
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
        <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (birthDate.trim() === '' && address.trim() === '' && bsn.trim() === '' && s.refuse({ birthDate: b.fillOne })) return;
            const body = {
              ...(birthDate.trim() === '' ? {} : { birthDate: isoDate(birthDate.trim()) }),
              ...(address.trim() === '' ? {} : { address: address.trim() }),
              ...(bsn.trim() === '' ? {} : { bsn: bsn.replace(/\s/g, '') }),
              version: c.version,
            };
            const name = subject?.name ?? '';
            void s.send('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, body, () => b.done(name)).then((r) => {
              if (r === null) return;
              setBirthDate('');
              setAddress('');
              setBsn('');
              onDone();
            });
          }}
        >
          <SelectField field={`${p}subjectId`} label={b.subject} value={subjectId} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
          <Heading level={3}>{b.current}</Heading>
          {current.length === 0 ? <Paragraph>{b.nothing}</Paragraph> : <DataList items={current} />}
          <TextField field={`${p}birthDate`} label={b.birthDate} description={b.birthDateHint} value={birthDate} onChange={setBirthDate} error={s.fields.birthDate} optional={t.common.optional} />
          <TextField field={`${p}address`} label={b.address} value={address} onChange={setAddress} error={s.fields.address} autoComplete="off" optional={t.common.optional} />
          <TextField field={`${p}bsn`} label={b.bsn} description={b.bsnHint} value={bsn} onChange={setBsn} error={s.fields.bsn} inputMode="numeric" autoComplete="off" optional={t.common.optional} />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {b.submit}
          </Button>
        </form>
      </Section>
    </>
  );
}
