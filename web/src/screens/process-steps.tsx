/**
 * The process steps possible now (GET /transitions): each one pre-checked by the domain; an
 * allowed step offers its form, a refused one shows its rule in plain language.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { useCollaboration } from '../api/collaboration';
import { useDirectory } from '../api/directory';
import { ConfirmStep } from '../components/confirm';
import { RuleText, withoutRuleCodes } from '../components/errors';
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { PickupForm, PickupStatus } from './pickup';
import { partnerName } from './triage';

/** Steps that cannot be undone: they ask for confirmation and come after the other steps. */
const IRREVERSIBLE: ReadonlySet<string> = new Set(['reject', 'deescalate', 'close_without_meeting', 'hand_over', 'close', 'refer', 'archive', 'delete']);

/**
 * Irreversible steps that are the planned end of a phase (the plan is carried out: de-escalate),
 * offered on the case page as a named step after the others, with their confirmation; the
 * exceptional ones (not accepting, referring, closing without a meeting) stay on the steps screen.
 */
const PLANNED_ENDINGS: ReadonlySet<string> = new Set(['deescalate', 'hand_over']);

interface Step {
  readonly event: string;
  /** The step in the collaboration's own words. */
  readonly label?: string;
  /** The step closes the case: a closing criterion is asked. */
  readonly closes?: boolean;
  readonly allowed: boolean;
  readonly refusal: { readonly rule: string; readonly reason: string; readonly messages: { readonly nl: string; readonly en: string } } | null;
}

/** What the registrant ticked at registration, shown to the director who judges the case (003-5). */
export interface RegisteredCriteria {
  readonly complex: readonly string[];
  readonly table: readonly string[];
}

interface Steps {
  readonly phase: string;
  readonly version: number;
  readonly events: readonly Step[];
}

export function ProcessStepsScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <CaseSubScreen caseId={caseId} title={t.steps.title} intro={t.steps.intro}>
      {(c, reloadCase) => (
        <>
          {picked === null ? null : <Alert type="ok">{picked}</Alert>}
          {c.pickup === undefined ? null : <PickupStatus pickup={c.pickup} />}
          {c.abilities.recordPickup ? (
            <PickupForm
              c={c}
              onDone={(message) => {
                setPicked(message);
                reloadCase();
              }}
            />
          ) : null}
          <StepList caseId={caseId} partnerIds={[c.registrantPartnerId, c.leadPartnerId, ...c.contributions.map((k) => k.byPartnerId)]} registered={c.registeredCriteria} onDone={reloadCase} />
        </>
      )}
    </CaseSubScreen>
  );
}

/**
 * The steps of the case: all of them (refused ones with their rule) on the steps screen; on the
 * case page only the allowed steps that can be undone, as named buttons (`nextOnly`), and with
 * `endings` also the planned end of the phase (after the others, confirmed first).
 */
