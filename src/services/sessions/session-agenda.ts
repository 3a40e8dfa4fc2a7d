/**
 * The agenda of a session (ADR 0050): the domain proposes new cases and running cases due for an
 * update, evaluation or follow-up (`proposeAgenda`); the process director adopts a proposal or
 * adds another case, and may take an item off. Each item is the case's own RTO meeting
 * (`prepareMeetingIn`): invitations, releases, record and action list work as for any RTO.
 */
import { proposeAgenda } from '../../domain/sessions/agenda.js';
import type { AgendaCandidate, AgendaReason, ProposedItem } from '../../domain/sessions/agenda.js';
import { findSessionBody } from '../../domain/sessions/cadence.js';
import type { SessionBody } from '../../domain/sessions/cadence.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { prepareMeetingIn } from '../meetings/create-meeting.js';
import type { PreparationInput } from '../meetings/meeting-preparation.js';
import { cancelSessionMeeting } from '../../store/system-steps.js';
import { collaborationConfig, requirePlanner, requireSession } from './session-records.js';
import type { SessionRow } from './session-records.js';

const REASON_WORDS: Readonly<Record<AgendaReason, string>> = {
  new: 'Nieuwe casus bespreken',
  update: 'Update lopende casus',
  evaluation: 'Maandelijkse evaluatie van de voortgang',
  follow_up: 'Opvolging: actie verloopt vóór dit overleg',
  added: 'Door de procesregisseur geagendeerd',
  routing: 'Alleen bepalen waar de casus wordt opgepakt',
};

export interface Proposal extends ProposedItem {
  readonly words: string;
}

/** The cases of the collaboration the actor acts in that may come up, as the domain reads them. */
async function candidates(trx: Trx, actor: SessionActor): Promise<AgendaCandidate[]> {
  const cases = await trx
    .selectFrom('cases')
    .select(['id', 'number', 'phase', 'table_id', 'work_area'])
    .where('collaboration_id', '=', actor.collaborationId)
    .where('phase', 'in', ['triage', 'rto', 'monitoring', 'deescalation1'])
    .execute();
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const [meetings, actions] = await Promise.all([
    trx.selectFrom('meetings').select(['case_id', 'status', 'held_at', 'scheduled_at']).where('case_id', 'in', ids).execute(),
    trx.selectFrom('plan_actions').select(['case_id', 'due_at']).where('case_id', 'in', ids).where('status', '=', 'open').where('restricted_at', 'is', null).where('erased_at', 'is', null).execute(),
  ]);
  return cases.map((c) => {
    const held = meetings.filter((m) => m.case_id === c.id && m.status === 'held').map((m) => (m.held_at ?? m.scheduled_at).getTime());
    const due = actions.filter((a) => a.case_id === c.id && a.due_at !== null).map((a) => a.due_at?.getTime() ?? 0);
    return {
      caseId: c.id,
      number: c.number,
      phase: c.phase,
      tableId: c.table_id,
      workArea: c.work_area,
      lastDiscussedAt: held.length === 0 ? null : Math.max(...held),
      meetingPlanned: meetings.some((m) => m.case_id === c.id && m.status === 'planned'),
      nextActionDueAt: due.length === 0 ? null : Math.min(...due),
    };
  });
}

async function sessionBody(deps: ServiceDeps, trx: Trx, actor: SessionActor, session: SessionRow): Promise<SessionBody> {
  const body = findSessionBody(await collaborationConfig(deps, trx, actor), session.body_kind, session.body_id);
  if (body === undefined) throw validationFailed([{ field: 'bodyId', message: 'Dit overleg komt niet meer volgens een frequentie bijeen / the body no longer meets on a cadence' }]);
  return body;
}

async function proposalsIn(deps: ServiceDeps, trx: Trx, actor: SessionActor, session: SessionRow): Promise<Proposal[]> {
  const body = await sessionBody(deps, trx, actor, session);
  return proposeAgenda(body, session.scheduled_at.getTime(), await candidates(trx, actor)).map((p) => ({ ...p, words: REASON_WORDS[p.reason] }));
}

export async function agendaProposals(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<Proposal[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.agenda.propose' });
    requirePlanner(entry, actor);
    const session = await requireSession(trx, actor, sessionId);
    const proposals = await proposalsIn(deps, trx, actor, session);
    await deps.audit.append(trx, entry);
    return proposals;
  });
}

export interface AddItemInput {
  readonly caseId: string;
  readonly preparation?: PreparationInput | undefined;
}

