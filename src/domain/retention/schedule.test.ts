import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../time/date-math.js';
import { buildHistory, SEED_002, SEED_003, SEED_004, utc } from './fixtures.test-support.js';
import type { RetentionException } from './history.js';
import { retentionDue, retentionPlan, scheduleSweep } from './schedule.js';

const decided = utc(2024, 1, 15);
const kinds = (xs: readonly { kind: string }[]): string[] => xs.map((x) => x.kind);

function exception(overrides: Partial<RetentionException> = {}): RetentionException {
  return {
    step: 'archive',
    decidedAt: utc(2024, 7, 1),
    reassessAt: utc(2024, 10, 1),
    decidedBy: 'gemeente-venlo',
    motivation: 'Terugval verwacht na verhuizing; dossier nog nodig.',
    ...overrides,
  };
}

describe('P13 retention, seed 003 staged de-escalation', () => {
  it('P13 retention: nothing is due during step 1 (0–6 months after the decision)', () => {
    expect(retentionDue(buildHistory(), SEED_003, addMonths(decided, 3))).toEqual([]);
  });

  it('P13 retention: a reminder falls due 14 days before the archive step', () => {
    expect(retentionDue(buildHistory(), SEED_003, addDays(addMonths(decided, 6), -15))).toEqual([]);
    expect(retentionDue(buildHistory(), SEED_003, addDays(addMonths(decided, 6), -14))).toEqual([
      { kind: 'remind_step', caseId: 'case-1', dueAt: utc(2024, 7, 1), reason: 'step_approaching', step: 'archive' },
    ]);
  });

  it('P13 retention: the dossier is archived 6 months after the de-escalation decision, not deleted', () => {
    expect(retentionDue(buildHistory(), SEED_003, addMonths(decided, 6))).toEqual([
      { kind: 'archive', caseId: 'case-1', dueAt: utc(2024, 7, 15), reason: 'period_elapsed', step: 'archive' },
    ]);
  });

  it('P13 retention: an archived dossier is not archived again, and is deleted after 12 months', () => {
    const archived = buildHistory({ phase: 'archived' });
    expect(retentionDue(archived, SEED_003, addMonths(decided, 8))).toEqual([]);
    expect(kinds(retentionDue(archived, SEED_003, addDays(addMonths(decided, 12), -14)))).toEqual(['remind_step']);
    expect(retentionDue(archived, SEED_003, addMonths(decided, 12))).toEqual([
      { kind: 'delete', caseId: 'case-1', dueAt: utc(2025, 1, 15), reason: 'period_elapsed', step: 'delete' },
      { kind: 'inform_subject_of_deletion', caseId: 'case-1', dueAt: utc(2025, 1, 15), reason: 'deletion_to_communicate', step: null },
    ]);
  });

  it('P13 retention: a dossier never archived is deleted at 12 months without a separate archive action', () => {
    expect(kinds(retentionDue(buildHistory(), SEED_003, addMonths(decided, 13)))).toEqual(['delete', 'inform_subject_of_deletion']);
  });

  it('P13 retention: once deleted, only informing the subject remains, until it is recorded', () => {
    const deleted = buildHistory({ phase: 'deleted', purgedAt: utc(2025, 1, 16) });
    expect(retentionDue(deleted, SEED_003, utc(2025, 3, 1))).toEqual([
      { kind: 'inform_subject_of_deletion', caseId: 'case-1', dueAt: utc(2025, 1, 16), reason: 'deletion_to_communicate', step: null },
    ]);
    expect(retentionDue({ ...deleted, subjectInformedOfDeletionAt: utc(2025, 2, 1) }, SEED_003, utc(2025, 3, 1))).toEqual([]);
    const informedEarly = buildHistory({ phase: 'archived', subjectInformedOfDeletionAt: utc(2024, 12, 1) });
    expect(kinds(retentionDue(informedEarly, SEED_003, addMonths(decided, 12)))).toEqual(['delete']);
  });

  it('P13 retention: a motivated exception postpones archiving until its re-assessment date', () => {
    const h = buildHistory({ exceptions: [exception()] });
    expect(retentionDue(h, SEED_003, addMonths(decided, 7))).toEqual([]);
    expect(retentionDue(h, SEED_003, addDays(utc(2024, 10, 1), -14))).toEqual([
      { kind: 'reassess_exception', caseId: 'case-1', dueAt: utc(2024, 9, 17), reason: 'reassessment_approaching', step: 'archive' },
    ]);
    expect(retentionDue(h, SEED_003, utc(2024, 10, 1))).toEqual([
      { kind: 'archive', caseId: 'case-1', dueAt: utc(2024, 10, 1), reason: 'exception_expired', step: 'archive' },
    ]);
  });

  it('P13 retention: a re-assessment more than 6 months after the exception is capped and reported at once', () => {
    const h = buildHistory({ exceptions: [exception({ reassessAt: utc(2025, 3, 1) })] });
    expect(retentionDue(h, SEED_003, utc(2024, 7, 2))).toEqual([
      { kind: 'reassess_exception', caseId: 'case-1', dueAt: utc(2024, 7, 1), reason: 'reassessment_capped', step: 'archive' },
    ]);
    const plan = retentionPlan(h, SEED_003);
    expect(plan.status === 'scheduled' && plan.archiveAt).toBe(utc(2025, 1, 1));
    // Capped to 1 January 2025, which is not before the deletion (15 January): archiving is moot,
    // and the deletion is not postponed by an archive exception.
    const capped = buildHistory({ exceptions: [exception({ decidedAt: utc(2024, 7, 10), reassessAt: utc(2025, 6, 1) })] });
    const cappedPlan = retentionPlan(capped, SEED_003);
    expect(cappedPlan).toMatchObject({ status: 'scheduled', archiveAt: utc(2025, 1, 10), deleteAt: utc(2025, 1, 15) });
    expect(kinds(retentionDue(capped, SEED_003, utc(2025, 1, 10)))).toEqual(['archive', 'remind_step']);
  });

  it('P13 retention: an exception on the archive step never postpones the deletion', () => {
    const h = buildHistory({
      exceptions: [
        exception({ decidedAt: utc(2024, 7, 1), reassessAt: utc(2024, 12, 31) }),
        exception({ decidedAt: utc(2024, 12, 30), reassessAt: utc(2025, 6, 1) }),
      ],
    });
    expect(retentionPlan(h, SEED_003)).toMatchObject({ status: 'scheduled', archiveAt: null, deleteAt: utc(2025, 1, 15) });
    expect(kinds(retentionDue(h, SEED_003, utc(2025, 1, 15)))).toEqual(['delete', 'inform_subject_of_deletion']);
  });

  it('P13 retention: an exception on the delete step keeps an archived dossier until its re-assessment', () => {
    const h = buildHistory({
      phase: 'archived',
      exceptions: [exception({ step: 'delete', decidedAt: utc(2025, 1, 10), reassessAt: utc(2025, 4, 15) })],
    });
    expect(retentionDue(h, SEED_003, utc(2025, 2, 1))).toEqual([]);
    expect(kinds(retentionDue(h, SEED_003, utc(2025, 4, 1)))).toEqual(['reassess_exception']);
    expect(retentionDue(h, SEED_003, utc(2025, 4, 15))[0]).toEqual({
      kind: 'delete',
      caseId: 'case-1',
      dueAt: utc(2025, 4, 15),
      reason: 'exception_expired',
      step: 'delete',
    });
  });

  it('P13 retention: chained exceptions extend while the step is pending; a late one does not revive it', () => {
    const chained = buildHistory({
      exceptions: [
        exception({ decidedAt: utc(2024, 9, 25), reassessAt: utc(2024, 12, 1) }),
        exception({ decidedAt: utc(2024, 7, 1), reassessAt: utc(2024, 10, 1) }),
      ],
    });
    expect(retentionDue(chained, SEED_003, utc(2024, 11, 1))).toEqual([]);
    expect(kinds(retentionDue(chained, SEED_003, utc(2024, 12, 1)))).toEqual(['archive']);
    const late = buildHistory({ exceptions: [exception({ decidedAt: utc(2024, 8, 1), reassessAt: utc(2024, 11, 1) })] });
    expect(kinds(retentionDue(late, SEED_003, utc(2024, 8, 2)))).toEqual(['archive']);
  });

  it('P13 retention: an exception not decided by the lead partner, or without motivation, does not count', () => {
    for (const bad of [exception({ decidedBy: 'woningcorporatie' }), exception({ motivation: '   ' })]) {
      const h = buildHistory({ exceptions: [bad] });
      expect(kinds(retentionDue(h, SEED_003, addMonths(decided, 6)))).toEqual(['archive']);
    }
  });

  it('P13 retention: a closed case without a de-escalation date is scheduled from its closing', () => {
    const h = buildHistory({ deescalationDecidedAt: null, closedAt: utc(2024, 3, 1) });
    expect(kinds(retentionDue(h, SEED_003, utc(2024, 9, 1)))).toEqual(['archive']);
  });

  it('P13 retention: a running case has nothing due', () => {
    const h = buildHistory({ phase: 'monitoring', deescalationDecidedAt: null });
    expect(retentionDue(h, SEED_003, utc(2030, 1, 1))).toEqual([]);
    expect(retentionPlan(h, SEED_003)).toEqual({ status: 'running' });
  });
});

