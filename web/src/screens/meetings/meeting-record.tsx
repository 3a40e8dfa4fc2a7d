/**
 * The meeting record (§3.3): date (the planned date unless changed), status, reason, who was
 * present, and the plan of approach: goals per life domain, each with its actions in a table (one
 * row per action: description, owner partner, due date; the action takes its goal's life domain).
 * No owner is chosen for the user. Saved with the meeting's version: a stale save is refused (409)
 * and said so plainly.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useCollaboration } from '../../api/collaboration';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { CheckboxGroup, fieldId, SelectField, TextArea, TextField } from '../../components/form';
import { Alert, Button, ButtonGroup, Heading, Section } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { missing, today, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { MeetingView } from './meeting-data';
import { DOMAINS, formatDate, participantName } from './meeting-data';
import { usePartnerName } from '../names';

interface ActionRow {
  /** Set once saved, so a later save updates the action instead of adding it again. */
  readonly id?: string;
  readonly description: string;
  readonly ownerPartnerId: string;
  /** The responsible worker of the owner partner (seed 000 MDO, Nazorg; 000-R68); none chosen: the partner as a whole. */
  readonly ownerUserId: string;
  readonly dueAt: string;
  readonly subjects: readonly string[];
}
interface GoalRow {
  readonly domain: string;
  readonly goal: string;
  /** The household members it is about (none: the whole household). */
  readonly subjects: readonly string[];
  readonly actions: readonly ActionRow[];
}
interface NoteRow {
  readonly text: string;
  readonly subjects: readonly string[];
}

const emptyAction = (): ActionRow => ({ description: '', ownerPartnerId: '', ownerUserId: '', dueAt: '', subjects: [] });

/** Household cases: which members an item is about (issue 13 item 1); nothing for a one-person case. */
function AboutWhom({ c, field, selected, onChange, error }: { c: CaseView; field: string; selected: readonly string[]; onChange: (s: string[]) => void; error?: string | undefined }) {
  const { t } = useI18n();
  if (c.subjects.length < 2) return null;
  return <CheckboxGroup field={field} legend={t.rto.aboutWhom} description={t.rto.aboutWhomHint} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} selected={selected} onChange={onChange} error={error} />;
}
const filled = (a: ActionRow): boolean => a.description.trim() !== '' || a.ownerPartnerId !== '' || a.dueAt !== '';
const emptyGoal = (): GoalRow => ({ domain: 'housing', goal: '', subjects: [], actions: [emptyAction()] });

/**
 * The plan always ends with an empty action row per goal and an empty goal: once the last row is
 * filled in, the next empty one follows it (in reading and tab order), so adding needs no button.
 * Empty rows are not sent.
 */
export function withEmptyRows(goals: readonly GoalRow[]): GoalRow[] {
  const grown = goals.map((g) => (g.actions.length > 0 && !filled(g.actions[g.actions.length - 1] ?? emptyAction()) ? g : { ...g, actions: [...g.actions, emptyAction()] }));
  const last = grown[grown.length - 1];
  const lastEmpty = last !== undefined && last.goal.trim() === '' && !last.actions.some(filled);
  return lastEmpty ? grown : [...grown, emptyGoal()];
}

