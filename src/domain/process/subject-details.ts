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

/**
 * Correcting a subject's identifying data (seed 000 art. 8.1c "verbetering, aanvulling"; row
 * 000-R27): filling a detail that was empty is a supplement; changing one that had a value (the
 * name always has one) is an improvement and needs a recorded reason. Returns the corrected fields,
 * or the refusal when a reason is missing.
 */
export function checkSubjectCorrection(present: ReadonlySet<string>, changed: readonly string[], reason: string | undefined): { readonly ok: true; readonly corrected: readonly string[] } | { readonly ok: false } {
  const corrected = changed.filter((f) => present.has(f));
  if (corrected.length > 0 && (reason === undefined || reason.trim() === '')) return { ok: false };
  return { ok: true, corrected };
}
