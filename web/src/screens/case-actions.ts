/** The case actions the UI offers, each behind one ability computed by the domain. */
import type { CaseAbilities } from '../api/types';

type BooleanAbility = { [K in keyof CaseAbilities]: CaseAbilities[K] extends boolean ? K : never }[keyof CaseAbilities];

export interface CaseAction {
  readonly ability: BooleanAbility;
  readonly path: string;
}

/** Only actions whose screen exists are listed; each screen checks the ability again from the API. */
export const CASE_ACTIONS: readonly CaseAction[] = [];
