import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES } from '../model.js';
import { addMonths, DAY_MS } from '../time/date-math.js';
import { buildHistory, utc } from './fixtures.test-support.js';
import type { CaseRetentionHistory, RetentionException } from './history.js';
import type { RetentionPolicy } from './policy.js';
import { retentionDue, retentionPlan } from './schedule.js';

const base = utc(2020, 1, 1);
const day = fc.integer({ min: 0, max: 3000 }).map((d) => base + d * DAY_MS);
const maybeDay = fc.option(day, { nil: null });
/** Mostly null: most generated cases are neither rejected, referred nor purged. */
const rareDay = fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: day, weight: 1 });

const policyArb: fc.Arbitrary<RetentionPolicy> = fc
  .record({
    anchor: fc.constantFrom('deescalation_decision' as const, 'closing' as const),
    archiveAfterMonths: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
    deleteAfterMonths: fc.integer({ min: 1, max: 200 }),
    exceptionsAllowed: fc.boolean(),
    maxExceptionMonths: fc.integer({ min: 0, max: 12 }),
    reminderDaysBefore: fc.integer({ min: 0, max: 60 }),
  })
  .map((p) => ({ ...p, unpickedSignal: null, source: 'generated' }));

const exceptionArb: fc.Arbitrary<RetentionException> = fc.record({
  step: fc.constantFrom('archive' as const, 'delete' as const),
  decidedAt: day,
  reassessAt: day,
  decidedBy: fc.constantFrom('lead', 'other'),
  motivation: fc.constantFrom('', 'gemotiveerd'),
});

const historyArb: fc.Arbitrary<CaseRetentionHistory> = fc
  .record({
    phase: fc.constantFrom(...PHASES),
    deescalationDecidedAt: maybeDay,
    closedAt: maybeDay,
    rejectedAt: rareDay,
    referredAt: rareDay,
    purgedAt: rareDay,
    exceptions: fc.array(exceptionArb, { maxLength: 4 }),
    subjectInformedOfDeletionAt: maybeDay,
  })
  .map((r) => buildHistory({ ...r, leadPartner: 'lead' }));

/** `now` anywhere, or within days of a step or re-assessment, where off-by-one errors live. */
type NowChoice = { readonly at: 'abs'; readonly day: number } | { readonly at: 'archive' | 'delete' | 'reassess'; readonly offset: number };
const nowArb: fc.Arbitrary<NowChoice> = fc.oneof(
  fc.record({ at: fc.constant('abs' as const), day: fc.integer({ min: 0, max: 8000 }) }),
  fc.record({ at: fc.constantFrom('archive' as const, 'delete' as const, 'reassess' as const), offset: fc.integer({ min: -3, max: 3 }) }),
);
const RUNS = { numRuns: 10_000 };

function isP12(h: CaseRetentionHistory): boolean {
  return h.rejectedAt !== null || h.referredAt !== null || h.phase === 'rejected' || h.phase === 'referred';
}

function resolveNow(c: NowChoice, h: CaseRetentionHistory, p: RetentionPolicy): number {
  if (c.at === 'abs') return base + c.day * DAY_MS;
  const a = anchor(h, p) ?? base;
  const months = c.at === 'archive' ? (p.archiveAfterMonths ?? p.deleteAfterMonths) : p.deleteAfterMonths;
  const at = c.at === 'reassess' ? (h.exceptions[0]?.reassessAt ?? a) : addMonths(a, months);
  return at + c.offset * DAY_MS;
}

function anchor(h: CaseRetentionHistory, p: RetentionPolicy): number | null {
  return p.anchor === 'closing' ? (h.closedAt ?? h.deescalationDecidedAt) : (h.deescalationDecidedAt ?? h.closedAt);
}

describe('P13 retention properties', () => {
  it('P13 retention: a case is never deleted before its policy allows, unless rejected or referred (P12)', () => {
    fc.assert(
      fc.property(historyArb, policyArb, nowArb, (h, policy, choice) => {
        const now = resolveNow(choice, h, policy);
        const deletes = retentionDue(h, policy, now).filter((a) => a.kind === 'delete');
        if (deletes.length === 0 || isP12(h)) return;
        const a = anchor(h, policy);
        expect(a).not.toBeNull();
        expect(now).toBeGreaterThanOrEqual(addMonths(a!, policy.deleteAfterMonths));
        expect(deletes[0]!.dueAt).toBeGreaterThanOrEqual(addMonths(a!, policy.deleteAfterMonths));
      }),
      RUNS,
    );
  });

  it('P13 retention: archive and delete are never both due, and archiving is never planned after deletion', () => {
    fc.assert(
      fc.property(historyArb, policyArb, nowArb, (h, policy, choice) => {
        const now = resolveNow(choice, h, policy);
        const due = retentionDue(h, policy, now).map((a) => a.kind);
        expect(due.includes('archive') && due.includes('delete')).toBe(false);
        const plan = retentionPlan(h, policy);
        if (plan.status === 'scheduled' && plan.archiveAt !== null) expect(plan.archiveAt).toBeLessThan(plan.deleteAt);
        if (due.includes('archive')) {
          expect(policy.archiveAfterMonths).not.toBeNull();
          expect(now).toBeGreaterThanOrEqual(addMonths(anchor(h, policy)!, policy.archiveAfterMonths!));
        }
      }),
      RUNS,
    );
  });

  it('P13 retention: a step once due stays due until done, and a done step is not due again', () => {
    fc.assert(
      fc.property(historyArb, policyArb, nowArb, fc.integer({ min: 0, max: 2000 }), (h, policy, choice, later) => {
        const now = resolveNow(choice, h, policy);
        const due = retentionDue(h, policy, now).map((a) => a.kind);
        const afterwards = retentionDue(h, policy, now + later * DAY_MS).map((a) => a.kind);
        if (due.includes('delete')) expect(afterwards).toContain('delete');
        if (due.includes('archive')) expect(afterwards.includes('archive') || afterwards.includes('delete')).toBe(true);
        const archived: CaseRetentionHistory = { ...h, phase: isP12(h) ? h.phase : 'archived' };
        expect(retentionDue(archived, policy, now).map((a) => a.kind)).not.toContain('archive');
        const purged: CaseRetentionHistory = { ...h, phase: 'deleted', purgedAt: now };
        expect(retentionDue(purged, policy, now + later * DAY_MS).every((a) => a.kind === 'inform_subject_of_deletion')).toBe(true);
      }),
      RUNS,
    );
  });
});
