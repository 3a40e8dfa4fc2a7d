/**
 * Reminders for deadlines (§7): informing the subject after a postponement (P10), rights requests
 * (P15), security-incident notices (P17) and retention steps (P12, P13). Pure: the jobs layer
 * gathers the sources, calls `remindersDue` with `now`, and delivers the result.
 */
import type { CaseId, CollaborationId, PartnerId, Role, UserId } from '../model.js';
import { incidentStatus } from '../incidents/incident.js';
import type { SecurityIncident } from '../incidents/incident.js';
import type { CaseRetentionHistory } from '../retention/history.js';
import { policyForTable } from '../retention/policy.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { retentionDue, retentionPlan } from '../retention/schedule.js';
import type { RetentionAction } from '../retention/schedule.js';
import { rightsRequestStatus } from '../rights/deadline.js';
import type { AnswerTerm, DeadlineExtension } from '../rights/deadline.js';
import { addDays } from '../time/date-math.js';

export type ReminderKind =
  | 'inform_subject'
  | 'rights_request_deadline'
  | 'incident_partner_notice'
  | 'incident_dpa_notice'
  | 'retention_step'
  | 'retention_reassessment'
  | 'inform_subject_of_deletion'
  // Around sessions (domain/sessions/reminders.ts): actions, follow-ups, evaluations, action lists.
  | 'action_due'
  | 'action_overdue'
  | 'follow_up'
  | 'evaluation_due'
  | 'action_list_due'
  // Before a confidentiality declaration or VOG check expires (domain/governance/declarations.ts).
  | 'declaration_expiring'
  | 'declaration_to_renew';

export interface ReminderConcerns {
  readonly role?: Role;
  readonly userId?: UserId;
  readonly partnerId?: PartnerId;
}

export interface Reminder {
  readonly kind: ReminderKind;
  /** The deadline itself. */
  readonly dueAt: number;
  /** From when the reminder is shown. */
  readonly remindFrom: number;
  readonly overdue: boolean;
  readonly concerns: ReminderConcerns;
  readonly caseId?: CaseId;
  /** The postponement, request, incident or case the reminder is about. */
  readonly refId: string;
}

/** P10: informing the subject was postponed, with a reason, until a planned date. */
export interface InformingPostponement {
  readonly refId: string;
  readonly caseId: CaseId;
  readonly plannedAt: number;
  readonly informedAt: number | null;
  /** The registrant, or the process director informing on its behalf. */
  readonly responsiblePartner: PartnerId;
  readonly processDirector: UserId | null;
}

export interface OpenRightsRequest {
  readonly refId: string;
  readonly caseId: CaseId | null;
  readonly handler: UserId;
  readonly receivedAt: number;
  readonly extension: DeadlineExtension | null;
  readonly answeredAt: number | null;
  readonly term: AnswerTerm;
}

export interface ReminderSources {
  readonly postponements: readonly InformingPostponement[];
  readonly rightsRequests: readonly OpenRightsRequest[];
  readonly incidents: readonly { readonly incident: SecurityIncident; readonly partners: readonly PartnerId[] }[];
  readonly retention: {
    readonly cases: readonly CaseRetentionHistory[];
    readonly policies: ReadonlyMap<CollaborationId, RetentionPolicy>;
  };
}

/** Days before a rights-request deadline that its handler is reminded. */
export const RIGHTS_REQUEST_REMIND_DAYS = 7;

function retentionReminder(a: RetentionAction, h: CaseRetentionHistory, policy: RetentionPolicy, now: number): Reminder {
  let dueAt = a.dueAt;
  if (a.kind === 'remind_step' || a.kind === 'reassess_exception') {
    const plan = retentionPlan(h, policy);
    if (plan.status === 'scheduled') dueAt = a.step === 'archive' && plan.archiveAt !== null ? plan.archiveAt : plan.deleteAt;
  }
  const base = { dueAt, remindFrom: a.dueAt, overdue: now > dueAt, caseId: h.caseId, refId: h.caseId };
  switch (a.kind) {
    case 'archive':
    case 'delete':
      return { ...base, kind: 'retention_step', concerns: { role: 'process_director' } };
    case 'remind_step':
      return { ...base, kind: 'retention_step', concerns: { role: 'process_director', partnerId: h.leadPartner } };
    case 'reassess_exception':
      return { ...base, kind: 'retention_reassessment', concerns: { partnerId: h.leadPartner } };
    case 'inform_subject_of_deletion':
      return { ...base, kind: 'inform_subject_of_deletion', concerns: { partnerId: h.caseDirectorPartner ?? h.leadPartner } };
  }
}

/** Every reminder shown at `now`, earliest deadline first. */
export function remindersDue(sources: ReminderSources, now: number): Reminder[] {
  const out: Reminder[] = [];
  for (const p of sources.postponements) {
    if (p.informedAt !== null || now < p.plannedAt) continue;
    const concerns: ReminderConcerns =
      p.processDirector === null ? { partnerId: p.responsiblePartner } : { partnerId: p.responsiblePartner, userId: p.processDirector };
    out.push({ kind: 'inform_subject', dueAt: p.plannedAt, remindFrom: p.plannedAt, overdue: now > p.plannedAt, concerns, caseId: p.caseId, refId: p.refId });
  }
  for (const r of sources.rightsRequests) {
    if (r.answeredAt !== null) continue;
    const { status, dueAt } = rightsRequestStatus(r, r.term, now);
    const remindFrom = addDays(dueAt, -RIGHTS_REQUEST_REMIND_DAYS);
    if (now < remindFrom) continue;
    const base = { kind: 'rights_request_deadline' as const, dueAt, remindFrom, overdue: status === 'overdue', refId: r.refId };
    const concerns: ReminderConcerns = { role: 'privacy_officer', userId: r.handler };
    out.push(r.caseId === null ? { ...base, concerns } : { ...base, concerns, caseId: r.caseId });
  }
  for (const { incident, partners } of sources.incidents) {
    const status = incidentStatus(incident, partners, now);
    const concerns: ReminderConcerns = { role: 'privacy_officer', partnerId: incident.reportedBy };
    const base = { remindFrom: incident.discoveredAt, concerns, refId: incident.id };
    if (status.partnerNotice.state !== 'done') {
      const { dueAt, state } = status.partnerNotice;
      out.push({ ...base, kind: 'incident_partner_notice', dueAt, overdue: state === 'overdue' });
    }
    if (status.dpaNotice.state !== 'done') {
      const { dueAt, state } = status.dpaNotice;
      out.push({ ...base, kind: 'incident_dpa_notice', dueAt, overdue: state === 'overdue' });
    }
  }
  for (const h of sources.retention.cases) {
    const collaborationPolicy = sources.retention.policies.get(h.collaborationId);
    if (collaborationPolicy === undefined) continue;
    const policy = policyForTable(collaborationPolicy, h.tableId);
    for (const a of retentionDue(h, policy, now)) out.push(retentionReminder(a, h, policy, now));
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.refId.localeCompare(b.refId) || a.kind.localeCompare(b.kind));
}
