/**
 * "Bijdrage beheren": the contributing organisation keeps control over its own contribution (P4).
 * It releases it for the RTO, excludes organisations, grants and revokes take-along per
 * participant and plan action, corrects it (optimistic locking: a stale version is refused with
 * 409) and withdraws it after an explicit confirmation. Each form has its own confirmation and
 * error summary; every refusal is the API's, with its rule.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, get } from '../api/client';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph, Section, Table } from '../components/ui';
import { setFlash, takeFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useLoad } from '../use-load';
import { ContributionCard } from './case-page';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import type { Submission } from './case-sub-screen';
import { FormResult } from './form-result';
import { usePartnerName } from './names';

/** GET /api/cases/:caseId/contributions/:contributionId/control */
export interface ContributionControl {
  readonly contributionId: string;
  readonly byPartnerId: string;
  readonly phase: string;
  readonly version: number;
  readonly releasedForRto: 'all' | 'none' | readonly string[];
  readonly excluded: readonly string[];
  readonly grantsOpen: boolean;
  readonly grants: readonly { readonly id: string; readonly toUserId: string; readonly planAction: string; readonly grantedAt: string }[];
  readonly partners: readonly string[];
  readonly participants: readonly { readonly userId: string; readonly partnerId: string; readonly rtoParticipant: boolean; readonly designated: boolean }[];
}

type FormKey = 'release' | 'exclude' | 'grant' | 'correct' | 'withdraw';

export function ContributionControlScreen({ caseId, contributionId }: { caseId: string; contributionId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.control.title} intro={t.control.intro}>
      {(c) => <ControlBody c={c} contributionId={contributionId} />}
    </CaseSubScreen>
  );
}

function ControlBody({ c, contributionId }: { c: CaseView; contributionId: string }) {
  const { t } = useI18n();
  const [flash] = useState(takeFlash);
  const base = `/api/cases/${encodeURIComponent(c.id)}/contributions/${encodeURIComponent(contributionId)}`;
  const control = useLoad(() => get<ContributionControl>(`${base}/control`), [base]);
  const submissions: Record<FormKey, Submission> = {
    release: useSubmission(),
    exclude: useSubmission(),
    grant: useSubmission(),
    correct: useSubmission(),
    withdraw: useSubmission(),
  };
  /** Only one form speaks at a time: sending one clears what the others said. */
  const only = (key: FormKey): Submission => {
    const s = submissions[key];
    return {
      ...s,
      send: (method, path, body, success) => {
        for (const [k, other] of Object.entries(submissions)) if (k !== key) other.reset();
        return s.send(method, path, body, success);
      },
    };
  };
  const names = useNames();
  const contribution = c.contributions.find((k) => k.id === contributionId);
  const k = control.data;
  return (
    <>
      {flash === null ? null : <Alert type="ok">{flash}</Alert>}
      <Section labelledBy="control-contribution">
        <Heading level={2} id="control-contribution">
          {t.control.contribution}
        </Heading>
        {contribution === undefined ? <Paragraph>{t.control.notReadable}</Paragraph> : <ContributionCard contribution={contribution} takeAlong={c.abilities.takeAlong.includes(contribution.id)} />}
      </Section>
      {control.error !== null ? <ErrorNotice error={control.error} /> : null}
      {k === undefined ? (control.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null) : (
        <>
          <StateSection control={k} names={names} />
          <ReleaseSection key={`release-${k.version}`} control={k} names={names} base={base} s={only('release')} reload={control.reload} />
          <ExcludeSection key={`exclude-${k.version}`} control={k} names={names} base={base} s={only('exclude')} reload={control.reload} />
          <GrantSection control={k} names={names} base={base} s={only('grant')} reload={control.reload} />
          <CorrectSection control={k} names={names} caseId={c.id} base={base} content={contribution?.content ?? ''} s={only('correct')} reload={control.reload} />
          <WithdrawSection control={k} names={names} caseId={c.id} base={base} s={only('withdraw')} />
        </>
      )}
    </>
  );
}

