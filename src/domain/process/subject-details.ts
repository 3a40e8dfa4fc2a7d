/**
 * Completing a subject's details after registration: birth date, address and BSN. Where the
 * covenant stores only the minimal set before pickup (Nijmegen, seed 004 Bijlage 3 stap 1 and
 * "vanaf punt 5" the rest), those details may be added once a partner picked the case up, and not
 * before (P12); elsewhere they may be completed while the case runs. Who may do it is the case's
 * staff or a designated professional (`checkActsInCase`); a BSN needs a partner that may use it (P8).
 */
import type { CaseState } from './case-state.js';
import { pickedUp } from './contribution-guard.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';

export function checkSubjectDetails(variant: { readonly storeOnlyAfterPickup: boolean }, state: CaseState, now: number): GuardResult {
  return variant.storeOnlyAfterPickup && !pickedUp(state, now) ? refuse('stored_before_pickup') : ALLOWED;
}