/** `secondary`: the screen has its own primary action (one primary button per view, WCAG polish); every step button is secondary. */
export function StepList({
  caseId,
  partnerIds,
  onDone,
  registered = null,
  nextOnly = false,
  endings = false,
  secondary = false,
}: {
  caseId: string;
  partnerIds: readonly string[];
  onDone: (message: string) => void;
  registered?: RegisteredCriteria | null;
  nextOnly?: boolean;
  endings?: boolean;
  secondary?: boolean;
}) {
  const { t, lang } = useI18n();
  const steps = useLoad(() => get<Steps>(`/api/cases/${caseId}/transitions`), [caseId]);
  const [done, setDone] = useState<string | null>(null);
  if (steps.data === undefined) return nextOnly ? null : <Paragraph>{t.app.loading}</Paragraph>;
  const { version } = steps.data;
  const events = [...steps.data.events]
    .filter((s) => !nextOnly || (s.allowed && (!IRREVERSIBLE.has(s.event) || (endings && PLANNED_ENDINGS.has(s.event)))))
    .sort((a, b) => Number(IRREVERSIBLE.has(a.event)) - Number(IRREVERSIBLE.has(b.event)));
  if (nextOnly && events.length === 0) return done === null ? null : <Alert type="ok">{done}</Alert>;
  const list = (
    <>
      {done === null ? null : <Alert type="ok">{done}</Alert>}
      {events.length === 0 && !nextOnly ? <Paragraph>{t.steps.none}</Paragraph> : null}
      {events.map((s) => (
        <Section labelledBy={`step-${s.event}`} key={s.event}>
          <Heading level={2} id={`step-${s.event}`}>
            {label(t.steps.events, s.event)}
          </Heading>
          {s.label === undefined ? null : <Paragraph>{s.label}</Paragraph>}
          {s.allowed ? (
            <StepForm
              caseId={caseId}
              event={s.event}
              name={label(t.steps.events, s.event)}
              closes={s.closes === true}
              version={version}
              partnerIds={[...new Set(partnerIds)]}
              registered={registered}
              secondary={secondary}
              onDone={(message) => {
                setDone(message);
                steps.reload();
                onDone(message);
              }}
            />
          ) : (
            <Alert type="warning">
              <p className="utrecht-paragraph">
                <strong>{t.steps.notAllowed}.</strong> {withoutRuleCodes(s.refusal?.messages[lang] ?? '')}
              </p>
              {s.refusal === null ? null : <RuleText rule={s.refusal.rule} />}
            </Alert>
          )}
        </Section>
      ))}
    </>
  );
  if (!nextOnly) return list;
  return (
    <Section labelledBy="next-steps-title">
      <Heading level={2} id="next-steps-title">
        {t.surface.nextSteps}
      </Heading>
      {list}
    </Section>
  );
}

/** What a referral to an outside body hands over, once (ADR 0087). */
interface Handover {
  readonly body: { readonly id: string; readonly name: string };
  readonly subjects: readonly { readonly name: string; readonly birthDate: string | null }[];
  readonly contributions: readonly { readonly id: string; readonly partner: string; readonly category: string; readonly text: string }[];
}

function HandoverView({ handover, onDone }: { handover: Handover; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <Section labelledBy="handover-title">
      <Heading level={3} id="handover-title">
        {t.steps.handoverTitle(handover.body.name)}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t.steps.handoverIntro}</Paragraph>
      </Alert>
      <Paragraph>
        <strong>{t.steps.handoverSubjects}</strong>
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {handover.subjects.map((x, i) => (
          <li className="utrecht-unordered-list__item" key={i}>
            {x.birthDate === null ? x.name : `${x.name} (${x.birthDate})`}
          </li>
        ))}
      </ul>
      <Paragraph>
        <strong>{t.steps.handoverContributions}</strong>
      </Paragraph>
      {handover.contributions.length === 0 ? (
        <Paragraph>{t.steps.handoverNone}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {handover.contributions.map((c) => (
            <li className="utrecht-unordered-list__item" key={c.id}>
              <strong>{c.partner}</strong> ({c.category}): {c.text}
            </li>
          ))}
        </ul>
      )}
      <Button appearance="primary" onClick={onDone}>
        {t.steps.handoverDone}
      </Button>
    </Section>
  );
}

