/**
 * Third parties (P11): the third parties of a case with the partners that consented and those
 * still awaited, adding one (process director), and a partner's prior written consent to one.
 * Whether a third party meets every condition and who may consent is decided by the API.
 */
import { useRef, useState } from 'react';
import { get } from '../api/client';
import { useCollaboration } from '../api/collaboration';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, DataList, Heading, Paragraph, Section, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useSession } from '../session';
import { BasisFields, basisBody, emptyBasis } from './basis-fields';
import type { BasisState } from './basis-fields';
import { CaseSubScreen, dateTime, today, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { useDirectoryPartnerName } from './party-names';

interface ThirdPartyView {
  readonly id: string;
  readonly userId: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly basis: { readonly kind: string; readonly law?: string; readonly decision?: string; readonly motivation?: string } | null;
  readonly declarationSignedAt: string | null;
  readonly subjectInformedAt: string | null;
  readonly consentsFrom: readonly string[];
  readonly awaiting: readonly string[];
  readonly meetsP11: boolean;
  readonly mayConsent: boolean;
}

export function ThirdPartiesScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  // The covenant's rule for third parties in its own words (`thirdParties.source`).
  const source = useCollaboration(me?.collaborationId ?? null)?.config.thirdParties?.source;
  return (
    <CaseSubScreen caseId={caseId} title={t.parties.thirdParties.title} intro={t.parties.thirdParties.intro}>
      {(c) => (
        <>
          {source === undefined ? null : <Paragraph>{t.parties.thirdParties.source(source)}</Paragraph>}
          <ThirdParties c={c} />
        </>
      )}
    </CaseSubScreen>
  );
}

function ThirdParties({ c }: { c: CaseView }) {
  const list = useLoad(() => get<ThirdPartyView[]>(`/api/cases/${c.id}/third-parties`), [c.id]);
  return (
    <>
      <ThirdPartyList caseId={c.id} list={list.data} error={list.error} reload={list.reload} />
      {c.abilities.addThirdParty ? <AddThirdParty caseId={c.id} onAdded={list.reload} /> : null}
    </>
  );
}

function ThirdPartyList({ caseId, list, error, reload }: { caseId: string; list: readonly ThirdPartyView[] | undefined; error: unknown; reload: () => void }) {
  const { t, lang } = useI18n();
  const p = t.parties.thirdParties;
  const directory = useDirectory();
  const partnerName = useDirectoryPartnerName(directory.data);
  const date = (iso: string | null): string => (iso === null ? p.notYet : new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB'));
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const consented = (message: string): void => {
    setNotice(message);
    reload();
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const names = (ids: readonly string[]): string => (ids.length === 0 ? p.nobody : ids.map(partnerName).join(', '));
  const basisText = (b: ThirdPartyView['basis']): string => {
    if (b === null) return t.common.none;
    const kind = t.basisKinds[b.kind] ?? b.kind;
    const detail = b.law ?? b.decision ?? b.motivation;
    return detail === undefined ? kind : `${kind}: ${detail}`;
  };
  return (
    <Section labelledBy="third-parties-title">
      <Heading level={2} id="third-parties-title">
        {p.list}
      </Heading>
      <div ref={noticeRef} tabIndex={-1} className="ct-focus-target">
        {notice === null ? null : <Alert type="ok">{notice}</Alert>}
      </div>
      {error === null ? null : <ErrorNotice error={error} />}
      {list === undefined ? (
        error === null ? <Paragraph>{t.app.loading}</Paragraph> : null
      ) : list.length === 0 ? (
        <Paragraph>{p.empty}</Paragraph>
      ) : (
        list.map((x) => (
          <div className="ct-card" key={x.id}>
            <Heading level={3}>{x.displayName}</Heading>
            <DataList
              items={[
                [p.organisation, partnerName(x.partnerId)],
                [p.basis, basisText(x.basis)],
                [p.declaration, date(x.declarationSignedAt)],
                [p.informed, date(x.subjectInformedAt)],
                [p.consented, names(x.consentsFrom)],
                [p.awaiting, names(x.awaiting)],
                [p.conditions, <StatusBadge key="c" status={x.meetsP11 ? 'success' : 'warning'}>{x.meetsP11 ? p.met : p.notMet}</StatusBadge>],
              ]}
            />
            {x.mayConsent ? <ConsentToThirdParty caseId={caseId} third={x} onConsented={consented} /> : null}
          </div>
        ))
      )}
    </Section>
  );
}

function ConsentToThirdParty({ caseId, third, onConsented }: { caseId: string; third: ThirdPartyView; onConsented: (message: string) => void }) {
  const { t } = useI18n();
  const p = t.parties.thirdParties;
  const s = useSubmission();
  const [writtenAt, setWrittenAt] = useState(today());
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const body = { writtenConsentSignedAt: dateTime(writtenAt) };
        void s.send<{ meetsP11: boolean }>('POST', `/api/cases/${caseId}/third-parties/${third.id}/consents`, body, (r) => p.consentedDone(r.meetsP11)).then((r) => {
          if (r !== null) onConsented(p.consentedDone(r.meetsP11));
        });
      }}
    >
      {s.error === null ? null : <FormResult submission={s} labelOf={(f) => (f === 'writtenConsentSignedAt' ? p.writtenAt : f)} />}
      <h4 className="utrecht-heading-4">{p.consentTitle}</h4>
      <Paragraph>{p.consentIntro}</Paragraph>
      <TextField field={`consent-${third.id}-writtenAt`} label={p.writtenAt} value={writtenAt} onChange={setWrittenAt} error={s.fields.writtenConsentSignedAt} required />
      <Button type="submit" busy={s.busy} disabled={s.busy}>
        {p.consent(third.displayName)}
      </Button>
    </form>
  );
}

