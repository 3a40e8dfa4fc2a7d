import { describe, expect, it } from 'vitest';
import { checkAbsence, mayCancelAbsence } from './absence.js';
import type { AbsenceProposal } from './absence.js';

const pd = { userId: 'u-pd', collaborationId: 'k', partnerId: 'gem', role: 'process_director', active: true } as const;
const pd2 = { ...pd, userId: 'u-pd2' };
const base: AbsenceProposal = { setBy: pd, absent: pd, substitute: pd2, startsOn: '2026-06-02', endsOn: '2026-06-05', today: '2026-06-01', otherPeriods: [] };

describe('checkAbsence (ADR 0116)', () => {
  it('002-C07 an active colleague of the same partner and role, for a period that runs forward, is accepted', () => {
    expect(checkAbsence(base)).toEqual([]);
    expect(checkAbsence({ ...base, startsOn: '2026-06-01', endsOn: '2026-06-01' })).toEqual([]);
  });
  it('002-C07 a substitute of another partner, of another role, disabled, or the absent person itself is refused', () => {
    expect(checkAbsence({ ...base, substitute: { ...pd2, partnerId: 'pol' } })).toEqual(['substitute_other_partner']);
    expect(checkAbsence({ ...base, substitute: { ...pd2, collaborationId: 'other' } })).toEqual(['substitute_other_partner']);
    expect(checkAbsence({ ...base, substitute: { ...pd2, role: 'support' } })).toEqual(['substitute_other_role']);
    expect(checkAbsence({ ...base, substitute: { ...pd2, active: false } })).toEqual(['substitute_inactive']);
    expect(checkAbsence({ ...base, substitute: pd })).toEqual(['substitute_is_absent']);
  });
  it('002-C07 a reversed, past or overlapping period is refused; every refusal is returned at once', () => {
    expect(checkAbsence({ ...base, endsOn: '2026-06-01' })).toEqual(['period_reversed']);
    expect(checkAbsence({ ...base, startsOn: '2026-05-01', endsOn: '2026-05-31' })).toEqual(['period_past']);
    expect(checkAbsence({ ...base, otherPeriods: [{ startsOn: '2026-06-05', endsOn: '2026-06-09' }] })).toEqual(['period_overlaps']);
    expect(checkAbsence({ ...base, otherPeriods: [{ startsOn: '2026-06-06', endsOn: '2026-06-09' }] })).toEqual([]);
    expect(checkAbsence({ ...base, substitute: { ...pd2, partnerId: 'pol' }, endsOn: '2026-06-01' })).toEqual(['substitute_other_partner', 'period_reversed']);
  });
  it('002-C07 only the absent person or the collaboration\'s administrator sets or cancels it', () => {
    expect(checkAbsence({ ...base, setBy: pd2 })).toEqual(['absence_not_yours']);
    expect(checkAbsence({ ...base, setBy: { userId: 'u-adm', collaborationId: 'k', role: 'admin' } })).toEqual([]);
    expect(checkAbsence({ ...base, setBy: { userId: 'u-adm', collaborationId: 'other', role: 'admin' } })).toEqual(['absence_not_yours']);
    expect(checkAbsence({ ...base, absent: { ...pd, role: 'manager' }, substitute: { ...pd2, role: 'manager' } })).toEqual(['absent_role_has_no_cases']);
    expect(mayCancelAbsence(pd, { absentUserId: 'u-pd', collaborationId: 'k' })).toBe(true);
    expect(mayCancelAbsence(pd2, { absentUserId: 'u-pd', collaborationId: 'k' })).toBe(false);
  });
});
