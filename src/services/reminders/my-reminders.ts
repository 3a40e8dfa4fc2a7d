/**
 * The reminders for the signed-in user (§7): informing the subject after a postponement (P10),
 * rights-request deadlines (P15), incident notices (P17), retention steps (P12, P13) and, around
 * sessions, actions due or overdue, follow-up discussions, evaluations and action lists to send
 * within a week (§3.3; ADR 0050, ADR 0080), and declarations or VOG checks about to expire (§4). The
 * service gathers what the user's transaction may see (Row-Level Security), the domain computes
 * what is due (`remindersDue`) and for whom (`reminderConcerns`).
 */
import type { CaseRetentionHistory } from '../../domain/retention/history.js';
import { retentionPolicyOf } from '../../domain/retention/policy.js';
import type { RetentionPolicy } from '../../domain/retention/policy.js';
import { reminderConcerns } from '../../domain/reporting/reminder-audience.js';
import { remindersDue } from '../../domain/reporting/reminders.js';
import { sessionReminders } from '../../domain/sessions/reminders.js';
import type { InformingPostponement, OpenRightsRequest, Reminder } from '../../domain/reporting/reminders.js';
import type { Phase } from '../../domain/model.js';
import { systemContext } from '../../store/acting-context.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { pickedUpAt } from '../../store/repositories/case-state.repository.js';
import { listIncidentRows, partnerIds, toSecurityIncident } from '../incidents/incident-records.js';
import { answerTerm, openRequestDetails } from '../rights/rights-request-records.js';
import { sessionReminderSources } from './session-reminder-sources.js';
import { declarationReminders, DEFAULT_DECLARATION_POLICY } from '../../domain/governance/declarations.js';

export interface ReminderView {
  readonly kind: Reminder['kind'];
  readonly dueAt: string;
  readonly remindFrom: string;
  readonly overdue: boolean;
  readonly caseId: string | null;
  readonly refId: string;
}

const ms = (d: Date | null): number | null => (d === null ? null : d.getTime());

async function postponements(trx: Trx, collaborationId: string): Promise<InformingPostponement[]> {
  const rows = await trx
    .selectFrom('informing_records')
    .innerJoin('cases', 'cases.id', 'informing_records.case_id')
    .select(['informing_records.id', 'informing_records.case_id', 'informing_records.planned_at', 'informing_records.informed_at', 'informing_records.on_behalf_of_partner_id', 'cases.lead_partner_id'])
    .where('informing_records.collaboration_id', '=', collaborationId)
    .where('informing_records.planned_at', 'is not', null)
    .where('informing_records.informed_at', 'is', null)
    .execute();
  const staff = await trx.selectFrom('case_staff').select(['case_id', 'user_id']).where('collaboration_id', '=', collaborationId).where('role', '=', 'process_director').where('ended_at', 'is', null).execute();
  return rows.map((r) => ({
    refId: r.id,
    caseId: r.case_id,
    plannedAt: r.planned_at?.getTime() ?? 0,
    informedAt: ms(r.informed_at),
    responsiblePartner: r.on_behalf_of_partner_id ?? r.lead_partner_id,
    processDirector: staff.find((s) => s.case_id === r.case_id)?.user_id ?? null,
  }));
}

async function rightsRequests(deps: ServiceDeps, trx: Trx, collaborationId: string): Promise<OpenRightsRequest[]> {
  const term = await answerTerm(deps, trx, collaborationId);
  const rows = await trx
    .selectFrom('rights_requests')
    .select(['id', 'case_id', 'handler_user_id', 'registered_at', 'requester_enc'])
    .where('collaboration_id', '=', collaborationId)
    .where('status', '=', 'open')
    .execute();
  return rows.map((r) => ({
    refId: r.id,
    caseId: r.case_id,
    handler: r.handler_user_id,
    receivedAt: r.registered_at.getTime(),
    extension: openRequestDetails(deps.keys, r.id, r.requester_enc).extension ?? null,
    answeredAt: null,
    term,
  }));
}

