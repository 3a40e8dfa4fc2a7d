import { describe, expect, it } from 'vitest';
import { addBriefVersion } from './case-manager-brief.js';

const at = new Date('2026-06-10T14:00:00Z');
const input = { brief: 'Schulden stabiliseren', performanceBrief: 'Binnen drie maanden een regeling' };

describe('004-W14 the case manager\'s brief', () => {
  it('the first version needs both texts, no reason; an adjustment needs its reason and keeps the earlier versions', () => {
    const first = addBriefVersion('rto', true, [], input, 'u1', at);
    expect(first).toMatchObject({ ok: true, history: [{ ...input, reason: null, by: 'u1', at: at.toISOString() }] });
    if (!first.ok) return;
    expect(addBriefVersion('monitoring', true, first.history, input, 'u1', at)).toMatchObject({ ok: false, reason: 'fields', fields: [{ field: 'reason' }] });
    const second = addBriefVersion('monitoring', true, first.history, { ...input, reason: 'Bijgesteld' }, 'u2', at);
    expect(second.ok && second.history.map((v) => v.reason)).toEqual([null, 'Bijgesteld']);
    expect(addBriefVersion('rto', true, [], { brief: ' ', performanceBrief: '' }, 'u1', at)).toMatchObject({ ok: false, fields: [{ field: 'brief' }, { field: 'performanceBrief' }] });
  });

  it('only with a case manager and only in steps 4 to 7', () => {
    expect(addBriefVersion('rto', false, [], input, 'u1', at)).toEqual({ ok: false, reason: 'no_case_director' });
    for (const phase of ['screening', 'triage', 'archived'] as const) expect(addBriefVersion(phase, true, [], input, 'u1', at)).toEqual({ ok: false, reason: 'phase' });
    expect(addBriefVersion('deescalation1', true, [], input, 'u1', at).ok).toBe(true);
  });
});
