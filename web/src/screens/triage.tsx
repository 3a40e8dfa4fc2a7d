/**
 * Triage (§3.2): the process director asks selected partners (never "everyone" by a shortcut;
 * ticking all needs a justification the API checks), and an asked professional takes up the
 * question from the inbox and answers it with a contribution of its own organisation (P4, P5).
 */
import { useState } from 'react';
import { CategoryField } from './category-field';
import type { TableCategory } from './category-field';
import { ApiError, get, post } from '../api/client';
import { catalogueOf, onlyUnderWpg, underWpg, useDirectory } from '../api/directory';
import type { Directory } from '../api/directory';
import type { CaseView } from '../api/types';
import type { CaseTable } from '../api/table';
import { ErrorNotice, ErrorSummary, useErrorText } from '../components/errors';
import { Checkbox, CheckboxGroup, RadioGroup, TextArea, TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useLoad } from '../use-load';
import { useDraft } from '../drafts';
import { useCollaboration } from '../api/collaboration';
import { useSession } from '../session';
import { preselectedPartners } from '../../../src/domain/process/triage-defaults';
import { CatalogueBasisFields, basisBody, emptyBasis } from './basis-fields';
import type { BasisState } from './basis-fields';
import { CaseSubScreen, missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { WeighingFields, emptyWeighing, useConsentExceptions, useNoConsentGrounds, useWeighingLabels, weighingBody, weighingGaps } from './weighing';
import type { WeighingDraft } from './weighing';

const PURPOSES = ['triage', 'rto', 'plan_execution', 'monitoring'] as const;

export function partnerName(d: Directory | undefined, id: string): string {
  return d?.partners.find((p) => p.id === id)?.name ?? id;
}

export function AskTriageScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const { me } = useSession();
  const triageMode = useCollaboration(me?.collaborationId ?? null)?.config.process?.triageMode;
  const s = useSubmission();
  // Null until the director changes the choice: until then the domain's default ticks stand (002-B03).
  const [chosen, setPartners] = useState<string[] | null>(null);
  const [task, setTask] = useState('');
  const [purpose, setPurpose] = useState('');
  const [whyNeeded, setWhyNeeded] = useState('');
  const [question, setQuestion] = useState('');
  const [justification, setJustification] = useState('');
  const [tableReason, setTableReason] = useState('');
  // The case's table decides who may be asked: its structural partners, its incidental ones with a reason (seed 000 Bijlage 2).
  const table = useLoad(() => get<CaseTable>(`/api/cases/${caseId}/table`), [caseId]);
  const errorText = useErrorText();
  // The domain's refusal to ask every partner without a justification belongs at that field.
  const unjustified = s.error instanceof ApiError && s.error.detail.reason === 'all_partners_asked_without_justification' ? errorText(s.error) : undefined;
  const fields: Record<string, string> = { ...s.fields, ...(unjustified === undefined ? {} : { allPartnersJustification: unjustified }) };
  const labels: Record<string, string> = { tableReason: t.tables.tableReason, partners: t.triage.partners, task: t.triage.task, purpose: t.triage.purpose, whyNeeded: t.triage.whyNeeded, question: t.triage.question, allPartnersJustification: t.triage.justification };
  return (
    <CaseSubScreen caseId={caseId} title={t.triage.askTitle} intro={t.triage.askIntro}>
      {(c) => {
        // The partner on whose behalf the question is asked (the registrant) is not asked its own question.
        const members = (dir.data?.partners ?? []).filter((p) => p.member && p.active && p.id !== c.registrantPartnerId);
        const atTable = new Map((table.data?.partners ?? []).map((p) => [p.partnerId, p.participation]));
        const incidental = new Set([...atTable].filter(([, place]) => place === 'incidental').map(([id]) => id));
        // Structural partners first, then incidental ones; any other member only where the table lets every covenant partner join.
        const candidates = table.data === undefined ? [] : [
          ...members.filter((p) => atTable.get(p.id) === 'structural'),
          ...members.filter((p) => incidental.has(p.id)),
          ...(table.data.anyMemberMayJoin ? members.filter((p) => !atTable.has(p.id)) : []),
        ];
        const preselected = triageMode === 'presence_enrichment' || triageMode === 'selected' ? preselectedPartners(triageMode, candidates.map((p) => ({ id: p.id, participation: atTable.get(p.id) ?? 'none' }))) : [];
        const partners = chosen ?? preselected;
        const needsReason = partners.some((p) => incidental.has(p));
        return (
          <>
            <PresenceAnswers c={c} />
            <form
              className="utrecht-form ct-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                const found = { ...missing({ partners, task, purpose, whyNeeded, question }, t.surface.required, t.surface.chooseOne), ...(needsReason && tableReason.trim() === '' ? { tableReason: t.tables.reasonRequired } : {}) };
                if (s.refuse(found)) return;
                const body = {
                  partners,
                  onBehalfOf: c.registrantPartnerId,
                  task,
                  purpose,
                  whyNeeded,
                  question,
                  ...(justification.trim() === '' ? {} : { allPartnersJustification: justification }),
                  ...(needsReason ? { tableReason } : {}),
                };
                void s.send<{ asked: unknown[] }>('POST', `/api/cases/${caseId}/triage-questions`, body, (r) => t.triage.asked(r.asked.length));
              }}
            >
              {dir.error === null ? null : <ErrorNotice error={dir.error} />}
              {table.error === null ? null : <ErrorNotice error={table.error} />}
              {unjustified === undefined ? (
                <FormResult submission={s} labelOf={(f) => labels[f] ?? f} />
              ) : (
                <ErrorSummary error={s.error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={(f) => labels[f] ?? f} />
              )}
              <CheckboxGroup
                field="partners"
                legend={t.triage.partners}
                description={table.data === undefined ? t.triage.partnersHint : `${t.tables.askPartnersHint} ${t.triage.partnersHint}`}
                options={candidates.map((p) => ({ value: p.id, label: incidental.has(p.id) ? t.tables.incidentalMark(p.name) : p.name }))}
                selected={partners}
                onChange={setPartners}
                error={s.fields.partners}
              />
              {needsReason ? (
                <TextArea field="tableReason" label={t.tables.tableReason} description={t.tables.tableReasonHint} value={tableReason} onChange={setTableReason} error={s.fields.tableReason} rows={3} required />
              ) : null}
              <TextField field="task" label={t.triage.task} value={task} onChange={setTask} error={s.fields.task} required />
              <TextField field="purpose" label={t.triage.purpose} value={purpose} onChange={setPurpose} error={s.fields.purpose} required />
              <TextArea field="whyNeeded" label={t.triage.whyNeeded} value={whyNeeded} onChange={setWhyNeeded} error={s.fields.whyNeeded} rows={3} required />
              <TextArea field="question" label={t.triage.question} value={question} onChange={setQuestion} error={s.fields.question} rows={3} required />
              <TextArea
                field="allPartnersJustification"
                label={t.triage.justification}
                description={t.triage.justificationHint}
                value={justification}
                onChange={setJustification}
                error={fields.allPartnersJustification}
                optional={t.common.optional}
                rows={3}
              />
              <Button type="submit" busy={s.busy} disabled={s.busy}>
                {t.triage.ask}
              </Button>
            </form>
          </>
        );
      }}
    </CaseSubScreen>
  );
}

