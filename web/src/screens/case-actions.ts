/** The case actions the UI offers, each behind one ability computed by the domain. */
import type { CaseAbilities } from '../api/types';
import type { Messages } from '../i18n/nl';

type BooleanAbility = { [K in keyof CaseAbilities]: CaseAbilities[K] extends boolean ? K : never }[keyof CaseAbilities];

export interface CaseAction {
  /** Offered when any of these abilities is true. */
  readonly abilities: readonly BooleanAbility[];
  /** The screen's path below `/cases/:caseId/`. */
  readonly path: string;
  readonly label: (t: Messages) => string;
}

export const CASE_ACTIONS: readonly CaseAction[] = [
  { abilities: ['screen', 'askTriage', 'decideDeescalation', 'reopen', 'inviteParticipants', 'recordPickup'], path: 'steps', label: (t) => t.caseLinks.steps },
  { abilities: ['screen'], path: 'screening', label: (t) => t.tables.screening.link },
  { abilities: ['screen'], path: 'presence', label: (t) => t.caseLinks.presence },
  { abilities: ['recordInforming'], path: 'informing', label: (t) => t.caseLinks.informing },
  { abilities: ['contribute'], path: 'contribute', label: (t) => t.caseLinks.contribute },
  { abilities: ['contribute'], path: 'weighing', label: (t) => t.caseLinks.weighing },
  { abilities: ['registerConsent'], path: 'consents', label: (t) => t.caseLinks.consents },
  { abilities: ['addThirdParty', 'consentThirdParty'], path: 'third-parties', label: (t) => t.parties.thirdParties.title },
  { abilities: ['askTriage'], path: 'triage', label: (t) => t.caseLinks.triage },
  { abilities: ['inviteParticipants'], path: 'meeting', label: (t) => t.caseLinks.meeting },
  { abilities: ['scheduleFollowUp'], path: 'follow-up', label: (t) => t.meetings.followUpLink },
  { abilities: ['completeSubject'], path: 'subject-details', label: (t) => t.closing.subject.link },
  { abilities: ['viewRetention'], path: 'retention', label: (t) => t.retention.link },
  { abilities: ['clearDossier'], path: 'clearing', label: (t) => t.closing.clearing.link },
];
