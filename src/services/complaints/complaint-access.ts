/** Who opens a complaint (P18; domain/incidents/complaint-access.ts); a refusal names the rule and is audited. */
import { complaintReader } from '../../domain/incidents/complaint-access.js';
import type { ComplaintReader } from '../../domain/incidents/complaint-access.js';
import type { NoticeUser } from '../../domain/notifications/recipients.js';
import { refuse } from '../access-gate.js';
import type { AuditEntry, SessionActor } from '../ports.js';

export function requireComplaintReader(actor: SessionActor, routedTo: string | null, users: readonly NoticeUser[], entry: AuditEntry): Exclude<ComplaintReader, null> {
  const reader = complaintReader(actor, routedTo, users);
  if (reader !== null) return reader;
  return refuse(entry, {
    rule: 'P18',
    reason: 'complaint_not_routed_to_you',
    messages: {
      nl: 'U kunt deze klacht niet inzien: alleen de procesregisseur, de privacyfunctionaris en de contactpersonen van de partner aan wie de klacht is doorgezonden zien haar (P18).',
      en: 'You cannot view this complaint: only the process director, the privacy officer and the contacts of the partner it was routed to see it (P18).',
    },
  });
}
