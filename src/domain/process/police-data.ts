/**
 * P9: police data is data a partner processes under the Wet politiegegevens. Which law a partner
 * processes under is its legal regimes (`partners[].legalRegimes`: the police `Wpg`; the public
 * prosecutor and probation `Wjsg`/`AVG`; everyone else `AVG`, ADR 0086). Only a partner under the
 * Wpg provides police data; what it marks as police data is then shown to a subject who asks for
 * access but not copied (art. 27 Wpg), counted in the provision log and refused on the grounds of
 * the Wpg only. A partner under the AVG alone cannot mark its data as police data. A partner under
 * the Wpg alone (the police) processes nothing else: all it brings in is police data, marked or not
 * (ADR 0099). A partner under the Wpg beside another law (a municipality with enforcement officers)
 * says per item which law it provides under.
 */
import { ALLOWED, refuse, type GuardResult } from './reasons.js';

/** The name of the Wet politiegegevens in `legalRegimes`. */
export const WPG = 'Wpg';

export function processesUnderWpg(regimes: readonly string[]): boolean {
  return regimes.some((r) => r.trim().toLowerCase() === WPG.toLowerCase());
}

/** The partner processes under the Wpg and under no other law. */
export function processesOnlyUnderWpg(regimes: readonly string[]): boolean {
  return regimes.length > 0 && regimes.every((r) => processesUnderWpg([r]));
}

/**
 * Whether what a partner brings in is police data: always for a partner under the Wpg alone, as
 * marked for a partner under the Wpg and another law, and never for anyone else, whose mark is
 * refused (`checkPoliceData`).
 */
export function isPoliceData(regimes: readonly string[], marked: boolean): boolean {
  return processesOnlyUnderWpg(regimes) || (marked && processesUnderWpg(regimes));
}

export function checkPoliceData(regimes: readonly string[], police: boolean): GuardResult {
  return !police || processesUnderWpg(regimes) ? ALLOWED : refuse('police_data_outside_wpg');
}