function AddThirdParty({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const p = t.parties.thirdParties;
  const s = useSubmission();
  const directory = useDirectory();
  const partnerName = useDirectoryPartnerName(directory.data);
  const [userId, setUserId] = useState('');
  const [basis, setBasis] = useState<BasisState>(emptyBasis);
  const [motivation, setMotivation] = useState('');
  const [declaration, setDeclaration] = useState(today());
  const [informed, setInformed] = useState(today());
  // Everyone the directory lists outside the staff; third-party accounts first. The API decides who may be one (P11).
  const people = [...(directory.data?.people ?? [])]
    .filter((u) => u.role === 'third_party' || u.role === 'professional')
    .sort((a, b) => Number(b.role === 'third_party') - Number(a.role === 'third_party'));
  const labels: Record<string, string> = { userId: p.userId, motivation: p.motivation, declarationSignedAt: p.declarationSignedAt, subjectInformedAt: p.subjectInformedAt };
  return (
    <Section labelledBy="third-party-add-title">
      <Heading level={2} id="third-party-add-title">
        {p.addTitle}
      </Heading>
      <Paragraph>{p.addIntro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = {
            userId,
            basis: basisBody(basis),
            motivation,
            declarationSignedAt: dateTime(declaration),
            ...(informed.trim() === '' ? {} : { subjectInformedAt: dateTime(informed) }),
          };
          void s.send<{ meetsP11: boolean }>('POST', `/api/cases/${caseId}/third-parties`, body, (r) => p.added(r.meetsP11)).then((r) => {
            if (r !== null) onAdded();
          });
        }}
      >
        <FormResult submission={s} labelOf={(f) => (f.startsWith('basis') ? t.register.basis : (labels[f] ?? f))} />
        <SelectField
          field="userId"
          label={p.userId}
          description={p.userHint}
          value={userId}
          onChange={setUserId}
          options={[{ value: '', label: p.choose }, ...people.map((u) => ({ value: u.id, label: p.personLabel(u.displayName, partnerName(u.partnerId)) }))]}
          error={s.fields.userId}
          required
        />
        <BasisFields prefix="basis" value={basis} onChange={setBasis} fields={s.fields} />
        <TextArea field="motivation" label={p.motivation} description={p.motivationHint} value={motivation} onChange={setMotivation} error={s.fields.motivation} rows={3} required />
        <TextField field="declarationSignedAt" label={p.declarationSignedAt} description={p.dateHint} value={declaration} onChange={setDeclaration} error={s.fields.declarationSignedAt} required />
        <TextField field="subjectInformedAt" label={p.subjectInformedAt} description={p.dateHint} value={informed} onChange={setInformed} error={s.fields.subjectInformedAt} optional={t.common.optional} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {p.submit}
        </Button>
      </form>
    </Section>
  );
}
