/**
 * Security incidents (P17): registered with the moment of discovery; every partner must be told
 * within 24 hours of discovery (seed 002 Bijlage A art. 14.2), and the notification to the Dutch DPA
 * (Autoriteit Persoonsgegevens) within 72 hours is tracked (AVG art. 33), unless a motivated
 * assessment finds the breach unlikely to result in a risk.
 */
import type { CollaborationId, PartnerId } from '../model.js';
import { addHours } from '../time/date-math.js';

export const PARTNER_NOTICE_HOURS = 24;
export const DPA_NOTICE_HOURS = 72;

export type DpaNotice =
  | { readonly kind: 'pending' }
  | { readonly kind: 'notified'; readonly at: number; readonly reference: string | null }
  | { readonly kind: 'not_required'; readonly decidedAt: number; readonly motivation: string };

export interface SecurityIncident {
  readonly id: string;
  readonly collaborationId: CollaborationId;
  /** The partner that discovered and registered it. */
  readonly reportedBy: PartnerId;
  readonly discoveredAt: number;
  readonly registeredAt: number;
  readonly partnerNotices: readonly { readonly partnerId: PartnerId; readonly at: number }[];
  readonly dpa: DpaNotice;
}

export type NoticeState = 'open' | 'overdue' | 'done';

export interface NoticeStatus {
  readonly state: NoticeState;
  readonly dueAt: number;
  /** Done, but after the deadline: to be accounted for (P19). */
  readonly late: boolean;
}

export interface IncidentStatus {
  readonly partnerNotice: NoticeStatus & { readonly missing: readonly PartnerId[] };
  readonly dpaNotice: NoticeStatus;
}

export type IncidentRefusal = 'P17_discovered_after_registration' | 'P17_discovered_in_future';

/** Checks a new registration: the discovery cannot lie after its registration or in the future. */
export function validateIncident(incident: Pick<SecurityIncident, 'discoveredAt' | 'registeredAt'>, now: number): IncidentRefusal | null {
  if (incident.discoveredAt > now) return 'P17_discovered_in_future';
  if (incident.discoveredAt > incident.registeredAt) return 'P17_discovered_after_registration';
  return null;
}

function state(doneAt: number | null, dueAt: number, now: number): NoticeStatus {
  if (doneAt !== null) return { state: 'done', dueAt, late: doneAt > dueAt };
  return { state: now > dueAt ? 'overdue' : 'open', dueAt, late: false };
}

/**
 * Where an incident's notices stand at `now`.
 * @param partners every partner of the collaboration; all but the reporter must be told.
 */
export function incidentStatus(incident: SecurityIncident, partners: readonly PartnerId[], now: number): IncidentStatus {
  const partnerDue = addHours(incident.discoveredAt, PARTNER_NOTICE_HOURS);
  const noticed = new Map<PartnerId, number>();
  for (const n of incident.partnerNotices) {
    const earlier = noticed.get(n.partnerId);
    if (earlier === undefined || n.at < earlier) noticed.set(n.partnerId, n.at);
  }
  const missing: PartnerId[] = [];
  let lastNotice: number | null = null;
  for (const p of partners) {
    if (p === incident.reportedBy) continue;
    const at = noticed.get(p);
    if (at === undefined) missing.push(p);
    else if (lastNotice === null || at > lastNotice) lastNotice = at;
  }
  const allDone = missing.length === 0 ? (lastNotice ?? incident.registeredAt) : null;

  const dpaDue = addHours(incident.discoveredAt, DPA_NOTICE_HOURS);
  const dpa = incident.dpa;
  const dpaDoneAt =
    dpa.kind === 'notified' ? dpa.at : dpa.kind === 'not_required' && /\S/.test(dpa.motivation) ? dpa.decidedAt : null;

  return { partnerNotice: { ...state(allDone, partnerDue, now), missing }, dpaNotice: state(dpaDoneAt, dpaDue, now) };
}