interface InboxItem {
  readonly questionId: string;
  readonly caseId: string;
  readonly task: string;
  readonly purpose: string;
  readonly askedAt: string;
  readonly onBehalfOfPartnerId: string;
  /** Decided by the domain: `presence` asks "known / not known" only. */
  readonly answer?: 'presence' | 'contribution';
}

/** "Mijn triagevragen" on My work: open questions to my organisation, without content, to take up. */
export function TriageInbox() {
  const { t, lang } = useI18n();
  const inbox = useLoad(() => get<InboxItem[]>('/api/triage-inbox'), []);
  const dir = useDirectory();
  const [error, setError] = useState<unknown>(null);
  const items = inbox.data ?? [];
  if (inbox.error !== null || items.length === 0) return null;
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <Section labelledBy="triage-inbox">
      <Heading level={2} id="triage-inbox">
        {t.triage.inboxTitle}
      </Heading>
      {error === null ? null : <ErrorNotice error={error} />}
      <Table
        caption={t.triage.inboxTitle}
        head={[t.triage.task, t.triage.purpose, t.triage.onBehalfOf, t.triage.askedAt, t.variants.enrichment.asked, t.triage.action]}
        rows={items.map((q) => [
          q.questionId,
          [
            q.task,
            q.purpose,
            partnerName(dir.data, q.onBehalfOfPartnerId),
            date(q.askedAt),
            q.answer === 'presence' ? t.variants.enrichment.askedPresence : t.variants.enrichment.askedContribution,
            <Button
              key="b"
              appearance="secondary"
              aria-label={t.triage.takeUpLabel(q.task)}
              onClick={() => {
                post(`/api/cases/${q.caseId}/triage-questions/${q.questionId}/take-up`).then(
                  () => navigate(`/cases/${q.caseId}/triage/${q.questionId}`),
                  (e: unknown) => setError(e),
                );
              }}
            >
              {t.triage.takeUp}
            </Button>,
          ],
        ])}
      />
    </Section>
  );
}

