import { describe, expect, it } from 'vitest';
import { PARTNERS, NOW } from './case-state.test-support.js';
import { checkRegistration } from './registration-guard.js';

const partner = (id: string) => PARTNERS.find((p) => p.id === id);

describe('P1 membership: registering a case', () => {
  it('P1 registration: an active covenant partner registers', () => {
    expect(checkRegistration(partner('gemeente'), NOW)).toEqual({ ok: true });
  });

  it('P1 registration: a non-partner cannot register', () => {
    expect(checkRegistration(partner('derde'), NOW)).toEqual({ ok: false, rule: 'P1', reason: 'registrant_not_member' });
    expect(checkRegistration(undefined, NOW)).toEqual({ ok: false, rule: 'P1', reason: 'registrant_not_member' });
  });

  it('P1 registration: a partner whose membership ended cannot register', () => {
    expect(checkRegistration(partner('vertrokken'), NOW)).toEqual({ ok: false, rule: 'P1', reason: 'registrant_membership_ended' });
  });

  it('P1 registration: a partner whose membership has not started cannot register', () => {
    expect(checkRegistration(partner('toekomstig'), NOW)).toEqual({ ok: false, rule: 'P1', reason: 'registrant_membership_not_started' });
  });
});