/** Names of organisations and people from the directory (GET /api/directory), else the collaboration's configuration. */
interface Names {
  readonly partner: (id: string) => string;
  readonly person: (id: string) => string;
}

function useNames(): Names {
  const configured = usePartnerName();
  const directory = useDirectory();
  const partner = (id: string): string => directory.data?.partners.find((p) => p.id === id)?.name ?? configured(id);
  const person = (id: string): string => directory.data?.people.find((p) => p.id === id)?.displayName ?? id;
  return { partner, person };
}

function StateSection({ control, names }: { control: ContributionControl; names: Names }) {
  const { t } = useI18n();
  const { partner } = names;
  const list = (ids: readonly string[]): string => ids.map(partner).join(', ');
  const released = control.releasedForRto === 'all' ? t.control.releasedAll : control.releasedForRto === 'none' ? t.control.releasedNone : t.control.releasedTo(list(control.releasedForRto));
  return (
    <Section labelledBy="control-state">
      <Heading level={2} id="control-state">
        {t.control.state}
      </Heading>
      <DataList
        items={[
          [t.control.releaseState, <span key="r" data-testid="release-state">{released}</span>],
          [t.control.excludedState, <span key="e" data-testid="excluded-state">{control.excluded.length === 0 ? t.control.excludedNone : t.control.excludedList(list(control.excluded))}</span>],
        ]}
      />
    </Section>
  );
}

interface FormProps {
  readonly control: ContributionControl;
  readonly names: Names;
  readonly base: string;
  readonly s: Submission;
  readonly reload: () => void;
}

const labelOf =
  (fields: Record<string, string>) =>
  (field: string): string =>
    fields[field] ?? field;

/** Releasing is the main task of this screen: its button is the one primary button; the other forms' buttons are secondary. */
function ReleaseSection({ control, names, base, s, reload }: FormProps) {
  const { t } = useI18n();
  const { partner } = names;
  const r = control.releasedForRto;
  const [mode, setMode] = useState<string>(r === 'all' || r === 'none' ? r : 'selected');
  const [selected, setSelected] = useState<string[]>(r === 'all' || r === 'none' ? [] : [...r]);
  const [scope, setScope] = useState('content');
  const options = control.partners.map((id) => ({ value: id, label: partner(id) }));
  return (
    <Section labelledBy="release-title">
      <Heading level={2} id="release-title">
        {t.control.release.title}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const releasedForRto = mode === 'selected' ? selected : mode;
          void s.send<{ withoutConsent: boolean }>('PATCH', `${base}/release`, { releasedForRto, excluded: control.excluded, disclosureScope: scope, version: control.version }, (res) => t.control.release.saved(res.withoutConsent)).then((res) => {
            if (res !== null) reload();
          });
        }}
      >
        <FormResult submission={s} labelOf={labelOf(t.control.fields)} idPrefix="release-" />
        <RadioGroup
          field="release-releasedForRto"
          legend={t.control.release.legend}
          description={t.control.release.description}
          value={mode}
          onChange={setMode}
          error={s.fields.releasedForRto}
          options={[
            { value: 'none', label: t.control.release.none },
            { value: 'all', label: t.control.release.all },
            { value: 'selected', label: t.control.release.selected },
          ]}
        />
        {mode !== 'selected' ? null : options.length === 0 ? (
          <Paragraph>{t.control.noPartners}</Paragraph>
        ) : (
          <CheckboxGroup field="release-partners" legend={t.control.release.partners} options={options} selected={selected} onChange={setSelected} />
        )}
        {mode === 'none' ? null : (
          <RadioGroup
            field="release-disclosureScope"
            legend={t.control.release.scope}
            description={t.control.release.scopeDescription}
            value={scope}
            onChange={setScope}
            error={s.fields.disclosureScope}
            options={[
              { value: 'content', label: t.control.release.scopeContent },
              { value: 'involvement_only', label: t.control.release.scopeInvolvement },
            ]}
          />
        )}
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.control.release.submit}
        </Button>
      </form>
    </Section>
  );
}