function decisionsFor(reason: AgendaReason): string[] {
  if (reason === 'routing') return ['Aan welke tafel wordt de casus opgepakt (zoals het OOV of het casusoverleg jeugd); hier geen individueel plan'];
  return reason === 'new' ? ['Wie pakt de casus op', 'Is een RTO nodig'] : ['Voortgang en volgende stap'];
}

function defaultPreparation(reason: AgendaReason, when: Date): PreparationInput {
  return {
    goal: `${REASON_WORDS[reason]} (overleg van ${when.toISOString().slice(0, 10)})`,
    themes: [],
    decisionsToTake: decisionsFor(reason),
    subjectInvolvement: 'informed_before',
    careAgreements: 'Alleen relevante informatie wordt gedeeld; ieder ziet alleen de agendapunten waarvoor hij is uitgenodigd.',
  };
}

export async function addAgendaItem(deps: ServiceDeps, actor: SessionActor, sessionId: string, input: AddItemInput): Promise<{ itemId: string; meetingId: string; reason: AgendaReason }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.agenda.add', caseId: input.caseId });
    requirePlanner(entry, actor);
    const session = await requireSession(trx, actor, sessionId);
    if (session.status !== 'planned') throw validationFailed([{ field: 'sessionId', message: 'Alleen een gepland overleg krijgt agendapunten / only a planned session takes agenda items' }]);
    const body = await sessionBody(deps, trx, actor, session);
    const c = await trx.selectFrom('cases').select(['id', 'number', 'table_id', 'work_area']).where('id', '=', input.caseId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
    if (c === undefined) throw validationFailed([{ field: 'caseId', message: 'Onbekende casus / unknown case' }]);
    const belongs = body.kind === 'work_area' ? c.work_area === body.id : c.table_id === body.id;
    if (!belongs) throw validationFailed([{ field: 'caseId', message: `Casus ${c.number} hoort niet bij ${body.name} / the case does not belong to this ${body.kind === 'work_area' ? 'work area' : 'table'}` }]);
    const on = await trx.selectFrom('meeting_session_items').select('id').where('session_id', '=', sessionId).where('case_id', '=', c.id).executeTakeFirst();
    if (on !== undefined) throw new AppError('conflict', { nl: `Casus ${c.number} staat al op deze agenda.`, en: 'The case is on this agenda already.' });
    const proposed = (await proposalsIn(deps, trx, actor, session)).find((p) => p.caseId === c.id);
    const reason: AgendaReason = proposed?.reason ?? (body.groupLevel ? 'routing' : 'added');
    const meeting = await prepareMeetingIn(deps, trx, actor, c.id, { scheduledAt: session.scheduled_at.toISOString(), preparation: input.preparation ?? defaultPreparation(reason, session.scheduled_at) }, sessionId);
    const last = await trx.selectFrom('meeting_session_items').select((eb) => eb.fn.max('position').as('max')).where('session_id', '=', sessionId).executeTakeFirst();
    const item = await trx
      .insertInto('meeting_session_items')
      .values({ session_id: sessionId, collaboration_id: actor.collaborationId, case_id: c.id, case_number: c.number, meeting_id: meeting.id, reason, position: (last?.max ?? 0) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { itemId: item.id, meetingId: meeting.id, reason };
  });
}

/** Takes an item off the agenda: its meeting is cancelled (kept, as the record of a case is). */
export async function removeAgendaItem(deps: ServiceDeps, actor: SessionActor, sessionId: string, itemId: string): Promise<{ removed: true }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.agenda.remove' });
    requirePlanner(entry, actor);
    await requireSession(trx, actor, sessionId);
    const item = await trx.selectFrom('meeting_session_items').select(['id', 'meeting_id', 'case_id']).where('id', '=', itemId).where('session_id', '=', sessionId).executeTakeFirst();
    if (item === undefined) throw validationFailed([{ field: 'itemId', message: 'Geen agendapunt van dit overleg / not an item of this session' }]);
    // The item may be a colleague's case: its meeting is read and cancelled whoever directs it.
    const meetingId = item.meeting_id;
    const status = await cancelSessionMeeting(trx, sessionId, meetingId, deps.now());
    if (status === 'held') throw validationFailed([{ field: 'itemId', message: 'Een besproken agendapunt blijft staan / an item that was discussed stays' }]);
    await trx.deleteFrom('meeting_session_items').where('id', '=', itemId).execute();
    await deps.audit.append(trx, { ...entry, caseId: item.case_id });
    return { removed: true };
  });
}
