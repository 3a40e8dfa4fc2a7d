/**
 * The reminders job (§7): informing postponements that fell due (P10), rights-request deadlines
 * (P15), incident notices within 24 h to the partners and 72 h to the DPA (P17), retention
 * steps (P13), and around sessions (ADR 0080): actions due within a week or overdue, follow-up
 * discussions in the coming week, evaluations due and action lists not sent within a week; and
 * confidentiality declarations and VOG checks about to expire (§4) — gathered from the database
 * and written as `reminders` rows once each (the notices job tells).
 */
import { freeText } from '../crypto/collaboration-key.js';
import { declarationReminders, DEFAULT_DECLARATION_POLICY } from '../domain/governance/declarations.js';
import type { SecurityIncident } from '../domain/incidents/incident.js';
import type { PartnerId } from '../domain/model.js';
import { remindersDue } from '../domain/reporting/reminders.js';
import type { Reminder } from '../domain/reporting/reminders.js';
import { sessionReminders } from '../domain/sessions/reminders.js';
import { sessionReminderSources } from '../services/reminders/session-reminder-sources.js';
import type { InformingPostponement, OpenRightsRequest } from '../domain/reporting/reminders.js';
import { answerTermOf } from '../domain/rights/answer-term.js';
import type { AnswerTerm, DeadlineExtension } from '../domain/rights/deadline.js';
import { baseDeadline } from '../domain/rights/deadline.js';
import { addMonths } from '../domain/time/date-math.js';
import type { ServiceDeps, Trx } from '../services/ports.js';
import { loadCaseHistories } from './case-histories.js';
import type { JobDefinition } from './job-runner.js';
import { loadRetentionPolicies } from './retention.job.js';
import { storeReminders } from './store-reminders.js';

export interface ReminderCounts {
  readonly [key: string]: number;
  readonly due: number;
  readonly added: number;
}

async function answerTerms(deps: ServiceDeps, trx: Trx): Promise<Map<string, AnswerTerm>> {
  const terms = new Map<string, AnswerTerm>();
  for (const c of await trx.selectFrom('collaborations').select('id').execute()) {
    const d = (await deps.collaborationConfig(trx, c.id)).rightsRequestDeadline;
    terms.set(c.id, answerTermOf(d));
  }
  return terms;
}

/** The table records the extended date; the domain wants the extension in months (1 or 2). */
function extensionOf(receivedAt: number, term: AnswerTerm, extendedUntil: Date | null): DeadlineExtension | null {
  if (extendedUntil === null) return null;
  const base = baseDeadline(receivedAt, term);
  const months = addMonths(base, 1) >= extendedUntil.getTime() ? 1 : 2;
  return { months, reason: 'recorded', decidedAt: receivedAt };
}

async function postponements(trx: Trx): Promise<{ list: InformingPostponement[]; collaboration: Map<string, string> }> {
  const rows = await trx
    .selectFrom('informing_records')
    .innerJoin('cases', 'cases.id', 'informing_records.case_id')
    .select(['informing_records.id', 'informing_records.case_id', 'informing_records.collaboration_id', 'informing_records.planned_at', 'informing_records.on_behalf_of_partner_id', 'cases.lead_partner_id'])
    .where('informing_records.informed_at', 'is', null)
    .where('informing_records.planned_at', 'is not', null)
    .execute();
  const staff = await trx.selectFrom('case_staff').select(['case_id', 'user_id']).where('role', '=', 'process_director').where('ended_at', 'is', null).execute();
  const director = new Map(staff.map((s) => [s.case_id, s.user_id]));
  const collaboration = new Map<string, string>();
  const list = rows.flatMap((r) => {
    if (r.planned_at === null) return [];
    collaboration.set(r.id, r.collaboration_id);
    return [{ refId: r.id, caseId: r.case_id, plannedAt: r.planned_at.getTime(), informedAt: null, responsiblePartner: r.on_behalf_of_partner_id ?? r.lead_partner_id, processDirector: director.get(r.case_id) ?? null }];
  });
  return { list, collaboration };
}

async function rightsRequests(deps: ServiceDeps, trx: Trx): Promise<{ list: OpenRightsRequest[]; collaboration: Map<string, string> }> {
  const terms = await answerTerms(deps, trx);
  const rows = await trx.selectFrom('rights_requests').selectAll().where('status', '=', 'open').execute();
  const collaboration = new Map<string, string>();
  const list = rows.map((r) => {
    collaboration.set(r.id, r.collaboration_id);
    const term = terms.get(r.collaboration_id) ?? 'one_month';
    const receivedAt = r.registered_at.getTime();
    return { refId: r.id, caseId: r.case_id, handler: r.handler_user_id, receivedAt, extension: extensionOf(receivedAt, term, r.extended_until), answeredAt: r.answered_at?.getTime() ?? null, term };
  });
  return { list, collaboration };
}

