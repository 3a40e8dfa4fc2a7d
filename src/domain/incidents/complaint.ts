/**
 * Complaints (P18; seed 002 art. 11): a subject who does not know where to complain may turn to the
 * process director, who routes the complaint to the partner it concerns; that partner handles it
 * and the subject always gets a response. Complaints are evaluated periodically in the
 * collaboration's meeting, from figures without personal data.
 */
import type { CaseId, CollaborationId, PartnerId, Role } from '../model.js';
import { DAY_MS } from '../time/date-math.js';

export const COMPLAINT_TOPICS = ['treatment', 'help_content', 'processing'] as const;
/** Treatment (bejegening), the content of the help, or the processing of personal data. */
export type ComplaintTopic = (typeof COMPLAINT_TOPICS)[number];

export interface Complaint {
  readonly id: string;
  readonly collaborationId: CollaborationId;
  readonly caseId: CaseId | null;
  readonly topic: ComplaintTopic;
  readonly receivedAt: number;
  /** The partner the complaint is about, when the subject or the process director knows it. */
  readonly concerns: PartnerId | null;
  readonly routedTo: PartnerId | null;
  readonly respondedAt: number | null;
}

export type ComplaintRouting =
  | { readonly ok: true; readonly to: PartnerId; readonly basis: 'concerned_partner' | 'lead_partner' | 'controller' }
  | { readonly ok: false; readonly reason: 'P18_only_process_director_routes' | 'P18_no_responsible_partner' };

/**
 * The partner responsible for a complaint: the one it concerns; otherwise, for a case, the lead
 * partner; otherwise the collaboration's controller.
 */
export function routeComplaint(input: {
  readonly routerRole: Role;
  readonly concerns: PartnerId | null;
  readonly caseLeadPartner: PartnerId | null;
  readonly controller: PartnerId | null;
}): ComplaintRouting {
  if (input.routerRole !== 'process_director') return { ok: false, reason: 'P18_only_process_director_routes' };
  if (input.concerns !== null) return { ok: true, to: input.concerns, basis: 'concerned_partner' };
  if (input.caseLeadPartner !== null) return { ok: true, to: input.caseLeadPartner, basis: 'lead_partner' };
  if (input.controller !== null) return { ok: true, to: input.controller, basis: 'controller' };
  return { ok: false, reason: 'P18_no_responsible_partner' };
}

export interface ComplaintEvaluation {
  readonly from: number;
  readonly to: number;
  readonly received: number;
  readonly byTopic: Readonly<Record<ComplaintTopic, number>>;
  /** Per responsible partner, sorted by partner id; unrouted complaints count under null. */
  readonly byPartner: readonly { readonly partnerId: PartnerId | null; readonly count: number }[];
  readonly responded: number;
  readonly awaitingResponse: number;
  /** Mean days from receipt to response of the responded ones; null when none. */
  readonly meanDaysToResponse: number | null;
}

/** The periodic evaluation of the complaints received in [from, to). */
export function evaluateComplaints(complaints: readonly Complaint[], from: number, to: number): ComplaintEvaluation {
  const byTopic: Record<ComplaintTopic, number> = { treatment: 0, help_content: 0, processing: 0 };
  const byPartner = new Map<PartnerId | null, number>();
  let received = 0;
  let responded = 0;
  let responseDays = 0;
  for (const c of complaints) {
    if (c.receivedAt < from || c.receivedAt >= to) continue;
    received++;
    byTopic[c.topic]++;
    byPartner.set(c.routedTo, (byPartner.get(c.routedTo) ?? 0) + 1);
    if (c.respondedAt !== null) {
      responded++;
      responseDays += (c.respondedAt - c.receivedAt) / DAY_MS;
    }
  }
  return {
    from,
    to,
    received,
    byTopic,
    byPartner: [...byPartner]
      .map(([partnerId, count]) => ({ partnerId, count }))
      .sort((a, b) => (a.partnerId ?? '').localeCompare(b.partnerId ?? '')),
    responded,
    awaitingResponse: received - responded,
    meanDaysToResponse: responded === 0 ? null : Math.round((responseDays / responded) * 10) / 10,
  };
}
