import type { Phase, Purpose } from '../model.js';

/**
 * Which purposes a read may state in each phase (P3 with §3: "the legal purpose of processing
 * changes per phase"). `rights_request` is handled separately (privacy officer, P15) and
 * `statistics` never reads case content.
 */
const PURPOSES_BY_PHASE: Readonly<Record<Phase, ReadonlySet<Purpose>>> = {
  screening: new Set<Purpose>(['screening']),
  triage: new Set<Purpose>(['triage', 'referral']),
  rto: new Set<Purpose>(['rto', 'plan_execution', 'monitoring', 'referral']),
  monitoring: new Set<Purpose>(['rto', 'plan_execution', 'monitoring', 'referral']),
  deescalation1: new Set<Purpose>(['monitoring', 'plan_execution']),
  archived: new Set<Purpose>(),
  deleted: new Set<Purpose>(),
  rejected: new Set<Purpose>(),
  referred: new Set<Purpose>(),
};

export function purposeFitsPhase(purpose: Purpose, phase: Phase): boolean {
  return PURPOSES_BY_PHASE[phase].has(purpose);
}

/** The purpose a screen states by default when showing a case in a phase. */
export function defaultPurpose(phase: Phase): Purpose | null {
  switch (phase) {
    case 'screening':
      return 'screening';
    case 'triage':
      return 'triage';
    case 'rto':
      return 'rto';
    case 'monitoring':
    case 'deescalation1':
      return 'monitoring';
    case 'archived':
    case 'deleted':
    case 'rejected':
    case 'referred':
      return null;
  }
}

/** Phases in which RTO participants, the case director and third parties act. */
export function isMeetingPhase(phase: Phase): boolean {
  return phase === 'rto' || phase === 'monitoring' || phase === 'deescalation1';
}
