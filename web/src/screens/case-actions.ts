/** The case actions the UI offers, each behind one ability computed by the domain. */
import type { CaseAbilities } from '../api/types';
import type { Messages } from '../i18n/nl';

type BooleanAbility = { [K in keyof CaseAbilities]: CaseAbilities[K] extends boolean ? K : never }[keyof CaseAbilities];

export interface CaseAction {
  /** Offered when any of these abilities is true. */
  readonly abilities: readonly BooleanAbility[];
  readonly path: Exclude<keyof Messages['caseLinks'], 'back'>;
}

export const CASE_ACTIONS: readonly CaseAction[] = [
  { abilities: ['screen', 'askTriage', 'decideDeescalation', 'reopen', 'inviteParticipants'], path: 'steps' },
  { abilities: ['screen'], path: 'presence' },
  { abilities: ['recordInforming'], path: 'informing' },
  { abilities: ['contribute'], path: 'contribute' },
  { abilities: ['contribute'], path: 'weighing' },
  { abilities: ['askTriage'], path: 'triage' },
  { abilities: ['inviteParticipants'], path: 'meeting' },
];
