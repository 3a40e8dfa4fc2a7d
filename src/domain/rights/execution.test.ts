import { describe, expect, it } from 'vitest';
import { planExecution } from './execution.js';
import type { OwnContribution } from './execution.js';
import { planLifting, restrictionDenial } from './restriction.js';

const c = (id: string, subjects: string[], by = 'p1', extra: Partial<OwnContribution> = {}): OwnContribution => ({ id, by, subjects, withdrawn: false, restricted: false, ...extra });
const items = [c('alfa-only', ['alfa']), c('beta-only', ['beta']), c('household', []), c('both', ['alfa', 'beta']), c('other-partner', ['alfa'], 'p2'), c('old', ['alfa'], 'p1', { withdrawn: true })];

describe('16.1 rights kinds per subject', () => {
  it('16.1 erasure and restriction change only what is about the subject alone; shared items are recorded as left shared; other partners and members untouched', () => {
    for (const kind of ['erasure', 'restriction'] as const) {
      const r = planExecution({ kind, subjectId: 'alfa' }, 'p1', items, { kind });
      expect(r.ok && r.plan.effects).toEqual([
        { contributionId: 'alfa-only', effect: kind === 'erasure' ? 'erased' : 'restricted' },
        { contributionId: 'household', effect: 'left_shared' },
        { contributionId: 'both', effect: 'left_shared' },
      ]);
    }
  });

  it('16.1 objection: upheld stops processing; overridden changes nothing; a reason is always needed', () => {
    expect(planExecution({ kind: 'objection', subjectId: 'alfa' }, 'p1', items, { kind: 'objection', upheld: false, reason: 'Dwingende gronden.' })).toEqual({ ok: true, plan: { effects: [{ contributionId: null, effect: 'objection_overridden' }] } });
    const upheld = planExecution({ kind: 'objection', subjectId: 'alfa' }, 'p1', items, { kind: 'objection', upheld: true, reason: 'Geen zwaarder wegende gronden.' });
    expect(upheld.ok && upheld.plan.effects[0]).toEqual({ contributionId: 'alfa-only', effect: 'processing_stopped' });
    expect(planExecution({ kind: 'objection', subjectId: 'alfa' }, 'p1', items, { kind: 'objection', upheld: true, reason: ' ' })).toMatchObject({ ok: false, reason: 'P15_objection_without_reason' });
  });

  it("16.1 rectification corrects only the partner's own items about the subject; another kind's action is refused", () => {
    expect(planExecution({ kind: 'rectification', subjectId: 'alfa' }, 'p1', items, { kind: 'rectification', corrections: [{ contributionId: 'beta-only', content: 'x' }] })).toMatchObject({ ok: false, reason: 'P15_rectification_not_own' });
    expect(planExecution({ kind: 'rectification', subjectId: 'alfa' }, 'p1', items, { kind: 'rectification', corrections: [{ contributionId: 'other-partner', content: 'x' }] })).toMatchObject({ ok: false, reason: 'P15_rectification_not_own' });
    expect(planExecution({ kind: 'rectification', subjectId: 'alfa' }, 'p1', items, { kind: 'rectification', corrections: [{ contributionId: 'household', content: 'Verbeterd.' }] })).toMatchObject({ ok: true });
    expect(planExecution({ kind: 'erasure', subjectId: 'alfa' }, 'p1', items, { kind: 'restriction' })).toMatchObject({ ok: false, reason: 'P15_execution_other_kind' });
  });

  it('16.1 a restricted item is read only within a rights request', () => {
    expect(restrictionDenial({ restriction: 'restriction' }, 'rto', 'read')).toBe('P15_restricted_processing');
    expect(restrictionDenial({ restriction: 'objection' }, 'screening', 'read')).toBe('P15_objection_upheld');
    expect(restrictionDenial({ restriction: 'restriction' }, 'rights_request', 'read')).toBeNull();
    expect(restrictionDenial({ restriction: 'restriction' }, 'rights_request', 'take_along')).toBe('P15_restricted_processing');
    expect(restrictionDenial({}, 'rto', 'read')).toBeNull();
  });
});

describe('13.1 lifting a restriction (AVG art. 18.3)', () => {
  const now = Date.parse('2026-06-01T10:00:00Z');
  it('13.1 lifts what a restriction request restricted, with a reason, the subject informed beforehand', () => {
    const items = [{ id: 'k1', restriction: 'restriction' as const }, { id: 'k2', restriction: 'objection' as const }];
    expect(planLifting({ kind: 'restriction' }, items, { reason: 'Juistheid vastgesteld', subjectInformedAt: now - 1 }, now)).toEqual({ ok: true, lift: ['k1'] });
    expect(planLifting({ kind: 'restriction' }, items, { reason: ' ', subjectInformedAt: now }, now)).toMatchObject({ ok: false, reason: 'P15_lift_without_reason' });
    expect(planLifting({ kind: 'restriction' }, items, { reason: 'r', subjectInformedAt: now + 1 }, now)).toMatchObject({ ok: false, reason: 'P15_lift_subject_not_informed' });
    expect(planLifting({ kind: 'restriction' }, items, { reason: 'r', subjectInformedAt: Number.NaN }, now)).toMatchObject({ ok: false, reason: 'P15_lift_subject_not_informed' });
    expect(planLifting({ kind: 'objection' }, items, { reason: 'r', subjectInformedAt: now }, now)).toMatchObject({ ok: false, reason: 'P15_lift_not_restriction' });
    expect(planLifting({ kind: 'restriction' }, [items[1]!], { reason: 'r', subjectInformedAt: now }, now)).toMatchObject({ ok: false, reason: 'P15_lift_nothing_restricted' });
  });
});
