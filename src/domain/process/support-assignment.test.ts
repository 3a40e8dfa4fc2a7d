import { describe, expect, it } from 'vitest';
import { actor, buildCase, NOW } from '../../../test/support/case-facts-builder.js';
import { COLLABORATION } from '../../../test/support/arbitrary-facts.js';
import { checkSupportAssignment, checkSupportRemoval } from './support-assignment.js';

const candidate = { userId: 'u-sup2', collaborationId: COLLABORATION, role: 'support', active: true } as const;

describe('assigning support staff (003-52, 004-R05)', () => {
  it('003-52 the process director of a running case assigns an active support user who is not assigned yet', () => {
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), candidate, NOW)).toBeNull();
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), { ...candidate, userId: 'u-sup' }, NOW)).toBe('support_already_assigned');
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), { ...candidate, role: 'professional' }, NOW)).toBe('support_not_support_role');
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), { ...candidate, collaborationId: 'other' }, NOW)).toBe('support_not_support_role');
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), { ...candidate, active: false }, NOW)).toBe('support_inactive');
    expect(checkSupportAssignment(actor('u-pd'), buildCase(), null, NOW)).toBe('support_not_support_role');
  });
  it('004-R05 nobody else assigns: another process director, the support user itself, a professional; nor after the case ran', () => {
    expect(checkSupportAssignment(actor('u-pd2'), buildCase(), candidate, NOW)).toBe('support_assign_not_director');
    expect(checkSupportAssignment(actor('u-sup'), buildCase(), candidate, NOW)).toBe('support_assign_not_director');
    expect(checkSupportAssignment(actor('u-rn'), buildCase(), candidate, NOW)).toBe('support_assign_not_director');
    expect(checkSupportAssignment(actor('u-pd'), buildCase({ phase: 'archived' }), candidate, NOW)).toBe('support_case_not_active');
    expect(checkSupportRemoval(actor('u-pd'), buildCase(), 'u-sup', NOW)).toBeNull();
    expect(checkSupportRemoval(actor('u-pd'), buildCase(), 'u-sup2', NOW)).toBe('support_not_assigned');
  });
});