async function incidents(deps: ServiceDeps, trx: Trx): Promise<{ list: { incident: SecurityIncident; partners: PartnerId[] }[]; collaboration: Map<string, string> }> {
  const rows = await trx
    .selectFrom('incidents')
    .innerJoin('users', 'users.id', 'incidents.registered_by')
    .select(['incidents.id', 'incidents.collaboration_id', 'incidents.discovered_at', 'incidents.registered_at', 'incidents.partners_notified_at', 'incidents.dpa_notified_at', 'incidents.dpa_not_required_reason', 'incidents.dpa_not_required_reason_enc', 'users.partner_id'])
    .where('incidents.closed_at', 'is', null)
    .execute();
  const partners = await trx.selectFrom('partners').select(['id', 'collaboration_id']).where('member', '=', true).where('active', '=', true).execute();
  const collaboration = new Map<string, string>();
  const list = rows.map((r) => {
    collaboration.set(r.id, r.collaboration_id);
    const members = partners.filter((p) => p.collaboration_id === r.collaboration_id).map((p) => p.id);
    const notified = r.partners_notified_at;
    const incident: SecurityIncident = {
      id: r.id,
      collaborationId: r.collaboration_id,
      reportedBy: r.partner_id,
      discoveredAt: r.discovered_at.getTime(),
      registeredAt: r.registered_at.getTime(),
      partnerNotices: notified === null ? [] : members.map((partnerId) => ({ partnerId, at: notified.getTime() })),
      dpa:
        r.dpa_notified_at !== null
          ? { kind: 'notified', at: r.dpa_notified_at.getTime(), reference: null }
          : r.dpa_not_required_reason !== null || r.dpa_not_required_reason_enc !== null
            ? {
                kind: 'not_required',
                decidedAt: r.registered_at.getTime(),
                motivation: freeText(deps.keys, r.collaboration_id, 'incidents.dpa_not_required_reason', r.id, r.dpa_not_required_reason_enc, r.dpa_not_required_reason) ?? '',
              }
            : { kind: 'pending' },
    };
    return { incident, partners: members };
  });
  return { list, collaboration };
}

/**
 * Per active user, the reminders before its confidentiality declaration or VOG check expires,
 * under its collaboration's `declarations` configuration: to the user, and to the admins.
 */
async function declarations(deps: ServiceDeps, trx: Trx, now: Date): Promise<{ list: Reminder[]; collaboration: Map<string, string> }> {
  const users = await trx.selectFrom('users').select(['id', 'collaboration_id', 'confidentiality_declared_at', 'vog_checked_at']).where('active', '=', true).execute();
  const collaboration = new Map<string, string>();
  const list: Reminder[] = [];
  for (const c of [...new Set(users.map((u) => u.collaboration_id))]) {
    const policy = (await deps.collaborationConfig(trx, c)).declarations ?? DEFAULT_DECLARATION_POLICY;
    const holders = users.filter((u) => u.collaboration_id === c).map((u) => ({ userId: u.id, confidentiality: u.confidentiality_declared_at, vog: u.vog_checked_at }));
    for (const r of declarationReminders(policy, holders, now)) {
      collaboration.set(r.userId, c);
      const concerns = r.kind === 'declaration_expiring' ? { userId: r.userId } : { role: 'admin' as const };
      list.push({ kind: r.kind, dueAt: r.dueAt, remindFrom: r.remindFrom, overdue: r.overdue, concerns, refId: r.userId });
    }
  }
  return { list, collaboration };
}

export const remindersJob: JobDefinition<ReminderCounts> = {
  name: 'reminders',
  description: 'Record reminders for informing postponements, rights requests, incident notices, retention steps, session actions, follow-ups, evaluations and action lists, and declarations about to expire.',
  async run({ deps, trx, now, dryRun, progress }) {
    const p = await postponements(trx);
    const r = await rightsRequests(deps, trx);
    const i = await incidents(deps, trx);
    const d = await declarations(deps, trx, now);
    const cases = await loadCaseHistories(trx);
    const policies = await loadRetentionPolicies(deps, trx);
    const caseCollaboration = new Map(cases.map((h) => [h.caseId, h.collaborationId]));
    const sessions = sessionReminders(now.getTime(), await sessionReminderSources(deps, trx, null));
    const sessionCases = [...new Set(sessions.map((x) => x.caseId))];
    if (sessionCases.length > 0) for (const c of await trx.selectFrom('cases').select(['id', 'collaboration_id']).where('id', 'in', sessionCases).execute()) caseCollaboration.set(c.id, c.collaboration_id);
    const due = [...remindersDue({ postponements: p.list, rightsRequests: r.list, incidents: i.list, retention: { cases, policies } }, now.getTime()), ...sessions, ...d.list];
    progress(0, due.length);
    const collaborationOf = (rem: (typeof due)[number]): string | undefined =>
      p.collaboration.get(rem.refId) ?? r.collaboration.get(rem.refId) ?? i.collaboration.get(rem.refId) ?? d.collaboration.get(rem.refId) ?? (rem.caseId === undefined ? undefined : caseCollaboration.get(rem.caseId));
    const added = dryRun ? 0 : await storeReminders(trx, due, collaborationOf, now);
    progress(due.length, due.length);
    return { due: due.length, added };
  },
};
