/**
 * The meeting record (§3.3): date, status, reason, who was present, and the plan of approach with
 * goals per life domain and actions with owner partner and due date. Saved with the meeting's
 * version: a stale save is refused (409) and said so plainly.
 */
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/form';
import { Alert, Button, ButtonGroup, Heading, Section } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { missing, today, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { MeetingView } from './meeting-data';
import { DOMAINS, participantName } from './meeting-data';

interface GoalRow {
  readonly domain: string;
  readonly goal: string;
  /** The household members it is about (none: the whole household). */
  readonly subjects: readonly string[];
}
interface NoteRow {
  readonly text: string;
  readonly subjects: readonly string[];
}
interface ActionRow {
  /** Set once saved, so a later save updates the action instead of adding it again. */
  readonly id?: string;
  readonly description: string;
  readonly ownerPartnerId: string;
  readonly dueAt: string;
  readonly domain: string;
  readonly subjects: readonly string[];
}

/** Household cases: which members an item is about (issue 13 item 1); nothing for a one-person case. */
function AboutWhom({ c, field, selected, onChange, error }: { c: CaseView; field: string; selected: readonly string[]; onChange: (s: string[]) => void; error?: string | undefined }) {
  const { t } = useI18n();
  if (c.subjects.length < 2) return null;
  return <CheckboxGroup field={field} legend={t.rto.aboutWhom} description={t.rto.aboutWhomHint} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} selected={selected} onChange={onChange} error={error} />;
}

