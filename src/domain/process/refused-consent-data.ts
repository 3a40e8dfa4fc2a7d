/**
 * Seed 004 Bijlage 3 stap 4: the case manager asks the household's consent for "bepaalde gegevens,
 * waarvoor geen andere grondslag gevonden is"; "als geen toestemming verleend wordt, worden de
 * gegevens waarop de verzochte toestemming ziet, niet verwerkt". The latest answer in force that
 * names the partner and the kind of data decides: a refusal stops a contribution of that kind by
 * that partner, whatever basis is claimed for it (the consent was asked because there was no
 * other); a consent given later lifts it.
 */
import type { GuardResult } from './reasons.js';
import { refuse } from './reasons.js';

export interface DataConsentAnswer {
  readonly partners: readonly string[];
  /** The kinds of data (contribution categories) the consent was asked for; null when not named. */
  readonly categories: readonly string[] | null;
  readonly refused: boolean;
  readonly givenAt: number;
  readonly revokedAt: number | null;
}

export function checkRefusedData(answers: readonly DataConsentAnswer[], partnerId: string, category: string): GuardResult {
  const latest = answers
    .filter((a) => a.revokedAt === null && a.partners.includes(partnerId) && (a.categories ?? []).includes(category))
    .reduce<DataConsentAnswer | undefined>((last, a) => (last === undefined || a.givenAt >= last.givenAt ? a : last), undefined);
  return latest?.refused === true ? refuse('consent_refused_for_data') : { ok: true };
}