describe('P12 deletion when not accepted', () => {
  it('P12 deletion: a rejected case is due for deletion at once', () => {
    const h = buildHistory({ phase: 'rejected', deescalationDecidedAt: null, rejectedAt: utc(2024, 2, 1) });
    expect(retentionDue(h, SEED_003, utc(2024, 2, 1))).toEqual([
      { kind: 'delete', caseId: 'case-1', dueAt: utc(2024, 2, 1), reason: 'not_accepted', step: null },
    ]);
  });

  it('P12 deletion: a case referred to another table is due for deletion at once, under every policy', () => {
    const h = buildHistory({ phase: 'referred', deescalationDecidedAt: null, referredAt: utc(2024, 2, 1) });
    for (const policy of [SEED_002, SEED_003, SEED_004]) {
      expect(retentionDue(h, policy, utc(2024, 2, 2))).toMatchObject([{ kind: 'delete', reason: 'referred' }]);
    }
  });

  it('P12 deletion: once purged, a rejected case has nothing left to do (not even informing of a deletion)', () => {
    const h = buildHistory({ phase: 'rejected', rejectedAt: utc(2024, 2, 1), purgedAt: utc(2024, 2, 1) });
    expect(retentionDue(h, SEED_003, utc(2024, 3, 1))).toEqual([]);
  });
});

