import { describe, expect, it } from 'vitest';
import { checkWpg20InForce, checkWpg20StatusChange, currentWpg20Status, providesUnderWpg20 } from './wpg20-decision.js';

const change = { actorPartnerId: 'pol', decisionPartnerId: 'pol', holdsDecision: true, current: 'in_force', next: 'suspended', reason: 'Onderzoek' } as const;

describe('002-D10 the status of the art. 20 Wpg decision (ADR 0190)', () => {
  it('is in force until a change is recorded, then the last one recorded', () => {
    expect(currentWpg20Status([])).toBe('in_force');
    expect(currentWpg20Status(['suspended', 'in_force', 'withdrawn'])).toBe('withdrawn');
  });

  it('refuses new police data or an art. 20 basis while suspended or withdrawn, and nothing else', () => {
    expect(providesUnderWpg20(false, 'public_task')).toBe(false);
    expect(providesUnderWpg20(false, 'wpg20')).toBe(true);
    expect(providesUnderWpg20(true, undefined)).toBe(true);
    expect(checkWpg20InForce('in_force', true)).toEqual({ ok: true });
    expect(checkWpg20InForce('suspended', false)).toEqual({ ok: true });
    expect(checkWpg20InForce('suspended', true)).toMatchObject({ ok: false, rule: 'P9', reason: 'wpg20_decision_suspended' });
    expect(checkWpg20InForce('withdrawn', true)).toMatchObject({ ok: false, rule: 'P9', reason: 'wpg20_decision_withdrawn' });
  });

  it('is changed only by the police partner holding it, with a reason; withdrawn comes back only as a new decision', () => {
    expect(checkWpg20StatusChange(change)).toEqual({ ok: true });
    expect(checkWpg20StatusChange({ ...change, holdsDecision: false })).toMatchObject({ reason: 'wpg20_no_decision' });
    expect(checkWpg20StatusChange({ ...change, actorPartnerId: 'woon' })).toMatchObject({ reason: 'wpg20_not_decision_holder' });
    expect(checkWpg20StatusChange({ ...change, reason: '  ' })).toMatchObject({ reason: 'wpg20_reason_missing' });
    expect(checkWpg20StatusChange({ ...change, current: 'suspended' })).toMatchObject({ reason: 'wpg20_status_unchanged' });
    expect(checkWpg20StatusChange({ ...change, next: 'in_force' })).toMatchObject({ reason: 'wpg20_status_unchanged' });
    expect(checkWpg20StatusChange({ ...change, next: 'in_force', decisionReference: 'Gewijzigd besluit' })).toEqual({ ok: true });
    expect(checkWpg20StatusChange({ ...change, current: 'withdrawn', next: 'suspended' })).toMatchObject({ reason: 'wpg20_withdrawn_needs_new_decision' });
    expect(checkWpg20StatusChange({ ...change, current: 'withdrawn', next: 'in_force' })).toMatchObject({ reason: 'wpg20_withdrawn_needs_new_decision' });
    expect(checkWpg20StatusChange({ ...change, current: 'withdrawn', next: 'in_force', decisionReference: 'Nieuw besluit' })).toEqual({ ok: true });
  });
});
