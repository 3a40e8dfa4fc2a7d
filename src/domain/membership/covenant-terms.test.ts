import { describe, expect, it } from 'vitest';
import { checkAccession } from './accession.js';
import { approvalRuleOf, noticePolicyOf } from './covenant-terms.js';
import { membershipEndsAt } from './notice.js';

describe('P1 membership: covenant terms from the configuration', () => {
  it('P1 joining: an objection-period covenant is decided by the steering group alone', () => {
    expect(approvalRuleOf('steering_group_after_objection_period')).toBe('steering_group');
    expect(approvalRuleOf('all_partners')).toBe('all_partners');
    expect(approvalRuleOf('steering_group_after_all_partners')).toBe('steering_group_after_all_partners');
    const request = { candidate: 'new', requestedAt: '2026-01-01', decisions: [{ by: { kind: 'steering_group' as const }, approved: true, at: '2026-02-01' }], declarationSignedAt: '2026-02-02' };
    expect(checkAccession(request, approvalRuleOf('steering_group_after_objection_period'), ['a', 'b']).ok).toBe(true);
    expect(checkAccession(request, approvalRuleOf('all_partners'), ['a', 'b']).ok).toBe(false);
  });

  it('P1 notice: a yearly term ends on the next 1 January; a plain period does not', () => {
    const given = Date.parse('2026-03-10T00:00:00Z');
    expect(new Date(membershipEndsAt(given, noticePolicyOf(0, 'end_of_yearly_term'))).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(new Date(membershipEndsAt(given, noticePolicyOf(3, 'after_period'))).toISOString()).toBe('2026-06-10T00:00:00.000Z');
    expect(noticePolicyOf(24, 'after_period_on_january_first')).toEqual({ noticeMonths: 24, endsOnFirstOfJanuary: true });
  });
});
