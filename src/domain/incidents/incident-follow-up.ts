/**
 * An incident after its registration (P17; seed 002 Bijlage A art. 14.2-14.4): who may open it,
 * which partners still have to acknowledge the notice, and when it may be closed. The privacy
 * office (privacy officer, manager) sees every incident; a partner sees an incident once it has
 * been told, through the people who speak for it on privacy matters (its privacy contacts, the
 * same people the notice reached). Pure: the service passes the collaboration's users.
 */
import type { PartnerId, Role, UserId } from '../model.js';
import { privacyContacts } from '../notifications/recipients.js';
import type { NoticeUser } from '../notifications/recipients.js';
import type { IncidentStatus } from './incident.js';

/** The roles that keep the collaboration's incident register. */
export const INCIDENT_OFFICE_ROLES: readonly Role[] = ['privacy_officer', 'manager'];

export type IncidentReader = 'office' | 'partner' | null;

/**
 * How the actor may open an incident: as the privacy office, as a told partner's privacy contact,
 * or not at all (`null`). A partner that was not yet told sees nothing of it.
 */
export function incidentReader(
  actor: { readonly userId: UserId; readonly role: Role },
  incident: { readonly partnersTold: boolean; readonly partners: readonly PartnerId[] },
  users: readonly NoticeUser[],
): IncidentReader {
  if (INCIDENT_OFFICE_ROLES.includes(actor.role)) return 'office';
  if (!incident.partnersTold) return null;
  return privacyContacts(incident.partners, users).includes(actor.userId) ? 'partner' : null;
}

/** The told partners that have not yet acknowledged the notice, in the order given. */
export function unacknowledged(partners: readonly PartnerId[], acknowledged: readonly PartnerId[]): PartnerId[] {
  const done = new Set(acknowledged);
  return [...new Set(partners)].filter((p) => !done.has(p));
}

export type IncidentCloseRefusal = 'P17_already_closed' | 'P17_partners_not_told' | 'P17_dpa_undecided' | 'P17_evaluation_missing';

/**
 * An incident is closed with an evaluation, after every partner was told and the DPA notice was
 * sent or motivated as not required.
 */
export function checkIncidentClose(input: { readonly closed: boolean; readonly status: IncidentStatus; readonly evaluation: string }): IncidentCloseRefusal | null {
  if (input.closed) return 'P17_already_closed';
  if (input.status.partnerNotice.state !== 'done') return 'P17_partners_not_told';
  if (input.status.dpaNotice.state !== 'done') return 'P17_dpa_undecided';
  if (!/\S/.test(input.evaluation)) return 'P17_evaluation_missing';
  return null;
}

export const INCIDENT_CLOSE_REFUSALS: Readonly<Record<IncidentCloseRefusal, { readonly nl: string; readonly en: string }>> = {
  P17_already_closed: { nl: 'Dit incident is al afgesloten.', en: 'This incident has already been closed.' },
  P17_partners_not_told: { nl: 'Eerst moeten alle partners over het incident zijn geïnformeerd.', en: 'Every partner must be told of the incident first.' },
  P17_dpa_undecided: {
    nl: 'Eerst moet de melding aan de Autoriteit Persoonsgegevens zijn gedaan, of gemotiveerd zijn vastgelegd dat die niet nodig is.',
    en: 'The notification to the Dutch DPA must be made first, or the motivated assessment that it is not required recorded.',
  },
  P17_evaluation_missing: { nl: 'Een incident wordt afgesloten met een evaluatie.', en: 'An incident is closed with an evaluation.' },
};