function ExcludeSection({ control, names, base, s, reload }: FormProps) {
  const { t } = useI18n();
  const { partner } = names;
  const [excluded, setExcluded] = useState<string[]>([...control.excluded]);
  const options = control.partners.map((id) => ({ value: id, label: partner(id) }));
  return (
    <Section labelledBy="exclude-title">
      <Heading level={2} id="exclude-title">
        {t.control.exclude.title}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('PATCH', `${base}/release`, { releasedForRto: control.releasedForRto, excluded, version: control.version }, () => t.control.exclude.saved).then((res) => {
            if (res !== null) reload();
          });
        }}
      >
        <FormResult submission={s} labelOf={labelOf(t.control.fields)} idPrefix="exclude-" />
        {options.length === 0 ? (
          <Paragraph>{t.control.noPartners}</Paragraph>
        ) : (
          <CheckboxGroup field="exclude-excluded" legend={t.control.exclude.legend} description={t.control.exclude.description} options={options} selected={excluded} onChange={setExcluded} error={s.fields.excluded} />
        )}
        <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
          {t.control.exclude.submit}
        </Button>
      </form>
    </Section>
  );
}

function GrantSection({ control, names, base, s, reload }: FormProps) {
  const { t, lang } = useI18n();
  const { partner, person } = names;
  const [toUserId, setToUserId] = useState('');
  const [planAction, setPlanAction] = useState('');
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const who = (userId: string): string => {
    const p = control.participants.find((x) => x.userId === userId);
    return p === undefined ? person(userId) : `${person(userId)} (${partner(p.partnerId)})`;
  };
  const candidates = control.participants.filter((p) => p.partnerId !== control.byPartnerId);
  const revoke = async (grantId: string, userId: string): Promise<void> => {
    s.reset();
    setRevoked(null);
    try {
      await api('DELETE', `${base}/grants/${encodeURIComponent(grantId)}`);
      setRevokeError(null);
      setRevoked(t.control.grants.revoked(who(userId)));
      reload();
    } catch (e) {
      setRevokeError(e);
    }
  };
  return (
    <Section labelledBy="grants-title">
      <Heading level={2} id="grants-title">
        {t.control.grants.title}
      </Heading>
      <Paragraph>{t.control.grants.description}</Paragraph>
      {revokeError === null ? null : <ErrorNotice error={revokeError} />}
      {revoked === null ? null : <Alert type="ok">{revoked}</Alert>}
      {control.grants.length === 0 ? (
        <Paragraph>{t.control.grants.none}</Paragraph>
      ) : (
        <Table
          caption={t.control.grants.current}
          head={[t.control.grants.person, t.control.grants.planAction, t.control.grants.grantedAt, t.control.grants.actions]}
          rows={control.grants.map((g) => [
            g.id,
            [
              who(g.toUserId),
              g.planAction,
              new Date(g.grantedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
              <Button key="revoke" appearance="secondary" aria-label={t.control.grants.revokeLabel(who(g.toUserId))} onClick={() => void revoke(g.id, g.toUserId)}>
                {t.control.grants.revoke}
              </Button>,
            ],
          ])}
        />
      )}
      {!control.grantsOpen ? (
        <Paragraph>{t.control.grants.closed}</Paragraph>
      ) : (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setRevoked(null);
            setRevokeError(null);
            void s.send('POST', `${base}/grants`, { toUserId, planAction }, () => t.control.grants.saved(who(toUserId))).then((res) => {
              if (res === null) return;
              setToUserId('');
              setPlanAction('');
              reload();
            });
          }}
        >
          <FormResult submission={s} labelOf={labelOf(t.control.fields)} idPrefix="grant-" />
          <SelectField
            field="grant-toUserId"
            label={t.control.grants.toUserId}
            value={toUserId}
            onChange={setToUserId}
            error={s.fields.toUserId}
            required
            options={[{ value: '', label: t.control.grants.choose }, ...candidates.map((p) => ({ value: p.userId, label: who(p.userId) }))]}
          />
          <TextField field="grant-planAction" label={t.control.grants.planAction} value={planAction} onChange={setPlanAction} error={s.fields.planAction} required />
          <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
            {t.control.grants.submit}
          </Button>
        </form>
      )}
    </Section>
  );
}

