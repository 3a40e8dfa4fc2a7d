/**
 * Preparing an RTO (§3.2): date, goal, themes, the decisions to take, how the subject is
 * involved and the care agreements. The form is shared by the first RTO and a follow-up RTO; the
 * first starts with its themes and decision filled in from the case.
 */
import { useState } from 'react';
import { RadioGroup, TextArea, TextField } from '../../components/form';
import { Button } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';
import { CaseSubScreen, dateTime, today, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { CaseView } from '../../api/types';
import type { Messages } from '../../i18n/nl';
import { DOMAINS, lines } from './meeting-data';

const INVOLVEMENT = ['invited', 'informed_before', 'informed_after'] as const;

export function PrepareMeetingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.prepareTitle} intro={t.rto.prepareIntro}>
      {(c) => <PreparationForm caseId={caseId} submitLabel={t.rto.prepare} defaults={firstMeetingDefaults(c, t)} />}
    </CaseSubScreen>
  );
}

/**
 * What the first RTO starts from, to be changed at will (no legal choice among them): the life
 * domains the contributions so far are about as themes, and the decision every first RTO takes.
 */
function firstMeetingDefaults(c: CaseView, t: Messages): { themes: string; decisions: string } {
  const domains = [...new Set(c.contributions.filter((k) => !k.withdrawn).map((k) => k.category))].filter((d): d is (typeof DOMAINS)[number] => (DOMAINS as readonly string[]).includes(d));
  return { themes: domains.map((d) => label(t.lifeDomains, d)).join('\n'), decisions: t.rto.decideDirector };
}

/** Creates a meeting of the case (POST /api/cases/:caseId/meetings) and opens it. */
export function PreparationForm({ caseId, submitLabel, defaults }: { caseId: string; submitLabel: string; defaults?: { themes: string; decisions: string } }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [date, setDate] = useState(today());
  const [goal, setGoal] = useState('');
  const [themes, setThemes] = useState(defaults?.themes ?? '');
  const [decisions, setDecisions] = useState(defaults?.decisions ?? '');
  const [involvement, setInvolvement] = useState<string>('informed_before');
  const [care, setCare] = useState('');
  const labels: Record<string, string> = { scheduledAt: t.rto.date, 'preparation.goal': t.rto.goal, 'preparation.themes': t.rto.themes, 'preparation.decisionsToTake': t.rto.decisions, 'preparation.careAgreements': t.rto.careAgreements };
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const body = { scheduledAt: dateTime(date), preparation: { goal, themes: lines(themes), decisionsToTake: lines(decisions), subjectInvolvement: involvement, careAgreements: care } };
        void s.send<{ id: string }>('POST', `/api/cases/${caseId}/meetings`, body, () => t.rto.prepared).then((r) => {
          if (r !== null) navigate(`/cases/${caseId}/meetings/${r.id}`);
        });
      }}
    >
      <FormResult submission={s} labelOf={(f) => labels[f] ?? f} />
      <TextField field="scheduledAt" type="date" label={t.rto.date} value={date} onChange={setDate} error={s.fields.scheduledAt} required />
      <TextArea field="preparation.goal" label={t.rto.goal} value={goal} onChange={setGoal} error={s.fields['preparation.goal']} rows={3} required />
      <TextArea field="preparation.themes" label={t.rto.themes} description={t.rto.perLine} value={themes} onChange={setThemes} error={s.fields['preparation.themes']} rows={3} />
      <TextArea field="preparation.decisionsToTake" label={t.rto.decisions} description={t.rto.perLine} value={decisions} onChange={setDecisions} error={s.fields['preparation.decisionsToTake']} rows={3} />
      <RadioGroup field="preparation.subjectInvolvement" legend={t.rto.involvement} value={involvement} onChange={setInvolvement} options={INVOLVEMENT.map((v) => ({ value: v, label: label(t.rto.involvements, v) }))} />
      <TextArea field="preparation.careAgreements" label={t.rto.careAgreements} description={t.rto.careAgreementsHint} value={care} onChange={setCare} error={s.fields['preparation.careAgreements']} rows={3} required />
      <Button type="submit" busy={s.busy} disabled={s.busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
