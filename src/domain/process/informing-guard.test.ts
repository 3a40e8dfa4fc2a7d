import { describe, expect, it } from 'vitest';
import { checkInformedForTriage, informingReminders } from './informing-guard.js';
import { buildCaseState, informedByRegistrant, NOW } from './case-state.test-support.js';
import type { InformingPostponement } from './records.js';

const postponed: InformingPostponement = {
  subjectId: 's1',
  topic: 'registration',
  reason: 'Informeren nu zou het onderzoek naar huiselijk geweld schaden.',
  plannedAt: '2025-06-15',
  recordedAt: '2025-05-20',
  by: 'pd-1',
};

describe('P10 informing the subject before triage', () => {
  it('P10 informing: informed by the registrant, the case may enter triage', () => {
    expect(checkInformedForTriage(buildCaseState({ informing: [informedByRegistrant] }), NOW)).toEqual({ ok: true });
  });

  it('P10 informing: by the process director on behalf of the registrant counts', () => {
    const record = { ...informedByRegistrant, by: 'pd-1', byPartner: 'zvh', onBehalfOf: 'gemeente' };
    expect(checkInformedForTriage(buildCaseState({ informing: [record] }), NOW)).toEqual({ ok: true });
  });

  it('P10 informing: informing on behalf of another partner than the registrant does not count', () => {
    const record = { ...informedByRegistrant, onBehalfOf: 'politie' };
    expect(checkInformedForTriage(buildCaseState({ informing: [record] }), NOW)).toEqual({ ok: false, rule: 'P10', reason: 'informing_not_on_behalf_of_registrant' });
  });

  it('P10 informing: no record and no postponement refuses triage', () => {
    expect(checkInformedForTriage(buildCaseState(), NOW)).toEqual({ ok: false, rule: 'P10', reason: 'subject_not_informed' });
  });

  it('P10 informing: a record about another topic or dated in the future does not count', () => {
    const other = { ...informedByRegistrant, topic: 'rto_outcome' as const };
    const future = { ...informedByRegistrant, informedAt: '2025-07-01' };
    expect(checkInformedForTriage(buildCaseState({ informing: [other, future] }), NOW)).toMatchObject({ ok: false, reason: 'subject_not_informed' });
  });

  it('P10 informing: every subject of a household must be informed', () => {
    const state = buildCaseState({ subjects: ['s1', 's2'], informing: [informedByRegistrant] });
    expect(checkInformedForTriage(state, NOW)).toMatchObject({ ok: false, reason: 'subject_not_informed' });
    expect(checkInformedForTriage({ ...state, subjects: [] }, NOW)).toMatchObject({ ok: false, reason: 'subject_not_informed' });
  });

  it('P10 postponement: with a reason and a planned date the case may enter triage', () => {
    expect(checkInformedForTriage(buildCaseState({ postponements: [postponed] }), NOW)).toEqual({ ok: true });
  });

  it('P10 postponement: without a reason it is refused', () => {
    const state = buildCaseState({ postponements: [{ ...postponed, reason: ' ' }] });
    expect(checkInformedForTriage(state, NOW)).toEqual({ ok: false, rule: 'P10', reason: 'postponement_incomplete' });
  });

  it('P10 postponement: without a valid planned date it is refused', () => {
    const state = buildCaseState({ postponements: [{ ...postponed, plannedAt: 'later' }] });
    expect(checkInformedForTriage(state, NOW)).toEqual({ ok: false, rule: 'P10', reason: 'postponement_incomplete' });
  });

  it('P10 postponement: a planned date that has passed is refused', () => {
    const state = buildCaseState({ postponements: [{ ...postponed, plannedAt: '2025-05-25' }] });
    expect(checkInformedForTriage(state, NOW)).toEqual({ ok: false, rule: 'P10', reason: 'postponement_overdue' });
  });

  it('P10 reminders: open postponements are listed, overdue ones marked, informed ones dropped', () => {
    const late = { ...postponed, subjectId: 's2', plannedAt: '2025-05-01' };
    const state = buildCaseState({ subjects: ['s1', 's2'], postponements: [postponed, late] });
    expect(informingReminders(state, NOW)).toEqual([
      { postponement: postponed, overdue: false },
      { postponement: late, overdue: true },
    ]);
    expect(informingReminders({ ...state, informing: [informedByRegistrant] }, NOW)).toHaveLength(1);
  });
});