export function RecordForm({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t, lang } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const [date, setDate] = useState(m.scheduledAt.slice(0, 10) || today());
  const [status, setStatus] = useState('held');
  const [reason, setReason] = useState('');
  const [stateOfAffairs, setStateOfAffairs] = useState('');
  // Seed 002 Bijlage B §3: the result may be a jointly supported proposal where the collaboration allows it.
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const proposalAllowed = collaboration?.config.process?.proposalAsResult === true;
  // Seed 000 MDO (000-R70): when the case is discussed again, within the table's frequency.
  const frequency = collaboration?.config.tables.find((x) => x.id === c.tableId)?.frequency;
  const [followUpInDays, setFollowUpInDays] = useState('');
  const [proposal, setProposal] = useState('');
  const [supportedBy, setSupportedBy] = useState<string[]>([]);
  const [present, setPresent] = useState<string[]>([]);
  const [informant, setInformant] = useState('');
  // Seed 003 Fase 3 (003-92): what stays available for monitoring, and what for.
  const [keep, setKeep] = useState<'all' | 'chosen'>('all');
  const [keptIds, setKeptIds] = useState<string[]>([]);
  const [monitoringPurpose, setMonitoringPurpose] = useState('');
  const partnerName = usePartnerName();
  const [goals, setGoalRows] = useState<GoalRow[]>([emptyGoal()]);
  const setGoals = (rows: readonly GoalRow[]): void => setGoalRows(withEmptyRows(rows));
  const [notes, setNotes] = useState<NoteRow[]>([]);
  const setNote = (i: number, patch: Partial<NoteRow>): void => setNotes(notes.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  // The invited partners first: they are the ones who take on actions; then the other members.
  const invitedPartners = new Set(m.invitations.map((i) => i.partnerId));
  const partners = (dir.data?.partners ?? []).filter((p) => p.member && p.active).sort((a, b) => Number(invitedPartners.has(b.id)) - Number(invitedPartners.has(a.id)));
  const stale = s.error instanceof ApiError && s.error.status === 409;
  const setGoal = (i: number, patch: Partial<GoalRow>): void => setGoals(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setAction = (gi: number, ai: number, patch: Partial<ActionRow>): void => setGoal(gi, { actions: (goals[gi]?.actions ?? []).map((a, j) => (j === ai ? { ...a, ...patch } : a)) });
  // The filled-in actions in the order they are sent, with where each sits in the form.
  const kept = goals.flatMap((g, gi) => g.actions.flatMap((a, ai) => (filled(a) ? [{ gi, ai, a, domain: g.domain }] : [])));
  const actionField = (gi: number, ai: number, f: string): string => `plan.goals.${gi}.actions.${ai}.${f}`;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.fields)) {
    const a = /^plan\.actions\.(\d+)\.(\w+)$/.exec(k);
    const row = a === null ? undefined : kept[Number(a[1])];
    fields[a !== null && row !== undefined ? actionField(row.gi, row.ai, a[2] ?? '') : k] = v;
  }
  const actionLabel = (gi: number, ai: number): string => t.rto.actionN(`${gi + 1}.${ai + 1}`);
  const labelOf = (f: string): string => {
    const g = /^plan\.goals\.(\d+)\.(\w+)$/.exec(f);
    if (g !== null) return `${t.rto.goalN(Number(g[1]) + 1)}: ${g[2] === 'domain' ? t.rto.domain : g[2] === 'subjects' ? t.rto.aboutWhom : t.rto.planGoal}`;
    const a = /^plan\.goals\.(\d+)\.actions\.(\d+)\.(\w+)$/.exec(f);
    if (a !== null) return `${actionLabel(Number(a[1]), Number(a[2]))}: ${({ description: t.rto.description, ownerPartnerId: t.rto.owner, ownerUserId: t.rto.ownerUser, dueAt: t.rto.dueAt, subjects: t.rto.aboutWhom })[a[3] ?? ''] ?? a[3] ?? ''}`;
    const n = /^notes\.(\d+)\.(\w+)$/.exec(f);
    if (n !== null) return `${t.rto.noteN(Number(n[1]) + 1)}: ${n[2] === 'subjects' ? t.rto.aboutWhom : t.rto.noteText}`;
    return ({ date: t.rto.heldOn, reason: t.rto.reason, stateOfAffairs: t.rto.stateOfAffairs, 'proposal.text': t.rto.proposalText, 'proposal.supportedBy': t.rto.proposalSupportedBy, status: t.rto.status, present: t.rto.present, 'outcomeInformant.userId': t.rto.outcomeInformant, monitoringPurpose: t.rto.monitoringPurpose, monitoringKept: t.rto.monitoringKept, followUpInDays: t.rto.followUpInDays })[f] ?? f;
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
          // No owner is chosen for the user: every action that is filled in names its own (issue 15 item 3).
          const found: Record<string, string> = { ...missing({ reason }, t.surface.required, t.surface.chooseOne) };
          for (const { gi, ai, a } of kept) {
            if (a.description.trim() === '') found[actionField(gi, ai, 'description')] = t.surface.required;
            if (a.ownerPartnerId === '') found[actionField(gi, ai, 'ownerPartnerId')] = t.surface.chooseOwner;
            if (a.dueAt === '') found[actionField(gi, ai, 'dueAt')] = t.surface.required;
          }
          if (followUpInDays.trim() !== '' && !/^\d{1,3}$/.test(followUpInDays.trim())) found.followUpInDays = t.rto.followUpInDaysInvalid;
          if (keep === 'chosen' && keptIds.length > 0 && monitoringPurpose.trim() === '') found.monitoringPurpose = t.surface.required;
          if (s.refuse(found)) return;
          const body = {
            version: m.version,
            date,
            status,
            reason,
            ...(stateOfAffairs.trim() === '' ? {} : { stateOfAffairs }),
            ...(proposal.trim() === '' ? {} : { proposal: { text: proposal, supportedBy } }),
            present,
            ...(informant === '' ? {} : { outcomeInformant: { userId: informant } }),
            ...(keep === 'chosen' ? { monitoringKept: keptIds } : {}),
            ...(monitoringPurpose.trim() === '' ? {} : { monitoringPurpose }),
            ...(followUpInDays.trim() === '' ? {} : { followUpInDays: Number(followUpInDays.trim()) }),
            notes: notes.filter((n) => n.text.trim() !== ''),
            plan: {
              goals: goals.filter((g) => g.goal.trim() !== '').map((g) => ({ domain: g.domain, goal: g.goal, subjects: g.subjects })),
              actions: kept.map(({ a, domain }) => ({ ...(a.id === undefined ? {} : { id: a.id }), description: a.description, ownerPartnerId: a.ownerPartnerId, ...(a.ownerUserId === '' ? {} : { ownerUserId: a.ownerUserId }), dueAt: a.dueAt, domain, subjects: a.subjects })),
            },
          };
          void s.send<{ actionIds: readonly string[] }>('PUT', `/api/cases/${c.id}/meetings/${m.id}/record`, body, () => t.rto.recorded).then((r) => {
            if (r === null) return;
            setGoals(
              goals.map((g, gi) => ({
                ...g,
                actions: g.actions.map((a, ai) => {
                  const id = r.actionIds[kept.findIndex((k) => k.gi === gi && k.ai === ai)];
                  return id === undefined ? a : { ...a, id };
                }),
              })),
            );
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
        <TextArea field="stateOfAffairs" label={t.rto.stateOfAffairs} description={t.rto.stateOfAffairsHint} value={stateOfAffairs} onChange={setStateOfAffairs} error={s.fields.stateOfAffairs} rows={3} optional={t.common.optional} />
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
        {/* Seed 000 Bijlage 2: who tells the subject the outcome when the subject was not there (000-R69). */}
        <SelectField
          field="outcomeInformant.userId"
          label={t.rto.outcomeInformant}
          description={t.rto.outcomeInformantHint}
          value={informant}
          onChange={setInformant}
          error={s.fields['outcomeInformant.userId']}
          options={[{ value: '', label: t.rto.outcomeInformantNone }, ...m.invitations.filter((i) => i.role !== 'subject' && i.role !== 'representative').map((i) => ({ value: i.userId, label: participantName(i, m, c, dir.data) }))]}
        />
        <Heading level={3}>{t.rto.monitoringTitle}</Heading>
        <TextField
          field="followUpInDays"
          inputMode="numeric"
          label={t.rto.followUpInDays}
          description={frequency === undefined ? t.rto.followUpInDaysHint : t.rto.followUpInDaysTable(frequency.description)}
          value={followUpInDays}
          onChange={setFollowUpInDays}
          error={s.fields.followUpInDays}
          optional={t.common.optional}
        />
        <SelectField
          field="monitoringKeep"
          label={t.rto.monitoringKeep}
          value={keep}
          onChange={(v) => setKeep(v === 'chosen' ? 'chosen' : 'all')}
          options={[
            { value: 'all', label: t.rto.monitoringKeepAll },
            { value: 'chosen', label: t.rto.monitoringKeepChosen },
          ]}
        />
        {keep === 'chosen' ? (
          <CheckboxGroup
            field="monitoringKept"
            legend={t.rto.monitoringKept}
            description={t.rto.monitoringKeptHint}
            options={c.contributions.map((k) => ({ value: k.id, label: `${partnerName(k.byPartnerId)}: ${label(t.lifeDomains, k.category)} (${formatDate(k.createdAt, lang)})` }))}
            selected={keptIds}
            onChange={setKeptIds}
            error={s.fields.monitoringKept}
          />
        ) : null}
        <TextArea field="monitoringPurpose" label={t.rto.monitoringPurpose} description={t.rto.monitoringPurposeHint} value={monitoringPurpose} onChange={setMonitoringPurpose} error={s.fields.monitoringPurpose} rows={2} optional={t.common.optional} />
        {proposalAllowed ? (
          <>
            <Heading level={3}>{t.rto.proposalTitle}</Heading>
            <TextArea field="proposal.text" label={t.rto.proposalText} description={t.rto.proposalIntro} value={proposal} onChange={setProposal} error={s.fields['proposal.text']} rows={3} optional={t.common.optional} />
            <CheckboxGroup field="proposal.supportedBy" legend={t.rto.proposalSupportedBy} options={partners.map((p) => ({ value: p.id, label: p.name }))} selected={supportedBy} onChange={setSupportedBy} error={s.fields['proposal.supportedBy']} />
          </>
        ) : null}
        <Heading level={3}>{t.rto.planTitle}</Heading>
        {goals.map((g, gi) => (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`g${gi}`}>
            <legend className="utrecht-form-fieldset__legend">{t.rto.goalN(gi + 1)}</legend>
            <SelectField field={`plan.goals.${gi}.domain`} label={t.rto.domain} value={g.domain} onChange={(domain) => setGoal(gi, { domain })} options={DOMAINS.map((d) => ({ value: d, label: label(t.lifeDomains, d) }))} error={fields[`plan.goals.${gi}.domain`]} />
            <TextArea field={`plan.goals.${gi}.goal`} label={t.rto.planGoal} value={g.goal} onChange={(goal) => setGoal(gi, { goal })} error={fields[`plan.goals.${gi}.goal`]} rows={2} />
            <AboutWhom c={c} field={`plan.goals.${gi}.subjects`} selected={g.subjects} onChange={(subjects) => setGoal(gi, { subjects })} error={fields[`plan.goals.${gi}.subjects`]} />
            <div className="utrecht-table-container utrecht-table-container--overflow-inline">
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption">{t.rto.actionsOfGoal(gi + 1)}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.rto.description}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.rto.owner}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.rto.ownerUser}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.rto.dueAt}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {g.actions.map((a, ai) => (
                    <tr className="utrecht-table__row" key={`a${ai}`}>
                      <td className="utrecht-table__cell">
                        <Cell field={actionField(gi, ai, 'description')} label={`${actionLabel(gi, ai)}: ${t.rto.description}`} error={fields[actionField(gi, ai, 'description')]}>
                          {(id, described) => <input id={id} type="text" className="utrecht-textbox utrecht-textbox--html-input" value={a.description} onChange={(e) => setAction(gi, ai, { description: e.target.value })} aria-describedby={described} />}
                        </Cell>
                      </td>
                      <td className="utrecht-table__cell">
                        <Cell field={actionField(gi, ai, 'ownerPartnerId')} label={`${actionLabel(gi, ai)}: ${t.rto.owner}`} error={fields[actionField(gi, ai, 'ownerPartnerId')]}>
                          {(id, described) => (
                            <select id={id} className="utrecht-select utrecht-select--html-select" value={a.ownerPartnerId} onChange={(e) => setAction(gi, ai, { ownerPartnerId: e.target.value, ownerUserId: '' })} aria-describedby={described}>
                              {[{ id: '', name: t.surface.choosePartner }, ...partners].map((p) => (
                                <option key={p.id} value={p.id}>
                                  {p.name}
                                </option>
                              ))}
                            </select>
                          )}
                        </Cell>
                      </td>
                      <td className="utrecht-table__cell">
                        <Cell field={actionField(gi, ai, 'ownerUserId')} label={`${actionLabel(gi, ai)}: ${t.rto.ownerUser}`} error={fields[actionField(gi, ai, 'ownerUserId')]}>
                          {(id, described) => (
                            <select id={id} className="utrecht-select utrecht-select--html-select" value={a.ownerUserId} onChange={(e) => setAction(gi, ai, { ownerUserId: e.target.value })} aria-describedby={described} disabled={a.ownerPartnerId === ''}>
                              {[{ id: '', displayName: t.rto.ownerUserNone }, ...(dir.data?.people ?? []).filter((p) => p.partnerId === a.ownerPartnerId)].map((p) => (
                                <option key={p.id} value={p.id}>
                                  {p.displayName}
                                </option>
                              ))}
                            </select>
                          )}
                        </Cell>
                      </td>
                      <td className="utrecht-table__cell">
                        <Cell field={actionField(gi, ai, 'dueAt')} label={`${actionLabel(gi, ai)}: ${t.rto.dueAt}`} error={fields[actionField(gi, ai, 'dueAt')]}>
                          {(id, described) => <input id={id} type="date" className="utrecht-textbox utrecht-textbox--html-input" value={a.dueAt} onChange={(e) => setAction(gi, ai, { dueAt: e.target.value })} aria-describedby={described} />}
                        </Cell>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {g.actions.map((a, ai) => (
              <AboutWhom key={`w${ai}`} c={c} field={actionField(gi, ai, 'subjects')} selected={a.subjects} onChange={(subjects) => setAction(gi, ai, { subjects })} error={fields[actionField(gi, ai, 'subjects')]} />
            ))}
          </fieldset>
        ))}
        {c.subjects.length < 2 ? null : (
          <>
            <Heading level={3}>{t.rto.notes}</Heading>
            {notes.map((n, i) => (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`n${i}`}>
                <legend className="utrecht-form-fieldset__legend">{t.rto.noteN(i + 1)}</legend>
                <TextArea field={`notes.${i}.text`} label={t.rto.noteText} value={n.text} onChange={(text) => setNote(i, { text })} error={fields[`notes.${i}.text`]} rows={2} />
                <AboutWhom c={c} field={`notes.${i}.subjects`} selected={n.subjects} onChange={(subjects) => setNote(i, { subjects })} error={fields[`notes.${i}.subjects`]} />
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
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {t.rto.saveRecord}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}

/** One cell of the action table: a label only screen readers need (the column says it), and the cell's error. */
function Cell({ field, label: text, error, children }: { field: string; label: string; error: string | undefined; children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = fieldId(field);
  return (
    <div className={error === undefined ? undefined : 'utrecht-form-field--invalid'}>
      <label className="ct-visually-hidden" htmlFor={id}>
        {text}
      </label>
      {error === undefined ? null : (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children(id, error === undefined ? undefined : `${id}-error`)}
    </div>
  );
}