function StepForm({
  caseId,
  event,
  name,
  closes,
  version,
  partnerIds,
  registered,
  onDone,
  secondary,
}: {
  caseId: string;
  event: string;
  name: string;
  closes: boolean;
  version: number;
  partnerIds: readonly string[];
  registered: RegisteredCriteria | null;
  onDone: (message: string) => void;
  secondary: boolean;
}) {
  const { t } = useI18n();
  const [judgement, setJudgement] = useState<Judgement>(NO_JUDGEMENT);
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const submission = useSubmission();
  const dir = useDirectory();
  const [outcome, setOutcome] = useState('accepted');
  const [text, setText] = useState('');
  const [toTable, setToTable] = useState('');
  const [criterion, setCriterion] = useState('');
  const [pickedUpBy, setPickedUpBy] = useState(partnerIds[0] ?? '');
  const parties = collaboration?.config.process?.handoverParties ?? [];
  const [party, setParty] = useState('');
  const [why, setWhy] = useState('help_involved');
  const [confirming, setConfirming] = useState(false);
  const [handover, setHandover] = useState<Handover | null>(null);
  // Referral: the other tables of the collaboration (the dossier goes along, with what contributors
  // approved), then the bodies outside it (nothing identifying stays).
  const caseTable = useLoad(() => (event === 'refer' || event === 'accept' ? get<{ id: string }>(`/api/cases/${caseId}/table`) : Promise.resolve(null)), [caseId, event]);
  // Fase 1: where the table groups its criteria or the covenant asks the consultation, the accept carries the judgement.
  const judgedTable = collaboration?.config.tables.find((tb) => tb.id === caseTable.data?.id);
  const judging = { groups: judgedTable?.criteriaGroups ?? null, criteria: judgedTable?.criteria ?? [], consult: collaboration?.config.process?.acceptInConsultationWithRegistrant === true };
  const tables = [...(collaboration?.config.tables ?? []).filter((tb) => tb.id !== caseTable.data?.id), ...(collaboration?.config.referralBodies ?? [])];
  const criteria = collaboration?.config.process?.closingCriteria ?? [];
  const p = `${event}.`;
  const eventName = name;
  const closing = closes || event === 'deescalate';

  const body = (): Record<string, unknown> => {
    switch (event) {
      case 'accept':
        return { event, outcome, version, ...(judging.groups !== null || judging.consult ? { assessment: assessmentBody(judgement, judging.consult) } : {}) };
      case 'reject':
        return { event, version, ...(text.trim() === '' ? {} : { advice: text }) };
      case 'refer':
        return { event, version, toTable: toTable !== '' ? toTable : (tables[0]?.id ?? '') };
      case 'close_without_meeting':
        return { event, version, pickedUpBy, ...(criterion === '' ? {} : { criterionId: criterion }), ...(text.trim() === '' ? {} : { note: text }) };
      case 'hand_over':
        return { event, version, partyId: party !== '' ? party : (parties[0]?.id ?? ''), reason: why, ...(criterion === '' ? {} : { criterionId: criterion }), ...(text.trim() === '' ? {} : { note: text }) };
      case 'reopen':
        return { event, version, reason: text };
      default:
        return closing ? { event, version, ...(criterion === '' ? {} : { criterionId: criterion }), ...(text.trim() === '' ? {} : { note: text }) } : { event, version };
    }
  };

  const a = t.steps.assessment;
  const labelOf = (f: string): string =>
    ({
      'assessment.criteriaMet': a.criteria,
      'assessment.substance': a.substance,
      'assessment.outsideCriteriaReason': a.outsideCriteriaReason,
      'assessment.consultation.with': a.consultedWith,
      'assessment.consultation.at': a.consultedAt,
      'assessment.consultation.outcome': a.consultationOutcome,
      advice: t.steps.advice, toTable: t.steps.toTable, pickedUpBy: t.steps.pickedUpBy, partyId: t.steps.handoverParty, criterionId: t.steps.criterion, note: t.steps.note, reason: t.steps.reason })[f] ?? f;

  if (handover !== null) return <HandoverView handover={handover} onDone={() => onDone(t.steps.done(eventName))} />;
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (IRREVERSIBLE.has(event) && !confirming) {
          setConfirming(true);
          return;
        }
        void submission.send<{ handover?: Handover }>('POST', `/api/cases/${caseId}/transitions`, body(), () => t.steps.done(eventName)).then((r) => {
          setConfirming(false);
          // Referred outside: the handover is shown once before the case is gone.
          if (r !== null && r.handover !== undefined) setHandover(r.handover);
          else if (r !== null) onDone(t.steps.done(eventName));
        });
      }}
    >
      {submission.error === null ? null : <FormResult submission={submission} labelOf={labelOf} idPrefix={p} />}
      {event === 'accept' ? (
        <RadioGroup field={`${p}outcome`} legend={t.steps.outcome} value={outcome} onChange={setOutcome} options={[{ value: 'accepted', label: t.steps.accepted }, { value: 'more_information', label: t.steps.moreInformation }]} />
      ) : null}
      {event === 'accept' && (judging.groups !== null || judging.consult) ? (
        <AcceptanceFields judging={judging} registered={registered} value={judgement} onChange={setJudgement} fields={submission.fields} idPrefix={p} />
      ) : null}
      {event === 'reject' ? <TextArea field={`${p}advice`} label={t.steps.advice} description={t.steps.adviceHint} value={text} onChange={setText} optional={t.common.optional} error={submission.fields.advice} rows={3} /> : null}
      {event === 'refer' ? <SelectField field={`${p}toTable`} label={t.steps.toTable} value={toTable !== '' ? toTable : (tables[0]?.id ?? '')} onChange={setToTable} options={tables.map((tb) => ({ value: tb.id, label: tb.name }))} error={submission.fields.toTable} /> : null}
      {event === 'close_without_meeting' ? (
        <SelectField field={`${p}pickedUpBy`} label={t.steps.pickedUpBy} value={pickedUpBy} onChange={setPickedUpBy} options={partnerIds.map((id) => ({ value: id, label: partnerName(dir.data, id) }))} error={submission.fields.pickedUpBy} />
      ) : null}
      {event === 'hand_over' ? (
        <>
          <SelectField field={`${p}partyId`} label={t.steps.handoverParty} value={party !== '' ? party : (parties[0]?.id ?? '')} onChange={setParty} options={parties.map((x) => ({ value: x.id, label: x.name }))} error={submission.fields.partyId} />
          <RadioGroup field={`${p}reason`} legend={t.steps.handoverReason} value={why} onChange={setWhy} options={(['help_involved', 'help_question'] as const).map((v) => ({ value: v, label: t.steps.handoverReasons[v] }))} />
        </>
      ) : null}
      {closes && criteria.length > 0 ? (
        <SelectField field={`${p}criterionId`} label={t.steps.criterion} value={criterion} onChange={setCriterion} options={[{ value: '', label: t.common.none }, ...criteria.map((c) => ({ value: c.id, label: c.label }))]} error={submission.fields.criterionId} />
      ) : null}
      {closing ? <TextArea field={`${p}note`} label={t.steps.note} value={text} onChange={setText} optional={t.common.optional} error={submission.fields.note} rows={3} /> : null}
      {event === 'reopen' ? <TextField field={`${p}reason`} label={t.steps.reason} value={text} onChange={setText} error={submission.fields.reason} required /> : null}
      {confirming ? (
        <ConfirmStep action={eventName} consequence={t.surface.consequences[event] ?? ''} busy={submission.busy} onCancel={() => setConfirming(false)} />
      ) : (
        <Button type="submit" appearance={secondary || IRREVERSIBLE.has(event) ? 'secondary' : 'primary'} busy={submission.busy} disabled={submission.busy}>
          {t.steps.submit(eventName)}
        </Button>
      )}
    </form>
  );
}

