/** Policies of the seeds and a case builder, shared by the retention tests. */
import type { CaseRetentionHistory } from './history.js';
import type { RetentionPolicy } from './policy.js';

export const SEED_003: RetentionPolicy = {
  anchor: 'deescalation_decision',
  archiveAfterMonths: 6,
  deleteAfterMonths: 12,
  exceptionsAllowed: true,
  maxExceptionMonths: 6,
  reminderDaysBefore: 14,
  unpickedSignal: null,
  source: 'seed 003 Bijlage 3',
};

export const SEED_002: RetentionPolicy = {
  anchor: 'closing',
  archiveAfterMonths: null,
  deleteAfterMonths: 24,
  exceptionsAllowed: false,
  maxExceptionMonths: 0,
  reminderDaysBefore: 30,
  unpickedSignal: null,
  source: 'seed 002 art. 12',
};

export const SEED_004: RetentionPolicy = {
  anchor: 'closing',
  archiveAfterMonths: null,
  deleteAfterMonths: 180,
  exceptionsAllowed: false,
  maxExceptionMonths: 0,
  reminderDaysBefore: 30,
  unpickedSignal: null,
  source: 'seed 004 Bijlage 2',
};

export const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

export function buildHistory(overrides: Partial<CaseRetentionHistory> = {}): CaseRetentionHistory {
  return {
    caseId: 'case-1',
    collaborationId: 'zvh-noord-limburg',
    phase: 'deescalation1',
    registeredAt: utc(2023, 6, 1),
    leadPartner: 'gemeente-venlo',
    caseDirectorPartner: 'ggz',
    deescalationDecidedAt: utc(2024, 1, 15),
    closedAt: null,
    rejectedAt: null,
    referredAt: null,
    purgedAt: null,
    exceptions: [],
    subjectInformedOfDeletionAt: null,
    pickedUpAt: null,
    ...overrides,
  };
}
