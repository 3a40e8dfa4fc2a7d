/**
 * P9: police data of a special category goes to the collaboration only as a supplement to other
 * police data (Wpg art. 5; seed 002 Bijlage A art. 10.1 and the art. 20 decision "Zorgnetwerk
 * Venlo"): on the art. 20 basis, a special-category contribution needs an earlier ordinary one of
 * the police in the same case.
 */
import type { LegalBasisKind } from '../model.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';

export function checkPoliceSupplement(basis: LegalBasisKind, special: boolean, ownOrdinaryContributions: number): GuardResult {
  if (basis !== 'wpg20' || !special) return ALLOWED;
  return ownOrdinaryContributions > 0 ? ALLOWED : refuse('police_special_not_supplement');
}