export function RecordForm({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const [date, setDate] = useState(today());
  const [status, setStatus] = useState('held');
  const [reason, setReason] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [goals, setGoals] = useState<GoalRow[]>([{ domain: 'housing', goal: '', subjects: [] }]);
  const [actions, setActions] = useState<ActionRow[]>([{ description: '', ownerPartnerId: '', dueAt: '', domain: '', subjects: [] }]);
  const [notes, setNotes] = useState<NoteRow[]>([]);
  const setNote = (i: number, patch: Partial<NoteRow>): void => setNotes(notes.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const partners = (dir.data?.partners ?? []).filter((p) => p.member && p.active);
  const stale = s.error instanceof ApiError && s.error.status === 409;
  const setGoal = (i: number, patch: Partial<GoalRow>): void => setGoals(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setAction = (i: number, patch: Partial<ActionRow>): void => setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const labelOf = (f: string): string => {
    const g = /^plan\.goals\.(\d+)\.(\w+)$/.exec(f);
    if (g !== null) return `${t.rto.goalN(Number(g[1]) + 1)}: ${g[2] === 'domain' ? t.rto.domain : g[2] === 'subjects' ? t.rto.aboutWhom : t.rto.planGoal}`;
    const a = /^plan\.actions\.(\d+)\.(\w+)$/.exec(f);
    if (a !== null) return `${t.rto.actionN(Number(a[1]) + 1)}: ${({ description: t.rto.description, ownerPartnerId: t.rto.owner, dueAt: t.rto.dueAt, subjects: t.rto.aboutWhom })[a[2] ?? ''] ?? a[2] ?? ''}`;
    const n = /^notes\.(\d+)\.(\w+)$/.exec(f);
    if (n !== null) return `${t.rto.noteN(Number(n[1]) + 1)}: ${n[2] === 'subjects' ? t.rto.aboutWhom : t.rto.noteText}`;
    return ({ date: t.rto.heldOn, reason: t.rto.reason, status: t.rto.status, present: t.rto.present })[f] ?? f;
  };
  return (
    <Section labelledBy="record-title">
      <Heading level={2} id="record-title">
        {t.rto.recordTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const kept = actions.filter((a) => a.description.trim() !== '' || a.ownerPartnerId !== '' || a.dueAt !== '');
          // No owner is chosen for the user: every action that is filled in names its own (issue 15 item 3).
          const found: Record<string, string> = { ...missing({ reason }, t.surface.required, t.surface.chooseOne) };
          actions.forEach((a, i) => {
            if (!kept.includes(a)) return;
            if (a.description.trim() === '') found[`plan.actions.${i}.description`] = t.surface.required;
            if (a.ownerPartnerId === '') found[`plan.actions.${i}.ownerPartnerId`] = t.surface.chooseOwner;
            if (a.dueAt === '') found[`plan.actions.${i}.dueAt`] = t.surface.required;
          });
          if (s.refuse(found)) return;
          const body = {
            version: m.version,
            date,
            status,
            reason,
            present,
            notes: notes.filter((n) => n.text.trim() !== ''),
            plan: {
              goals: goals.filter((g) => g.goal.trim() !== ''),
              actions: kept.map((a) => ({ ...(a.id === undefined ? {} : { id: a.id }), description: a.description, ownerPartnerId: a.ownerPartnerId, dueAt: a.dueAt, ...(a.domain === '' ? {} : { domain: a.domain }), subjects: a.subjects })),
            },
          };
          void s.send<{ actionIds: readonly string[] }>('PUT', `/api/cases/${c.id}/meetings/${m.id}/record`, body, () => t.rto.recorded).then((r) => {
            if (r === null) return;
            if (kept.length > 0) setActions(kept.map((a, i) => {
              const id = r.actionIds[i];
              return id === undefined ? a : { ...a, id };
            }));
            onDone();
          });
        }}
      >
        {stale ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">
              <strong>{t.rto.staleTitle}</strong> {t.rto.stale}
            </p>
            <Button appearance="secondary" onClick={onDone}>
              {t.rto.reload}
            </Button>
          </Alert>
        ) : (
          <FormResult submission={s} labelOf={labelOf} />
        )}
        <TextField field="date" type="date" label={t.rto.heldOn} value={date} onChange={setDate} error={s.fields.date} required />
        <SelectField field="status" label={t.rto.status} value={status} onChange={setStatus} options={['held', 'planned', 'cancelled'].map((v) => ({ value: v, label: label(t.rto.statuses, v) }))} />
        <TextArea field="reason" label={t.rto.reason} value={reason} onChange={setReason} error={s.fields.reason} rows={3} required />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">{t.rto.present}</legend>
          {m.invitations.map((i) => (
            <div className="utrecht-form-field utrecht-form-field--checkbox" key={i.userId}>
              <div className="utrecht-form-field__input">
                <input
                  id={`f-present-${i.userId}`}
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={present.includes(i.userId)}
                  onChange={(e) => setPresent(e.target.checked ? [...present, i.userId] : present.filter((p) => p !== i.userId))}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`f-present-${i.userId}`}>
                  {participantName(i, m, c, dir.data)}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
        <Heading level={3}>{t.rto.planTitle}</Heading>
        {goals.map((g, i) => (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`g${i}`}>
            <legend className="utrecht-form-fieldset__legend">{t.rto.goalN(i + 1)}</legend>
            <SelectField field={`plan.goals.${i}.domain`} label={t.rto.domain} value={g.domain} onChange={(domain) => setGoal(i, { domain })} options={DOMAINS.map((d) => ({ value: d, label: label(t.lifeDomains, d) }))} error={s.fields[`plan.goals.${i}.domain`]} />
            <TextArea field={`plan.goals.${i}.goal`} label={t.rto.planGoal} value={g.goal} onChange={(goal) => setGoal(i, { goal })} error={s.fields[`plan.goals.${i}.goal`]} rows={2} />
            <AboutWhom c={c} field={`plan.goals.${i}.subjects`} selected={g.subjects} onChange={(subjects) => setGoal(i, { subjects })} error={s.fields[`plan.goals.${i}.subjects`]} />
          </fieldset>
        ))}
        {actions.map((a, i) => (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`a${i}`}>
            <legend className="utrecht-form-fieldset__legend">{t.rto.actionN(i + 1)}</legend>
            <TextArea field={`plan.actions.${i}.description`} label={t.rto.description} value={a.description} onChange={(description) => setAction(i, { description })} error={s.fields[`plan.actions.${i}.description`]} rows={2} />
            <SelectField
              field={`plan.actions.${i}.ownerPartnerId`}
              label={t.rto.owner}
              value={a.ownerPartnerId}
              onChange={(ownerPartnerId) => setAction(i, { ownerPartnerId })}
              options={[{ value: '', label: t.surface.choosePartner }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
              error={s.fields[`plan.actions.${i}.ownerPartnerId`]}
            />
            <TextField field={`plan.actions.${i}.dueAt`} type="date" label={t.rto.dueAt} value={a.dueAt} onChange={(dueAt) => setAction(i, { dueAt })} error={s.fields[`plan.actions.${i}.dueAt`]} />
            <SelectField
              field={`plan.actions.${i}.domain`}
              label={t.rto.domain}
              value={a.domain}
              onChange={(domain) => setAction(i, { domain })}
              options={[{ value: '', label: t.common.none }, ...DOMAINS.map((d) => ({ value: d, label: label(t.lifeDomains, d) }))]}
            />
            <AboutWhom c={c} field={`plan.actions.${i}.subjects`} selected={a.subjects} onChange={(subjects) => setAction(i, { subjects })} error={s.fields[`plan.actions.${i}.subjects`]} />
          </fieldset>
        ))}
        {c.subjects.length < 2 ? null : (
          <>
            <Heading level={3}>{t.rto.notes}</Heading>
            {notes.map((n, i) => (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`n${i}`}>
                <legend className="utrecht-form-fieldset__legend">{t.rto.noteN(i + 1)}</legend>
                <TextArea field={`notes.${i}.text`} label={t.rto.noteText} value={n.text} onChange={(text) => setNote(i, { text })} error={s.fields[`notes.${i}.text`]} rows={2} />
                <AboutWhom c={c} field={`notes.${i}.subjects`} selected={n.subjects} onChange={(subjects) => setNote(i, { subjects })} error={s.fields[`notes.${i}.subjects`]} />
              </fieldset>
            ))}
          </>
        )}
        <ButtonGroup>
          {c.subjects.length < 2 ? null : (
            <Button appearance="secondary" onClick={() => setNotes([...notes, { text: '', subjects: [] }])}>
              {t.rto.addNote}
            </Button>
          )}
          <Button appearance="secondary" onClick={() => setGoals([...goals, { domain: 'housing', goal: '', subjects: [] }])}>
            {t.rto.addGoal}
          </Button>
          <Button appearance="secondary" onClick={() => setActions([...actions, { description: '', ownerPartnerId: '', dueAt: '', domain: '', subjects: [] }])}>
            {t.rto.addAction}
          </Button>
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {t.rto.saveRecord}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}