function CorrectSection({ control, caseId, base, content: current, s, reload }: FormProps & { caseId: string; content: string }) {
  const { t } = useI18n();
  const [content, setContent] = useState(current);
  const [reason, setReason] = useState('');
  const stale = s.error instanceof ApiError && s.error.status === 409;
  return (
    <Section labelledBy="correct-title">
      <Heading level={2} id="correct-title">
        {t.control.correct.title}
      </Heading>
      <Paragraph>{t.control.correct.description}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send<{ id: string }>('POST', `${base}/corrections`, { version: control.version, content, reason }, () => t.control.correct.saved).then((res) => {
            if (res === null) return;
            setFlash(t.control.correct.saved);
            navigate(`/cases/${caseId}/contributions/${res.id}`);
          });
        }}
      >
        <FormResult submission={s} labelOf={labelOf(t.control.fields)} idPrefix="correct-" />
        {stale ? (
          <Alert type="warning">
            <p className="utrecht-paragraph">{t.control.correct.stale}</p>
            <Button appearance="secondary" onClick={() => {
              s.reset();
              reload();
            }}>
              {t.control.correct.reload}
            </Button>
          </Alert>
        ) : null}
        <TextArea field="correct-content" label={t.control.correct.content} value={content} onChange={setContent} error={s.fields.content} rows={4} required />
        <TextArea field="correct-reason" label={t.control.correct.reason} value={reason} onChange={setReason} error={s.fields.reason} rows={2} required />
        <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
          {t.control.correct.submit}
        </Button>
      </form>
    </Section>
  );
}

function WithdrawSection({ control, caseId, base, s }: Omit<FormProps, 'reload'> & { caseId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <Section labelledBy="withdraw-title">
      <Heading level={2} id="withdraw-title">
        {t.control.withdraw.title}
      </Heading>
      <Paragraph>{t.control.withdraw.description}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirming) {
            s.reset();
            setConfirming(true);
            return;
          }
          void s.send('POST', `${base}/withdraw`, { version: control.version, reason }, () => t.control.withdraw.done).then((res) => {
            setConfirming(false);
            if (res === null) return;
            setFlash(t.control.withdraw.done);
            navigate(`/cases/${caseId}`);
          });
        }}
      >
        <FormResult submission={s} labelOf={labelOf(t.control.fields)} idPrefix="withdraw-" />
        <TextArea field="withdraw-reason" label={t.control.withdraw.reason} value={reason} onChange={setReason} error={s.fields.reason} rows={2} required />
        {confirming ? (
          <div className="ct-confirm" role="group" aria-labelledby="withdraw-confirm-title">
            <ConfirmHeading>{t.control.withdraw.confirmTitle}</ConfirmHeading>
            <Paragraph>{t.control.withdraw.confirmText}</Paragraph>
            <ButtonGroup>
              <Button type="submit" busy={s.busy} disabled={s.busy}>
                {t.control.withdraw.confirm}
              </Button>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {t.control.withdraw.cancel}
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <Button type="submit" appearance="secondary">
            {t.control.withdraw.submit}
          </Button>
        )}
      </form>
    </Section>
  );
}

/** The confirmation's heading takes focus so a keyboard or screen-reader user lands on the question. */
function ConfirmHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 className="utrecht-heading-3" id="withdraw-confirm-title" tabIndex={-1} ref={ref}>
      {children}
    </h3>
  );
}
