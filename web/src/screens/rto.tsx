/**
 * The Ronde Tafel Overleg (§3.3–§3.4): preparing the meeting, inviting participants with a role,
 * the meeting record with the plan of approach per life domain and its actions, the action
 * list, and the case director. What is offered follows the case's abilities from the API.
 */
import { useState } from 'react';
import { ApiError, get } from '../api/client';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, ButtonGroup, DataList, Heading, ListItem, Paragraph, Section, Table, UnorderedList } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useLoad } from '../use-load';
import { CaseSubScreen, dateTime, today, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { partnerName } from './triage';

const INVOLVEMENT = ['invited', 'informed_before', 'informed_after'] as const;
const ROLES = ['informant', 'expert', 'intended_executor'] as const;
const DOMAINS = ['housing', 'work_education', 'income_debts', 'social_relations', 'addiction', 'mental_functioning', 'physical_functioning', 'thinking_behaviour_skills', 'police_justice'] as const;

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export function PrepareMeetingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [date, setDate] = useState(today());
  const [goal, setGoal] = useState('');
  const [themes, setThemes] = useState('');
  const [decisions, setDecisions] = useState('');
  const [involvement, setInvolvement] = useState<string>('informed_before');
  const [care, setCare] = useState('');
  const labels: Record<string, string> = { scheduledAt: t.rto.date, 'preparation.goal': t.rto.goal, 'preparation.themes': t.rto.themes, 'preparation.decisionsToTake': t.rto.decisions, 'preparation.careAgreements': t.rto.careAgreements };
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.prepareTitle} intro={t.rto.prepareIntro}>
      {() => (
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
            {t.rto.prepare}
          </Button>
        </form>
      )}
    </CaseSubScreen>
  );
}

interface MeetingView {
  readonly id: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly version: number;
  readonly preparation: { readonly goal: string; readonly themes: readonly string[]; readonly decisionsToTake: readonly string[]; readonly subjectInvolvement: string; readonly careAgreements: string } | null;
  readonly invitations: readonly { readonly userId: string; readonly partnerId: string; readonly role: string }[];
}

export function MeetingScreen({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useI18n();
  const meeting = useLoad(() => get<MeetingView>(`/api/cases/${caseId}/meetings/${meetingId}`), [caseId, meetingId]);
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.meetingTitle} intro={t.rto.meetingIntro}>
      {(c, reloadCase) => (
        <>
          {meeting.error === null ? null : <ErrorNotice error={meeting.error} />}
          {meeting.data === undefined ? null : (
            <MeetingBody
              c={c}
              m={meeting.data}
              reload={() => {
                meeting.reload();
                reloadCase();
              }}
            />
          )}
        </>
      )}
    </CaseSubScreen>
  );
}

