/**
 * Who opens an incident (P17): the privacy office, or a told partner through its privacy contacts
 * (domain/incidents/incident-follow-up.ts). A refusal names the rule and is audited.
 */
import { incidentReader } from '../../domain/incidents/incident-follow-up.js';
import type { IncidentReader } from '../../domain/incidents/incident-follow-up.js';
import type { NoticeUser } from '../../domain/notifications/recipients.js';
import { refuse } from '../access-gate.js';
import type { AuditEntry, SessionActor } from '../ports.js';
import type { IncidentRow } from './incident-records.js';

export function readerOf(actor: SessionActor, row: Pick<IncidentRow, 'partners_notified_at'>, partners: readonly string[], users: readonly NoticeUser[]): IncidentReader {
  return incidentReader(actor, { partnersTold: row.partners_notified_at !== null, partners }, users);
}

/** Throws an audited refusal when the actor may not open the incident; returns how it may. */
export function requireReader(actor: SessionActor, row: Pick<IncidentRow, 'partners_notified_at'>, partners: readonly string[], users: readonly NoticeUser[], entry: AuditEntry): Exclude<IncidentReader, null> {
  const reader = readerOf(actor, row, partners, users);
  if (reader !== null) return reader;
  return refuse(entry, {
    rule: 'P17',
    reason: 'incident_not_told',
    messages: {
      nl: 'U kunt dit incident niet inzien: alleen de privacyfunctionaris, de manager en de contactpersonen van geïnformeerde partners zien het (P17).',
      en: 'You cannot view this incident: only the privacy officer, the manager and the contacts of told partners see it (P17).',
    },
  });
}
