/**
 * The meeting record (§3.3): date, participants present, reason, status and the plan of approach
 * (goals per life domain; actions with owner partner and due date). Optimistic locking on the
 * meeting's `version`: a record saved on an older version is refused with 409 and nothing of the
 * other writer's work is lost (§7). The plan's actions are also kept as `plan_actions` rows, so
 * the case director can follow them up one by one; an action left out of a new version is
 * cancelled, never silently deleted.
 */
import { randomUUID } from 'node:crypto';
import { isActiveMember } from '../../domain/membership/active.js';
import { findPartner } from '../../domain/process/case-state.js';
import { checkAttendance } from '../../domain/process/invitation-guard.js';
import { updateMeeting } from '../../domain/process/meeting.js';
import type { Meeting, MeetingNote, MeetingProposal, PlanAction, PlanGoal } from '../../domain/process/meeting.js';
import { checkProposalRecord } from '../../domain/process/result-guard.js';
import type { LifeDomain } from '../../domain/model.js';
import { encryptField, encryptJson } from '../../crypto/field-cipher.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { auditEntry, withActor } from '../access-gate.js';
import { staleVersion, validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { requireMeeting } from './meeting-access.js';
import { checkRoutingOnlyRecord } from '../../domain/tables/preconditions.js';
import { followUpIntervalProblem } from '../../domain/tables/follow-up-interval.js';
import { caseTable, enforceTable } from '../tables/table-context.js';

export const PLAN_ACTION_FIELD = 'plan_action.description';

export interface RecordActionInput {
  readonly id?: string | undefined;
  readonly description: string;
  readonly ownerPartnerId: string;
  readonly ownerUserId?: string | undefined;
  readonly dueAt: string;
  readonly domain?: LifeDomain | undefined;
  /** The subjects of the case it is about (household cases); default as for contributions. */
  readonly subjects?: readonly string[] | undefined;
}

export interface RecordGoalInput {
  readonly domain: LifeDomain;
  readonly goal: string;
  readonly subjects?: readonly string[] | undefined;
}

/**
 * Which subjects an item is about (issue 13 item 1): named subjects must belong to the case;
 * without a choice a one-subject case records its subject, a household the case as a whole ([]).
 */
function itemSubjects(caseSubjects: readonly string[], given: readonly string[] | undefined, field: string, issues: FieldIssue[]): string[] {
  if (given !== undefined && given.length > 0) {
    if (given.some((id) => !caseSubjects.includes(id))) issues.push({ field, message: 'betrokkene hoort niet bij deze casus / not a subject of this case' });
    return [...new Set(given)];
  }
  return caseSubjects.length === 1 ? [...caseSubjects] : [];
}

/** The outcome informant must be invited to this meeting as a partner's professional, or direct the case. */
async function informantOf(
  trx: Trx,
  given: MeetingRecordInput['outcomeInformant'],
  meeting: Meeting,
  processDirectors: ReadonlySet<string>,
  issues: FieldIssue[],
): Promise<{ userId: string; partnerId: string } | null> {
  if (given === undefined) return null;
  const invited = meeting.invitations.find((i) => i.invitee.kind === 'partner' && i.invitee.userId === given.userId);
  if (invited !== undefined && invited.invitee.kind === 'partner') return { userId: given.userId, partnerId: invited.invitee.partnerId };
  if (processDirectors.has(given.userId)) {
    const user = await trx.selectFrom('users').select('partner_id').where('id', '=', given.userId).executeTakeFirst();
    if (user !== undefined) return { userId: given.userId, partnerId: user.partner_id };
  }
  issues.push({ field: 'outcomeInformant.userId', message: 'niet uitgenodigd voor dit overleg en geen procesregisseur van de casus / not invited to this meeting and not a process director of the case' });
  return null;
}

export interface MeetingRecordInput {
  readonly version: number;
  readonly date: string;
  readonly status: 'planned' | 'held' | 'cancelled';
  readonly reason: string;
  readonly present: readonly string[];
  /** Notes of the meeting, each about the subjects it names (household cases). */
  readonly notes?: readonly { readonly text: string; readonly subjects?: readonly string[] | undefined }[] | undefined;
  /** The state of affairs (seed 002 Bijlage B, 2: "stand van zaken"), about the case as a whole; kept as a note of that kind. */
  readonly stateOfAffairs?: string | undefined;
  /** The result as a jointly supported proposal (seed 002 Bijlage B §3), where the collaboration allows it. */
  readonly proposal?: { readonly text: string; readonly supportedBy: readonly string[] } | undefined;
  readonly plan: { readonly goals: readonly RecordGoalInput[]; readonly actions: readonly RecordActionInput[] };
  /**
   * Seed 003 Fase 3: the contributions that stay available for monitoring after this RTO; in
   * monitoring the participants read only these. Absent: no choice recorded (every release stays).
   */
  readonly monitoringKept?: readonly string[] | undefined;
  /**
   * What the monitoring is for (seed 003 Fase 3: "het doel van de monitoring wordt expliciet
   * gemaakt"; 003-92). Required when contributions are kept for monitoring; sealed in the record.
   */
  readonly monitoringPurpose?: string | undefined;
  /**
   * Who informs the subject of the outcome when the subject is not present (seed 000 Bijlage 2,
   * 000-R69): a professional invited to this meeting or a process director of the case.
   */
  readonly outcomeInformant?: { readonly userId: string } | undefined;
  /**
   * Days within which the case is discussed again (seed 000 MDO "één keer per maand tot per
   * kwartaal, afhankelijk van verloop"; 000-R70), within the table's frequency. Absent: unchanged.
   */
  readonly followUpInDays?: number | undefined;
}

export async function saveMeetingRecord(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string, input: MeetingRecordInput): Promise<{ version: number; actionIds: readonly string[] }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId);
    const entry = requireStaff(auditEntry(deps, actor, { action: 'meeting.record', caseId, meetingId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    // A routing-only table (seed 000 PJO) records where the case goes, never an individual plan.
    enforceTable(entry, checkRoutingOnlyRecord(caseTable(ctx.config, ctx.row.tableId), input.plan));
    const row = await requireMeeting(trx, caseId, meetingId);
    const meeting = ctx.state.meetings.find((m) => m.id === meetingId);
    if (meeting === undefined || ctx.key === undefined) throw staleVersion();
    const key = ctx.key;

    const existing = await trx.selectFrom('plan_actions').select(['id', 'done_at']).where('case_id', '=', caseId).where('meeting_id', '=', meetingId).where('restricted_at', 'is', null).where('erased_at', 'is', null).execute();
    const issues: FieldIssue[] = [];
    const invited = new Set(meeting.invitations.map((i) => (i.invitee.kind === 'partner' || i.invitee.kind === 'third_party' ? i.invitee.userId : i.invitee.subjectId)));
    input.present.forEach((u, i) => {
      if (!invited.has(u)) issues.push({ field: `present.${i}`, message: 'not invited to this meeting' });
    });
    input.plan.actions.forEach((a, i) => {
      const partner = findPartner(ctx.state, a.ownerPartnerId);
      if (partner === undefined || !isActiveMember(partner, now.getTime())) issues.push({ field: `plan.actions.${i}.ownerPartnerId`, message: 'not an active partner of this collaboration' });
      if (a.id !== undefined && !existing.some((e) => e.id === a.id)) issues.push({ field: `plan.actions.${i}.id`, message: 'not an action of this meeting' });
    });
    // The responsible worker an action is assigned to works for the partner that owns it (seed 000 MDO, Nazorg; 000-R68).
    const named = [...new Set(input.plan.actions.flatMap((a) => (a.ownerUserId === undefined ? [] : [a.ownerUserId])))];
    const workers = named.length === 0 ? [] : await trx.selectFrom('users').select(['id', 'partner_id', 'active']).where('collaboration_id', '=', ctx.row.collaborationId).where('id', 'in', named).execute();
    input.plan.actions.forEach((a, i) => {
      if (a.ownerUserId === undefined) return;
      const worker = workers.find((w) => w.id === a.ownerUserId);
      if (worker === undefined || !worker.active || worker.partner_id !== a.ownerPartnerId) {
        issues.push({ field: `plan.actions.${i}.ownerUserId`, message: 'geen actieve medewerker van de organisatie die de actie uitvoert / not an active worker of the partner that owns the action' });
      }
    });
    const caseSubjects = ctx.state.subjects;
    const notes: MeetingNote[] = (input.notes ?? []).map((n, i) => ({ text: n.text, subjects: itemSubjects(caseSubjects, n.subjects, `notes.${i}.subjects`, issues) }));
    const stateOfAffairs = input.stateOfAffairs?.trim() ?? '';
    if (stateOfAffairs !== '') notes.push({ text: stateOfAffairs, subjects: itemSubjects(caseSubjects, undefined, 'stateOfAffairs', issues), kind: 'state_of_affairs' });
    const goals: PlanGoal[] = input.plan.goals.map((g, i) => ({ domain: g.domain, goal: g.goal, subjects: itemSubjects(caseSubjects, g.subjects, `plan.goals.${i}.subjects`, issues) }));
    const actionSubjects = input.plan.actions.map((a, i) => itemSubjects(caseSubjects, a.subjects, `plan.actions.${i}.subjects`, issues));
    if (input.monitoringKept !== undefined && input.monitoringKept.length > 0) {
      const ids = [...new Set(input.monitoringKept)];
      const found = await trx.selectFrom('contributions').select('id').where('case_id', '=', caseId).where('id', 'in', ids).execute();
      const known = new Set(found.map((f) => f.id));
      input.monitoringKept.forEach((id, i) => {
        if (!known.has(id)) issues.push({ field: `monitoringKept.${i}`, message: 'geen bijdrage van deze casus / not a contribution of this case' });
      });
    }
    const monitoringPurpose = input.monitoringPurpose?.trim() ?? '';
    if (input.monitoringKept !== undefined && input.monitoringKept.length > 0 && monitoringPurpose === '') {
      issues.push({ field: 'monitoringPurpose', message: 'vul het doel van de monitoring in: waarvoor blijven deze gegevens beschikbaar / state what the monitoring is for: why these data stay available' });
    }
    if (input.followUpInDays !== undefined) {
      const problem = followUpIntervalProblem(caseTable(ctx.config, ctx.row.tableId), input.followUpInDays);
      if (problem !== null) issues.push({ field: 'followUpInDays', message: problem });
    }
    const proposal: MeetingProposal | null = input.proposal === undefined ? null : { text: input.proposal.text.trim(), supportedBy: [...new Set(input.proposal.supportedBy)] };
    if (proposal !== null) {
      const joint = checkProposalRecord(proposal, ctx.state, ctx.config.process, now.getTime());
      if (!joint.ok) refuseProcess(entry, joint);
    }
    const outcomeInformant = await informantOf(trx, input.outcomeInformant, meeting, ctx.facts.processDirectors, issues);
    if (issues.length > 0) throw validationFailed(issues);
    // Newly present participants pass the same attendance check as `recordAttendance` (P2: a representative identified).
    for (const u of input.present.filter((p) => !meeting.attended.includes(p))) {
      const invitation = meeting.invitations.find((i) => (i.invitee.kind === 'partner' || i.invitee.kind === 'third_party' ? i.invitee.userId : i.invitee.subjectId) === u);
      const check = invitation === undefined ? null : checkAttendance(invitation, ctx.state, ctx.config.process, now.getTime());
      if (check !== null && !check.ok) refuseProcess(entry, check);
    }

    const actions: PlanAction[] = input.plan.actions.map((a, i) => ({
      id: a.id ?? randomUUID(),
      description: a.description,
      ownerPartner: a.ownerPartnerId,
      dueAt: a.dueAt,
      domain: a.domain ?? null,
      doneAt: existing.find((e) => e.id === a.id)?.done_at?.toISOString() ?? null,
      subjects: actionSubjects[i] ?? [],
    }));
    const decided = updateMeeting(meeting, input.version, {
      attended: [...input.present],
      record: { date: input.date, present: [...input.present], reason: input.reason, status: input.status, notes, plan: { goals, actions }, proposal, actionListSentAt: row.action_list_sent_at?.toISOString() ?? null, outcomeInformant },
    });
    if (!decided.ok) throw staleVersion();

    const updated = await trx
      .updateTable('meetings')
      .set({
        record_enc: encryptJson(key, MEETING_RECORD_FIELD, { date: input.date, reason: input.reason, status: input.status, notes, plan: { goals, actions }, ...(proposal === null ? {} : { proposal }), outcomeInformant, ...(monitoringPurpose === '' ? {} : { monitoringPurpose }) }),
        status: input.status,
        held_at: input.status === 'held' ? new Date(input.date) : null,
        ...(input.followUpInDays === undefined ? {} : { follow_up_days: input.followUpInDays }),
        ...(input.monitoringKept === undefined ? {} : { monitoring_kept: JSON.stringify([...new Set(input.monitoringKept)]) }),
        updated_at: now,
        version: decided.meeting.version,
      })
      .where('id', '=', meetingId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion();

    for (const u of input.present) {
      await trx
        .insertInto('meeting_attendance')
        .values({ meeting_id: meetingId, case_id: caseId, collaboration_id: ctx.row.collaborationId, user_id: u, present: true, recorded_at: now })
        .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ present: true, recorded_at: now }))
        .execute();
    }
    for (const [i, a] of actions.entries()) {
      const given = input.plan.actions[i];
      const values = {
        life_domain: a.domain,
        owner_partner_id: a.ownerPartner,
        owner_user_id: given?.ownerUserId ?? null,
        description_enc: encryptField(key, PLAN_ACTION_FIELD, a.description),
        subject_ids: JSON.stringify(a.subjects ?? []),
        due_at: new Date(a.dueAt),
        updated_at: now,
      };
      if (given?.id === undefined) {
        await trx.insertInto('plan_actions').values({ id: a.id, case_id: caseId, collaboration_id: ctx.row.collaborationId, meeting_id: meetingId, ...values, created_at: now }).execute();
      } else {
        await trx.updateTable('plan_actions').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('id', '=', a.id).execute();
      }
    }
    const kept = new Set(actions.map((a) => a.id));
    const dropped = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
    if (dropped.length > 0) {
      await trx.updateTable('plan_actions').set((eb) => ({ status: 'cancelled', updated_at: now, version: eb('version', '+', 1) })).where('id', 'in', dropped).execute();
    }
    await deps.audit.append(trx, entry);
    return { version: decided.meeting.version, actionIds: actions.map((a) => a.id) };
  });
}
