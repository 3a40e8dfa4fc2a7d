/**
 * Presence lookup (P14): yes/no and whom to contact, asked on behalf of the registrant, logged.
 * The BSN the case already holds (as this user may read it) is filled in; after the answer the
 * next steps of the screening are offered here, so the director decides without going back.
 */
import { useState } from 'react';
import type { CaseView } from '../api/types';
import { TextField } from '../components/form';
import { Alert, Button } from '../components/ui';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { StepList } from './process-steps';

interface PresenceAnswer {
  readonly known: boolean;
  readonly contact: { readonly name?: string; readonly displayName?: string; readonly collaboration?: string; readonly phone?: string; readonly email?: string } | null;
}

/** The one BSN of the case's subjects this user may read, if there is exactly one. */
function caseBsn(c: CaseView): string {
  const known = c.subjects.map((x) => x.bsn).filter((b): b is string => typeof b === 'string' && b !== '');
  return known.length === 1 ? (known[0] ?? '') : '';
}

export function PresenceScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.presence.title} intro={t.presence.intro}>
      {(c) => <PresenceForm c={c} />}
    </CaseSubScreen>
  );
}

/** The lookup with its answer and, in screening, the next steps; shown on its own screen and after the informing. */
export function PresenceForm({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [bsn, setBsn] = useState(() => caseBsn(c));
  const [answer, setAnswer] = useState<PresenceAnswer | null>(null);
  return (
    <>
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setAnswer(null);
            void s
              .send<PresenceAnswer>('POST', '/api/presence-lookups', { bsn: bsn.replace(/\s+/g, ''), forCaseId: c.id }, (r) => (r.known ? t.presence.known : t.presence.unknown))
              .then((r) => setAnswer(r));
          }}
        >
          {s.error === null ? null : <FormResult submission={s} labelOf={(f) => (f === 'bsn' ? t.presence.bsn : f)} />}
          <TextField field="bsn" label={t.presence.bsn} value={bsn} onChange={setBsn} inputMode="numeric" autoComplete="off" error={s.fields.bsn} required />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {t.presence.submit}
          </Button>
          {answer === null ? null : (
            <Alert type="info" role="status">
              <p className="utrecht-paragraph" data-testid="presence-answer">
                {answer.known ? t.presence.known : t.presence.unknown}
              </p>
              {answer.contact === null ? null : (
                <p className="utrecht-paragraph">
                  {t.presence.contact}: {[answer.contact.displayName ?? answer.contact.name, answer.contact.collaboration, answer.contact.phone, answer.contact.email].filter(Boolean).join(', ')}
                </p>
              )}
            </Alert>
          )}
        </form>
        {answer !== null && c.abilities.screen ? (
          <StepList
            caseId={c.id}
            partnerIds={[c.registrantPartnerId, c.leadPartnerId, ...c.contributions.map((k) => k.byPartnerId)]}
            nextOnly
            onDone={(message) => {
              setFlash(message);
              navigate(`/cases/${c.id}`);
            }}
          />
        ) : null}
    </>
  );
}