describe('P13 retention, seeds 002 and 004 (from closing)', () => {
  const closed = utc(2024, 5, 31);

  it('P13 retention: Venlo deletes at most 2 years after closing, with no archive step', () => {
    const h = buildHistory({ deescalationDecidedAt: null, closedAt: closed });
    expect(retentionDue(h, SEED_002, addMonths(closed, 12))).toEqual([]);
    expect(kinds(retentionDue(h, SEED_002, addDays(addMonths(closed, 24), -30)))).toEqual(['remind_step']);
    expect(retentionDue(h, SEED_002, addMonths(closed, 24))[0]).toEqual({
      kind: 'delete',
      caseId: 'case-1',
      dueAt: utc(2026, 5, 31),
      reason: 'period_elapsed',
      step: 'delete',
    });
  });

  it('P13 retention: where the policy allows no exceptions, a recorded one does not postpone deletion', () => {
    const h = buildHistory({
      deescalationDecidedAt: null,
      closedAt: closed,
      exceptions: [exception({ step: 'delete', decidedAt: utc(2026, 5, 1), reassessAt: utc(2026, 10, 1) })],
    });
    expect(kinds(retentionDue(h, SEED_002, utc(2026, 5, 31)))).toEqual(['delete', 'inform_subject_of_deletion']);
  });

  it('P13 retention: Nijmegen deletes 15 years after closing, not a day earlier', () => {
    const h = buildHistory({ deescalationDecidedAt: null, closedAt: closed });
    const fifteenYears = utc(2039, 5, 31);
    expect(kinds(retentionDue(h, SEED_004, addDays(fifteenYears, -1)))).toEqual(['remind_step']);
    expect(kinds(retentionDue(h, SEED_004, fifteenYears))).toEqual(['delete', 'inform_subject_of_deletion']);
  });
});

describe('retention sweep', () => {
  it('P13 retention: the sweep applies each collaboration’s policy and reports cases without one', () => {
    const policies = new Map([
      ['noord-limburg', SEED_003],
      ['venlo', SEED_002],
    ]);
    const cases = [
      buildHistory({ caseId: 'a', collaborationId: 'noord-limburg' }),
      buildHistory({ caseId: 'b', collaborationId: 'venlo', deescalationDecidedAt: null, closedAt: decided }),
      buildHistory({ caseId: 'c', collaborationId: 'onbekend' }),
    ];
    const now = addMonths(decided, 7);
    const result = scheduleSweep(cases, policies, now);
    expect(result.withoutPolicy).toEqual(['c']);
    expect(result.actions).toEqual([...retentionDue(cases[0]!, SEED_003, now), ...retentionDue(cases[1]!, SEED_002, now)]);
    expect(kinds(result.actions)).toEqual(['archive']);
  });

  it('P13 retention: the sweep handles 100,000 cases quickly', () => {
    const policies = new Map([['noord-limburg', SEED_003]]);
    const cases = Array.from({ length: 100_000 }, (_, i) =>
      buildHistory({ caseId: `c${i}`, collaborationId: 'noord-limburg', deescalationDecidedAt: decided - (i % 500) * 86_400_000 }),
    );
    const started = performance.now();
    const { actions } = scheduleSweep(cases, policies, addMonths(decided, 7));
    const elapsed = performance.now() - started;
    expect(actions.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