interface Judgement {
  readonly criteriaMet: readonly string[];
  readonly substance: string;
  readonly outsideCriteriaReason: string;
  readonly with: string;
  readonly at: string;
  readonly outcome: string;
}

const NO_JUDGEMENT: Judgement = { criteriaMet: [], substance: '', outsideCriteriaReason: '', with: '', at: '', outcome: '' };

/** The accept's judgement as the API takes it; the domain decides whether it suffices. */
function assessmentBody(j: Judgement, consult: boolean): Record<string, unknown> {
  const consulted = consult || j.with.trim() !== '' || j.at !== '' || j.outcome.trim() !== '';
  return {
    criteriaMet: j.criteriaMet.map(Number),
    substance: j.substance,
    ...(j.outsideCriteriaReason.trim() === '' ? {} : { outsideCriteriaReason: j.outsideCriteriaReason }),
    ...(consulted ? { consultation: { with: j.with, at: j.at, outcome: j.outcome } } : {}),
  };
}

interface Judging {
  readonly groups: readonly (readonly number[])[] | null;
  readonly criteria: readonly string[];
  readonly consult: boolean;
}

/**
 * Fase 1 (seed 003 B3-F1, art. 9.2a): what the registrant ticked, the director's global judgement
 * on the formal criteria, the substance, the reason a case outside the criteria still belongs, and
 * the consultation with the registrant.
 */
