import { describe, expect, it } from 'vitest';
import { addMonths } from '../time/date-math.js';
import { buildHistory, SEED_002, SEED_003, utc } from './fixtures.test-support.js';
import type { RetentionException } from './history.js';
import { retentionStage, retentionStatus } from './status.js';

const decided = utc(2024, 1, 15);
const now = utc(2024, 3, 1);

function exception(overrides: Partial<RetentionException> = {}): RetentionException {
  return { step: 'archive', decidedAt: utc(2024, 7, 1), reassessAt: utc(2024, 10, 1), decidedBy: 'gemeente-venlo', motivation: 'Terugval verwacht.', ...overrides };
}

describe('P13 retention status', () => {
  it('P13: step 1 shows the decision, archiving after 6 and deletion after 12 months, and the furthest re-assessment 6 months from now', () => {
    const s = retentionStatus(buildHistory(), SEED_003, now);
    expect(s).toMatchObject({ stage: 'step1', deescalationDecidedAt: decided, anchorAt: decided, archiveAt: addMonths(decided, 6), deleteAt: addMonths(decided, 12), exceptions: [], motivationsVisible: true });
    expect(s.latestReassessAt).toBe(addMonths(now, 6));
  });

  it('P13: a valid exception postpones the archive step to its re-assessment and is marked as postponing', () => {
    const ex = exception();
    const s = retentionStatus(buildHistory({ exceptions: [ex] }), SEED_003, now);
    expect(s.archiveAt).toBe(utc(2024, 10, 1));
    expect(s.deleteAt).toBe(addMonths(decided, 12));
    expect(s.exceptions).toEqual([{ exception: ex, effectiveReassessAt: utc(2024, 10, 1), counts: true, postpones: true }]);
  });

  it('P13: an exception not decided by the lead partner does not count and postpones nothing', () => {
    const ex = exception({ decidedBy: 'politie' });
    const s = retentionStatus(buildHistory({ exceptions: [ex] }), SEED_003, now);
    expect(s.archiveAt).toBe(addMonths(decided, 6));
    expect(s.exceptions[0]).toMatchObject({ counts: false, postpones: false });
  });

  it('P13: a re-assessment beyond the limit is shown capped at 6 months after the decision', () => {
    const ex = exception({ reassessAt: utc(2025, 6, 1) });
    const s = retentionStatus(buildHistory({ exceptions: [ex] }), SEED_003, now);
    expect(s.exceptions[0]?.effectiveReassessAt).toBe(utc(2025, 1, 1));
  });

  it('P13: once archived only the deletion is ahead, and motivations are no longer shown', () => {
    const s = retentionStatus(buildHistory({ phase: 'archived' }), SEED_003, now);
    expect(s).toMatchObject({ stage: 'step2', archiveAt: null, deleteAt: addMonths(decided, 12), motivationsVisible: false });
  });

  it('P13: a policy without exceptions offers no re-assessment date; before any anchor nothing is scheduled', () => {
    const s = retentionStatus(buildHistory({ phase: 'monitoring', deescalationDecidedAt: null }), SEED_002, now);
    expect(s).toMatchObject({ stage: 'active', anchorAt: null, archiveAt: null, deleteAt: null, latestReassessAt: null });
  });

  it('P12/P13: the stages by phase', () => {
    expect(retentionStage('rto')).toBe('active');
    expect(retentionStage('deleted')).toBe('step3');
    expect(retentionStage('rejected')).toBe('not_accepted');
    expect(retentionStatus(buildHistory({ phase: 'deleted', purgedAt: now }), SEED_003, now)).toMatchObject({ stage: 'step3', deleteAt: null, motivationsVisible: false });
  });
});