function MeetingBody({ c, m, reload }: { c: CaseView; m: MeetingView; reload: () => void }) {
  const { t, lang } = useI18n();
  const dir = useDirectory();
  const person = (id: string): string => dir.data?.people.find((p) => p.id === id)?.displayName ?? id;
  const base = `/cases/${c.id}/meetings/${m.id}`;
  return (
    <>
      <Section labelledBy="prep-title">
        <Heading level={2} id="prep-title">
          {t.rto.preparation}
        </Heading>
        <DataList
          items={[
            [t.rto.date, new Date(m.scheduledAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB')],
            [t.rto.status, label(t.rto.statuses, m.status)],
            [t.rto.goal, m.preparation?.goal ?? '—'],
            [t.rto.themes, m.preparation?.themes.join(', ') ?? '—'],
            [t.rto.decisions, m.preparation?.decisionsToTake.join(', ') ?? '—'],
            [t.rto.careAgreements, m.preparation?.careAgreements ?? '—'],
          ]}
        />
      </Section>
      <Section labelledBy="inv-title">
        <Heading level={2} id="inv-title">
          {t.rto.invitations}
        </Heading>
        {m.invitations.length === 0 ? (
          <Paragraph>{t.rto.noInvitations}</Paragraph>
        ) : (
          <UnorderedList>
            {m.invitations.map((i) => (
              <ListItem key={i.userId}>
                {person(i.userId)} ({partnerName(dir.data, i.partnerId)}): {label(t.rto.roles, i.role)}
              </ListItem>
            ))}
          </UnorderedList>
        )}
        {c.abilities.inviteParticipants ? <InviteForm caseId={c.id} meetingId={m.id} onDone={reload} /> : null}
      </Section>
      <Section labelledBy="next-title">
        <Heading level={2} id="next-title">
          {t.rto.next}
        </Heading>
        <UnorderedList>
          <ListItem>
            <Link to={`/cases/${c.id}/steps`}>{t.caseLinks.steps}</Link>
          </ListItem>
          <ListItem>
            <Link to={`${base}/actions`}>{t.rto.actionListTitle}</Link>
          </ListItem>
        </UnorderedList>
      </Section>
      {c.abilities.recordMeeting ? <RecordForm c={c} m={m} onDone={reload} /> : null}
      {c.abilities.appointCaseDirector ? <CaseDirectorForm caseId={c.id} meetingId={m.id} invited={m.invitations.map((i) => i.userId)} /> : null}
    </>
  );
}

function InviteForm({ caseId, meetingId, onDone }: { caseId: string; meetingId: string; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const people = (dir.data?.people ?? []).filter((p) => p.role === 'professional');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<string>('informant');
  const chosen = userId !== '' ? userId : (people[0]?.id ?? '');
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void s.send('POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, { userId: chosen, role }, () => t.rto.invited).then((r) => {
          if (r !== null) onDone();
        });
      }}
    >
      <FormResult submission={s} labelOf={(f) => ({ userId: t.rto.person, role: t.rto.role })[f] ?? f} idPrefix="invite." />
      <SelectField field="invite.userId" label={t.rto.person} value={chosen} onChange={setUserId} options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${partnerName(dir.data, p.partnerId)})` }))} error={s.fields.userId} />
      <SelectField field="invite.role" label={t.rto.role} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: label(t.rto.roles, r) }))} error={s.fields.role} />
      <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
        {t.rto.invite}
      </Button>
    </form>
  );
}

interface GoalRow {
  readonly domain: string;
  readonly goal: string;
}
interface ActionRow {
  /** Set once saved, so a later save updates the action instead of adding it again. */
  readonly id?: string;
  readonly description: string;
  readonly ownerPartnerId: string;
  readonly dueAt: string;
  readonly domain: string;
}

function RecordForm({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const [date, setDate] = useState(today());
  const [status, setStatus] = useState('held');
  const [reason, setReason] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [goals, setGoals] = useState<GoalRow[]>([{ domain: 'housing', goal: '' }]);
  const [actions, setActions] = useState<ActionRow[]>([{ description: '', ownerPartnerId: '', dueAt: '', domain: '' }]);
  const partners = (dir.data?.partners ?? []).filter((p) => p.member && p.active);
  const person = (id: string): string => dir.data?.people.find((p) => p.id === id)?.displayName ?? id;
  const stale = s.error instanceof ApiError && s.error.status === 409;
  const setGoal = (i: number, patch: Partial<GoalRow>): void => setGoals(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setAction = (i: number, patch: Partial<ActionRow>): void => setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const labelOf = (f: string): string => {
    const g = /^plan\.goals\.(\d+)\.(\w+)$/.exec(f);
    if (g !== null) return `${t.rto.goalN(Number(g[1]) + 1)}: ${g[2] === 'domain' ? t.rto.domain : t.rto.planGoal}`;
    const a = /^plan\.actions\.(\d+)\.(\w+)$/.exec(f);
    if (a !== null) return `${t.rto.actionN(Number(a[1]) + 1)}: ${({ description: t.rto.description, ownerPartnerId: t.rto.owner, dueAt: t.rto.dueAt })[a[2] ?? ''] ?? a[2] ?? ''}`;
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
          const body = {
            version: m.version,
            date,
            status,
            reason,
            present,
            plan: {
              goals: goals.filter((g) => g.goal.trim() !== ''),
              actions: kept.map((a) => ({ ...(a.id === undefined ? {} : { id: a.id }), description: a.description, ownerPartnerId: a.ownerPartnerId !== '' ? a.ownerPartnerId : (partners[0]?.id ?? ''), dueAt: a.dueAt, ...(a.domain === '' ? {} : { domain: a.domain }) })),
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
                  {person(i.userId)}
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
          </fieldset>
        ))}
        {actions.map((a, i) => (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" key={`a${i}`}>
            <legend className="utrecht-form-fieldset__legend">{t.rto.actionN(i + 1)}</legend>
            <TextArea field={`plan.actions.${i}.description`} label={t.rto.description} value={a.description} onChange={(description) => setAction(i, { description })} error={s.fields[`plan.actions.${i}.description`]} rows={2} />
            <SelectField
              field={`plan.actions.${i}.ownerPartnerId`}
              label={t.rto.owner}
              value={a.ownerPartnerId !== '' ? a.ownerPartnerId : (partners[0]?.id ?? '')}
              onChange={(ownerPartnerId) => setAction(i, { ownerPartnerId })}
              options={partners.map((p) => ({ value: p.id, label: p.name }))}
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
          </fieldset>
        ))}
        <ButtonGroup>
          <Button appearance="secondary" onClick={() => setGoals([...goals, { domain: 'housing', goal: '' }])}>
            {t.rto.addGoal}
          </Button>
          <Button appearance="secondary" onClick={() => setActions([...actions, { description: '', ownerPartnerId: '', dueAt: '', domain: '' }])}>
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

function CaseDirectorForm({ caseId, meetingId, invited }: { caseId: string; meetingId: string; invited: readonly string[] }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const people = (dir.data?.people ?? []).filter((p) => invited.includes(p.id));
  const [userId, setUserId] = useState('');
  const chosen = userId !== '' ? userId : (people[0]?.id ?? '');
  return (
    <Section labelledBy="director-title">
      <Heading level={2} id="director-title">
        {t.rto.directorTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('POST', `/api/cases/${caseId}/case-director`, { userId: chosen, meetingId }, () => t.rto.appointed);
        }}
      >
        <FormResult submission={s} labelOf={() => t.rto.director} idPrefix="director." />
        <SelectField field="director.userId" label={t.rto.director} value={chosen} onChange={setUserId} options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${partnerName(dir.data, p.partnerId)})` }))} error={s.fields.userId} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.rto.appoint}
        </Button>
      </form>
    </Section>
  );
}