function AcceptanceFields({ judging, registered, value, onChange, fields, idPrefix }: { judging: Judging; registered: RegisteredCriteria | null; value: Judgement; onChange: (j: Judgement) => void; fields: Readonly<Record<string, string>>; idPrefix: string }) {
  const { t } = useI18n();
  const a = t.steps.assessment;
  const set = (patch: Partial<Judgement>): void => onChange({ ...value, ...patch });
  const ticked = registered === null ? [] : [...registered.complex.map((k) => label(t.criteria, k)), ...registered.table];
  const groups = judging.groups?.map((g) => g.map((i) => String(i + 1)).join(a.or)) ?? [];
  return (
    <Section labelledBy={`${idPrefix}assessment-title`}>
      <Heading level={3} id={`${idPrefix}assessment-title`}>
        {a.title}
      </Heading>
      <Paragraph>{a.intro}</Paragraph>
      {judging.groups === null ? null : (
        <>
          <Paragraph>
            <strong>{a.registered}:</strong> {ticked.length === 0 ? a.registeredNone : ticked.join('; ')}
          </Paragraph>
          <CheckboxGroup
            field={`${idPrefix}assessment.criteriaMet`}
            legend={a.criteria}
            description={a.criteriaHint(groups)}
            options={judging.criteria.map((c, i) => ({ value: String(i), label: `${i + 1}. ${c}` }))}
            selected={value.criteriaMet}
            onChange={(criteriaMet) => set({ criteriaMet })}
            error={fields['assessment.criteriaMet']}
          />
          <TextArea field={`${idPrefix}assessment.substance`} label={a.substance} description={a.substanceHint} value={value.substance} onChange={(substance) => set({ substance })} error={fields['assessment.substance']} rows={3} required />
          <TextArea
            field={`${idPrefix}assessment.outsideCriteriaReason`}
            label={a.outsideCriteriaReason}
            description={a.outsideCriteriaHint}
            value={value.outsideCriteriaReason}
            onChange={(outsideCriteriaReason) => set({ outsideCriteriaReason })}
            optional={t.common.optional}
            error={fields['assessment.outsideCriteriaReason']}
            rows={2}
          />
        </>
      )}
      {judging.consult ? (
        <>
          <Paragraph>
            <strong>{a.consultation}</strong>
          </Paragraph>
          <TextField field={`${idPrefix}assessment.consultation.with`} label={a.consultedWith} value={value.with} onChange={(w) => set({ with: w })} error={fields['assessment.consultation.with']} required />
          <TextField field={`${idPrefix}assessment.consultation.at`} label={a.consultedAt} type="date" value={value.at} onChange={(at) => set({ at })} error={fields['assessment.consultation.at']} required />
          <TextArea field={`${idPrefix}assessment.consultation.outcome`} label={a.consultationOutcome} value={value.outcome} onChange={(outcome) => set({ outcome })} error={fields['assessment.consultation.outcome']} rows={2} required />
        </>
      ) : null}
    </Section>
  );
}