async function retentionHistories(trx: Trx, collaborationId: string): Promise<CaseRetentionHistory[]> {
  const rows = await trx
    .selectFrom('cases')
    .leftJoin('deescalation_decisions', 'deescalation_decisions.case_id', 'cases.id')
    .leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
    .select([
      'case_keys.case_id as keyCase',
      'cases.id',
      'cases.phase',
      'cases.table_id',
      'cases.created_at',
      'cases.lead_partner_id',
      'cases.closed_at',
      'cases.phase_changed_at',
      'cases.closing_criteria',
      'deescalation_decisions.decided_at',
      'deescalation_decisions.subject_informed_at',
    ])
    .where('cases.collaboration_id', '=', collaborationId)
    .where((eb) => eb.or([eb('cases.closed_at', 'is not', null), eb('deescalation_decisions.decided_at', 'is not', null), eb('cases.phase', 'in', ['screening', 'triage'])]))
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const directors = await trx.selectFrom('case_director_appointments').select(['case_id', 'partner_id']).where('case_id', 'in', ids).where('ended_at', 'is', null).execute();
  const exceptions = await trx.selectFrom('deescalation_exceptions').select(['case_id', 'step', 'decided_at', 'reassess_at', 'decided_by_partner_id']).where('case_id', 'in', ids).execute();
  const toldOfDeletion = await trx.selectFrom('deletion_informing').select(['case_id', 'informed_at']).where('case_id', 'in', ids).execute();
  return rows.map((r) => {
    const phase = r.phase as Phase;
    return {
      caseId: r.id,
      collaborationId,
      tableId: r.table_id,
      phase,
      registeredAt: r.created_at.getTime(),
      leadPartner: r.lead_partner_id,
      caseDirectorPartner: directors.find((d) => d.case_id === r.id)?.partner_id ?? null,
      deescalationDecidedAt: ms(r.decided_at),
      closedAt: ms(r.closed_at),
      rejectedAt: phase === 'rejected' ? r.phase_changed_at.getTime() : null,
      referredAt: phase === 'referred' ? r.phase_changed_at.getTime() : null,
      // A rejected or referred case without its data key was crypto-shredded at once (P12): nothing is
      // left to clean up, so no retention step is due for it (004-X01).
      purgedAt: phase === 'deleted' || ((phase === 'rejected' || phase === 'referred') && r.keyCase === null) ? r.phase_changed_at.getTime() : null,
      exceptions: exceptions
        .filter((e) => e.case_id === r.id)
        .map((e) => ({
          step: e.step === 3 ? ('delete' as const) : ('archive' as const),
          decidedAt: e.decided_at.getTime(),
          reassessAt: e.reassess_at.getTime(),
          decidedBy: e.decided_by_partner_id,
          // The motivation itself stays encrypted; that one was recorded is what the schedule needs.
          motivation: 'vastgelegd / recorded',
        })),
      subjectInformedOfDeletionAt: ms(r.subject_informed_at) ?? ms(toldOfDeletion.find((d) => d.case_id === r.id)?.informed_at ?? null),
      pickedUpAt: pickedUpAt(r.closing_criteria),
    };
  });
}

/**
 * Deleted cases whose subject the actor's organisation is to tell of the deletion (seed 003 fase 4).
 * After the deletion the organisation no longer sees the case through Row-Level Security; the case
 * row holds no personal data, so these are read in the system context, for its own organisation only.
 */
function withDeleted(visible: CaseRetentionHistory[], deleted: readonly CaseRetentionHistory[]): CaseRetentionHistory[] {
  const seen = new Set(visible.map((h) => h.caseId));
  return [...visible, ...deleted.filter((h) => !seen.has(h.caseId))];
}

async function deletedCasesToInformOf(deps: ServiceDeps, actor: SessionActor): Promise<CaseRetentionHistory[]> {
  if (actor.role !== 'professional') return [];
  const all = await deps.database.withTransaction(systemContext(actor.collaborationId), (trx) => retentionHistories(trx, actor.collaborationId));
  return all.filter((h) => h.phase === 'deleted' && (h.caseDirectorPartner ?? h.leadPartner) === actor.partnerId);
}

/**
 * Confidentiality declarations and VOG checks about to expire (§4; domain/governance/declarations.ts):
 * the user's own (`declaration_expiring`) and, for the admins, every user's (`declaration_to_renew`),
 * as the reminders job records them; the user row is the reminder's reference.
 */
async function declarationsDue(trx: Trx, collaborationId: string, policy: Parameters<typeof declarationReminders>[0], now: Date): Promise<Reminder[]> {
  const users = await trx.selectFrom('users').select(['id', 'confidentiality_declared_at', 'vog_checked_at']).where('collaboration_id', '=', collaborationId).where('active', '=', true).execute();
  const holders = users.map((u) => ({ userId: u.id, confidentiality: u.confidentiality_declared_at, vog: u.vog_checked_at }));
  return declarationReminders(policy, holders, now)
    .filter((r) => r.remindFrom <= now.getTime())
    .map((r) => ({ kind: r.kind, dueAt: r.dueAt, remindFrom: r.remindFrom, overdue: r.overdue, concerns: r.kind === 'declaration_expiring' ? { userId: r.userId } : { role: 'admin' as const }, refId: r.userId }));
}

export async function myReminders(deps: ServiceDeps, actor: SessionActor): Promise<ReminderView[]> {
  const deleted = await deletedCasesToInformOf(deps, actor);
  return withActor(deps, actor, async (trx) => {
    const now = deps.now().getTime();
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const partners = await partnerIds(trx, actor.collaborationId);
    const incidents = (await listIncidentRows(trx, deps.keys, actor.collaborationId)).filter((i) => i.closed_at === null);
    const policy: RetentionPolicy = retentionPolicyOf(config);
    const due = remindersDue(
      {
        postponements: await postponements(trx, actor.collaborationId),
        rightsRequests: await rightsRequests(deps, trx, actor.collaborationId),
        incidents: incidents.map((i) => ({ incident: toSecurityIncident(i, partners), partners })),
        retention: { cases: withDeleted(await retentionHistories(trx, actor.collaborationId), deleted), policies: new Map([[actor.collaborationId, policy]]) },
      },
      now,
    );
    const sessions = sessionReminders(now, await sessionReminderSources(deps, trx, actor.collaborationId));
    const declarations = await declarationsDue(trx, actor.collaborationId, config.declarations ?? DEFAULT_DECLARATION_POLICY, deps.now());
    return [...due, ...sessions, ...declarations]
      .sort((a, b) => a.dueAt - b.dueAt || a.refId.localeCompare(b.refId) || a.kind.localeCompare(b.kind))
      .filter((r) => reminderConcerns(r.concerns, actor))
      .map((r) => ({
        kind: r.kind,
        dueAt: new Date(r.dueAt).toISOString(),
        remindFrom: new Date(r.remindFrom).toISOString(),
        overdue: r.overdue,
        caseId: r.caseId ?? null,
        refId: r.refId,
      }));
  });
}