interface QuestionView {
  readonly questionId: string;
  readonly task: string;
  readonly answered: boolean;
  /** Decided by the domain: `presence` is "known / not known" and nothing more (Venlo's enrichment). */
  readonly answer: 'presence' | 'contribution';
  /** The own organisation's weighing for sharing without consent in this case (P7). */
  readonly weighing?: 'missing' | 'incomplete' | 'complete';
  /** The case's table: the kinds an answer may carry and what the table expects of this organisation. */
  readonly table?: { readonly name: string; readonly categories: readonly TableCategory[]; readonly sharedInformation: string | null } | null;
}

export function AnswerTriageScreen({ caseId, questionId }: { caseId: string; questionId: string }) {
  const { t } = useI18n();
  const view = useLoad(() => get<QuestionView>(`/api/cases/${caseId}/triage-questions/${questionId}`), [caseId, questionId]);
  const presence = view.data?.answer === 'presence';
  return (
    <CaseSubScreen caseId={caseId} title={t.triage.answerTitle} intro={presence ? t.variants.enrichment.intro : t.triage.answerIntro}>
      {(c) => {
        if (view.error !== null) return <ErrorNotice error={view.error} />;
        if (view.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
        return presence ? <PresenceAnswerForm c={c} questionId={questionId} /> : <ContentAnswerForm c={c} questionId={questionId} weighing={view.data.weighing ?? 'complete'} table={view.data.table ?? null} />;
      }}
    </CaseSubScreen>
  );
}

/** The question as the asked organisation reads it (its own copy, shared with it alone). */
function TheQuestion({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const q = c.contributions.find((k) => k.category === 'triage_question' && k.byPartnerId !== dir.data?.me.partnerId);
  if (q === undefined) return null;
  return (
    <Section labelledBy="question-title">
      <Heading level={2} id="question-title">
        {t.triage.theQuestion}
      </Heading>
      <Paragraph>{q.content}</Paragraph>
    </Section>
  );
}

function BackToCase({ c }: { c: CaseView }) {
  const { t } = useI18n();
  return (
    <Alert type="ok">
      <Link to={`/cases/${c.id}`}>{t.caseLinks.back(c.number)}</Link>
    </Alert>
  );
}

/** Venlo's enrichment (seed 002 Bijlage B): "known / not known", on the organisation's own legal basis (P5), nothing more. */
function PresenceAnswerForm({ c, questionId }: { c: CaseView; questionId: string }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const [known, setKnown] = useState('');
  const [basis, setBasis] = useState<BasisState>(emptyBasis);
  const catalogue = catalogueOf(dir.data);
  // Without a choice the API names `content` (content or known); here the choice is the only answer field.
  const { content: missing, ...rest } = s.fields;
  const fields: Record<string, string> = missing === undefined ? rest : { ...rest, known: t.variants.enrichment.choose };
  return (
    <>
      <TheQuestion c={c} />
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = { ...(known === '' ? {} : { known: known === 'known' }), purposes: ['triage', 'rto'], releasedForRto: 'none', basis: basisBody(basis) };
          void s.send('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, body, () => t.variants.enrichment.answered);
        }}
      >
        {s.error === null ? (
          <FormResult submission={s} labelOf={(f) => f} />
        ) : (
          <ErrorSummary error={s.error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={(f) => (f.startsWith('basis') ? t.register.basis : f === 'known' ? t.variants.enrichment.answer : f)} />
        )}
        <RadioGroup
          field="known"
          legend={t.variants.enrichment.answer}
          value={known}
          onChange={setKnown}
          options={[
            { value: 'known', label: t.variants.enrichment.known },
            { value: 'not_known', label: t.variants.enrichment.notKnown },
          ]}
          error={fields.known}
        />
        <CatalogueBasisFields catalogue={catalogue} value={basis} onChange={setBasis} fields={s.fields} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.triage.submitAnswer}
        </Button>
      </form>
      {s.done === null ? null : <BackToCase c={c} />}
    </>
  );
}

/** The process director reads which partners know the person: the "known / not known" answers it may read. */
export function PresenceAnswers({ c }: { c: CaseView }) {
  const { t, lang } = useI18n();
  const dir = useDirectory();
  const answers = c.contributions.filter((k) => k.category === 'presence' && k.known !== undefined && !k.withdrawn);
  // Shown once the directory has answered too: never the partners' ids in place of their names.
  if (answers.length === 0 || dir.data === undefined) return null;
  return (
    <Section labelledBy="presence-answers">
      <Heading level={2} id="presence-answers">
        {t.variants.enrichment.answersTitle}
      </Heading>
      <Paragraph>{t.variants.enrichment.answersIntro}</Paragraph>
      <Table
        caption={t.variants.enrichment.answersTitle}
        head={[t.variants.enrichment.partner, t.variants.enrichment.result, t.variants.enrichment.answeredAt]}
        rows={answers.map((k) => [
          k.id,
          [partnerName(dir.data, k.byPartnerId), k.known === true ? t.variants.enrichment.known : t.variants.enrichment.notKnown, new Date(k.createdAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB')],
        ])}
      />
    </Section>
  );
}

interface AnswerDraft {
  readonly content: string;
  readonly category: string;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly string[];
  readonly release: string;
  readonly releasedTo: readonly string[];
  readonly excluded: readonly string[];
  readonly basis: BasisState;
  /** The weighing for sharing without consent (P7), recorded with the answer when filled in. */
  readonly weighing: WeighingDraft;
}

/**
 * The answer with content. When it is released and the organisation has no complete weighing in
 * this case, the weighing's questions (P7) are part of the form: filled in, the weighing is
 * recorded first and the answer right after, in one submission. Left empty (a consent covers the
 * sharing), the answer goes alone and the API decides. What the user typed is kept as a draft.
 */
function ContentAnswerForm({ c, questionId, weighing, table }: { c: CaseView; questionId: string; weighing: 'missing' | 'incomplete' | 'complete'; table: QuestionView['table'] }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const caseId = c.id;
  const [d, set, clear] = useDraft<AnswerDraft>(`triage-answer:${questionId}`, {
    content: '',
    category: '',
    special: false,
    police: false,
    purposes: ['triage', 'rto'],
    release: 'none',
    releasedTo: [],
    excluded: [],
    basis: emptyBasis,
    weighing: emptyWeighing,
  });
  const [weighed, setWeighed] = useState(false);
  const weighingLabels = useWeighingLabels();
  // A table that shares without consent only on named exceptions asks which one (000-R84).
  const exceptions = useConsentExceptions(c.tableId);
  const grounds = useNoConsentGrounds();
  const catalogue = catalogueOf(dir.data);
  // Only an organisation under the Wpg (the police) provides police data (P9).
  const myRegimes = dir.data?.partners.find((p) => p.id === dir.data?.me.partnerId)?.legalRegimes;
  const isPolice = underWpg(myRegimes);
  const alwaysPolice = onlyUnderWpg(myRegimes);
  const others = (dir.data?.partners ?? []).filter((p) => p.member && p.id !== dir.data?.me.partnerId);
  const labels: Record<string, string> = { category: t.tables.category, content: t.contribute.content, purposes: t.contribute.purposes, releasedForRto: t.contribute.release, excluded: t.triage.excluded, police: t.register.police };
  const needsWeighing = d.release !== 'none' && weighing !== 'complete' && !weighed;
  return (
    <>
      <TheQuestion c={c} />
      {table === null || table === undefined || table.sharedInformation === null ? null : (
        <Section labelledBy="expected-title">
          <Heading level={2} id="expected-title">
            {t.tables.expected}
          </Heading>
          <Paragraph>{table.sharedInformation}</Paragraph>
        </Section>
      )}
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const releasedForRto = d.release === 'some' ? d.releasedTo : d.release;
          const body = { content: d.content, ...(d.category === '' ? {} : { category: d.category }), special: d.special, police: isPolice && d.police, purposes: d.purposes, releasedForRto, excluded: d.excluded, basis: basisBody(d.basis) };
          const w = d.weighing;
          const weighs = needsWeighing && [w.proportionality, w.subsidiarity, w.effectiveness, w.objectionsMotivation, w.informAfterwardsReason].some((v) => v.trim() !== '');
          // A weighing begun is finished before anything is sent: every empty question at once.
          if (weighs && s.refuse(weighingGaps(w, t.surface.required, exceptions, grounds))) return;
          void (async () => {
            if (weighs) {
              const recorded = await s.send('POST', `/api/cases/${caseId}/weighings`, weighingBody(w, c.subjects[0]?.id ?? '', true), () => t.weighing.saved(true));
              if (recorded === null) return;
              setWeighed(true);
            }
            const r = await s.send('POST', `/api/cases/${caseId}/triage-questions/${questionId}/answers`, body, () => t.triage.answered);
            if (r !== null) clear();
          })();
        }}
      >
        <FormResult submission={s} labelOf={(f) => (f.startsWith('basis') ? t.register.basis : (labels[f] ?? weighingLabels[f] ?? f))} />
        <TextArea field="content" label={t.triage.answer} value={d.content} onChange={(content) => set({ content })} error={s.fields.content} required />
        <CategoryField categories={table?.categories ?? []} value={d.category} onChange={(category) => set({ category })} error={s.fields.category} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">{t.register.flags}</legend>
          <Checkbox field="special" label={t.register.special} checked={d.special} onChange={(special) => set({ special })} />
          {isPolice ? <Checkbox field="police" label={t.register.police} description={alwaysPolice ? t.register.policeAlways : undefined} checked={alwaysPolice || d.police} disabled={alwaysPolice} onChange={(police) => set({ police })} /> : null}
        </fieldset>
        <CheckboxGroup field="purposes" legend={t.contribute.purposes} options={PURPOSES.map((p) => ({ value: p, label: label(t.purposes, p) }))} selected={[...d.purposes]} onChange={(purposes) => set({ purposes })} error={s.fields.purposes} />
        <RadioGroup
          field="releasedForRto"
          legend={t.contribute.release}
          value={d.release}
          onChange={(release) => set({ release })}
          options={[
            { value: 'none', label: t.contribute.releaseNone },
            { value: 'all', label: t.contribute.releaseAll },
            { value: 'some', label: t.triage.releaseSome },
          ]}
          error={s.fields.releasedForRto}
        />
        {needsWeighing ? (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" data-needs="weighing">
            <legend className="utrecht-form-fieldset__legend">{t.surface.weighing.legend}</legend>
            <Alert type="warning">
              <p className="utrecht-paragraph">{weighing === 'incomplete' ? t.surface.weighing.inlineIncomplete : t.surface.weighing.inline}</p>
            </Alert>
            <WeighingFields value={d.weighing} onChange={(patch) => set({ weighing: { ...d.weighing, ...patch } })} fields={s.fields} exceptions={exceptions} grounds={grounds} />
          </fieldset>
        ) : null}
        {d.release === 'some' ? (
          <CheckboxGroup field="releasedTo" legend={t.triage.releasedTo} options={others.map((p) => ({ value: p.id, label: p.name }))} selected={[...d.releasedTo]} onChange={(releasedTo) => set({ releasedTo })} />
        ) : null}
        {d.release === 'none' ? null : (
          <CheckboxGroup field="excluded" legend={t.triage.excluded} description={t.triage.excludedHint} options={others.map((p) => ({ value: p.id, label: p.name }))} selected={[...d.excluded]} onChange={(excluded) => set({ excluded })} error={s.fields.excluded} />
        )}
        <CatalogueBasisFields catalogue={catalogue} value={d.basis} onChange={(basis) => set({ basis })} fields={s.fields} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.triage.submitAnswer}
        </Button>
      </form>
      {s.done === null ? null : <BackToCase c={c} />}
    </>
  );
}