interface ActionList {
  readonly heldAt: string | null;
  readonly sendBy: string | null;
  readonly sentAt: string | null;
  readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerId: string; readonly ownerPartnerName?: string; readonly lifeDomain: string | null; readonly dueAt: string | null; readonly status: string; readonly version: number }[];
}

export function ActionListScreen({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.actionListTitle} intro={t.rto.actionListIntro}>
      {(c) => <ActionListBody c={c} meetingId={meetingId} />}
    </CaseSubScreen>
  );
}

function ActionListBody({ c, meetingId }: { c: CaseView; meetingId: string }) {
  const { t, lang } = useI18n();
  const list = useLoad(() => get<ActionList>(`/api/cases/${c.id}/meetings/${meetingId}/action-list`), [c.id, meetingId]);
  const s = useSubmission();
  const date = (iso: string | null): string => (iso === null ? '—' : new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB'));
  if (list.error !== null) return <ErrorNotice error={list.error} />;
  if (list.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const l = list.data;
  return (
    <>
      <FormResult submission={s} labelOf={(f) => f} />
      <DataList
        items={[
          [t.rto.sendBy, date(l.sendBy)],
          [t.rto.sentAt, date(l.sentAt)],
        ]}
      />
      <Table
        caption={t.rto.actionListTitle}
        head={[t.rto.description, t.rto.owner, t.rto.domain, t.rto.dueAt, t.rto.status, t.rto.action]}
        rows={l.actions.map((a) => [
          a.id,
          [
            a.description,
            a.ownerPartnerName ?? a.ownerPartnerId,
            a.lifeDomain === null ? '—' : label(t.lifeDomains, a.lifeDomain),
            date(a.dueAt),
            label(t.rto.actionStatuses, a.status),
            c.abilities.updatePlan && a.status === 'open' ? (
              <Button
                key="d"
                appearance="secondary"
                aria-label={t.rto.markDoneLabel(a.description)}
                onClick={() => {
                  void s.send('PATCH', `/api/cases/${c.id}/plan/actions/${a.id}`, { version: a.version, status: 'done' }, () => t.rto.markedDone).then(() => list.reload());
                }}
              >
                {t.rto.markDone}
              </Button>
            ) : (
              '—'
            ),
          ],
        ])}
      />
      {c.abilities.recordMeeting && l.sentAt === null ? (
        <Button
          appearance="secondary"
          onClick={() => {
            void s.send('POST', `/api/cases/${c.id}/meetings/${meetingId}/action-list/sent`, {}, () => t.rto.sentDone).then(() => list.reload());
          }}
        >
          {t.rto.markSent}
        </Button>
      ) : null}
    </>
  );
}

interface AgendaItem {
  readonly meetingId: string;
  readonly caseId: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly mayOpen: boolean;
}

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** The meetings of this case that the reader may open (from the agenda), with their action lists. */
export function CaseMeetings({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const agenda = useLoad(() => {
    const now = Date.now();
    const from = new Date(now - 2 * YEAR).toISOString();
    const to = new Date(now + 2 * YEAR).toISOString();
    return get<AgendaItem[]>(`/api/meetings?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  }, [caseId]);
  const mine = (agenda.data ?? []).filter((m) => m.caseId === caseId && m.mayOpen);
  if (mine.length === 0) return null;
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <Section labelledBy="meetings-title">
      <Heading level={2} id="meetings-title">
        {t.rto.meetingsTitle}
      </Heading>
      <UnorderedList>
        {mine.map((m) => (
          <ListItem key={m.meetingId}>
            <Link to={`/cases/${caseId}/meetings/${m.meetingId}`}>{t.rto.meetingOn(date(m.scheduledAt))}</Link> ({label(t.rto.statuses, m.status)}) –{' '}
            <Link to={`/cases/${caseId}/meetings/${m.meetingId}/actions`} aria-label={t.rto.actionListOf(date(m.scheduledAt))}>
              {t.rto.actionListTitle}
            </Link>
          </ListItem>
        ))}
      </UnorderedList>
    </Section>
  );
}
