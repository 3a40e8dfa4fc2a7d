import { describe, expect, it } from 'vitest';
import { actor, buildCase, NOW } from '../../../test/support/case-facts-builder.js';
import { decideRegistration } from './register.js';

describe('13.11 only a partner registers (P1; seed 003 Bijlage 3, 003-43)', () => {
  it('13.11 only a partner registers: the process director cannot register a case on the title of the organisation that employs it', () => {
    const d = decideRegistration(actor('u-pd'), buildCase().partners, NOW);
    expect(d).toEqual({ allow: false, rule: 'P1', reason: 'process_director_not_a_registrant' });
  });

  it('13.11 only a partner registers: a professional of the same employer organisation still registers', () => {
    expect(decideRegistration(actor('u-gem'), buildCase().partners, NOW).allow).toBe(true);
  });
});
