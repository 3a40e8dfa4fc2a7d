/**
 * Reading complaints (P18). The complaints table keeps a summary without personal data; who
 * complained and the topic are sealed under the master key (sealed-details.ts).
 */
import type { Complaint, ComplaintTopic } from '../../domain/incidents/complaint.js';
import { freeText } from '../../crypto/collaboration-key.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { notFound } from '../app-error.js';
import type { Trx } from '../ports.js';
import { openDetails, sealDetails } from '../rights/sealed-details.js';

export const COMPLAINT = { nl: 'Klacht', en: 'Complaint' };
const LABEL = 'complaint.details';

export interface ComplaintDetails {
  readonly complainant: string | null;
  readonly topic: ComplaintTopic;
  readonly concerns: string | null;
}

export const sealComplaintDetails = (keys: MasterKeyRing, id: string, d: ComplaintDetails): Buffer => sealDetails(keys, LABEL, id, d);

export const COMPLAINT_COLUMNS = ['id', 'collaboration_id', 'case_id', 'received_at', 'routed_to_partner_id', 'summary', 'summary_enc', 'complainant_enc', 'status', 'closed_at', 'response_summary', 'response_summary_enc', 'responded_for_partner_id'] as const;

export async function loadComplaint(trx: Trx, collaborationId: string, id: string) {
  const row = await trx.selectFrom('complaints').select(COMPLAINT_COLUMNS).where('id', '=', id).where('collaboration_id', '=', collaborationId).executeTakeFirst();
  if (row === undefined) throw notFound(COMPLAINT);
  return row;
}

export type ComplaintRow = Awaited<ReturnType<typeof loadComplaint>>;

export function openComplaintDetails(keys: MasterKeyRing, row: ComplaintRow): ComplaintDetails {
  return row.complainant_enc === null ? { complainant: null, topic: 'processing', concerns: null } : (openDetails(keys, LABEL, row.id, row.complainant_enc) as ComplaintDetails);
}

export function toComplaint(row: ComplaintRow, details: ComplaintDetails): Complaint {
  return {
    id: row.id,
    collaborationId: row.collaboration_id,
    caseId: row.case_id,
    topic: details.topic,
    receivedAt: row.received_at.getTime(),
    concerns: details.concerns,
    routedTo: row.routed_to_partner_id,
    respondedAt: row.status === 'handled' ? (row.closed_at?.getTime() ?? null) : null,
  };
}

export interface ComplaintView {
  readonly id: string;
  readonly caseId: string | null;
  readonly topic: ComplaintTopic;
  readonly summary: string;
  readonly receivedAt: string;
  readonly routedToPartnerId: string | null;
  readonly status: string;
  readonly respondedAt: string | null;
  readonly responseSummary: string | null;
}

/** The view of a complaint; its summaries are opened with the collaboration key (ADR 0075). */
export function complaintView(keys: MasterKeyRing, row: ComplaintRow, details: ComplaintDetails): ComplaintView {
  return {
    id: row.id,
    caseId: row.case_id,
    topic: details.topic,
    summary: freeText(keys, row.collaboration_id, 'complaints.summary', row.id, row.summary_enc, row.summary) ?? '',
    receivedAt: row.received_at.toISOString(),
    routedToPartnerId: row.routed_to_partner_id,
    status: row.status,
    respondedAt: row.status === 'handled' ? (row.closed_at?.toISOString() ?? null) : null,
    responseSummary: freeText(keys, row.collaboration_id, 'complaints.response_summary', row.id, row.response_summary_enc, row.response_summary),
  };
}
