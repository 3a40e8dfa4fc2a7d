import { describe, expect, it } from 'vitest';
import { mayReadWeighing } from './weighing-readers.js';

describe('000-R23 who reads a weighing back (seed 000 Bijlage 3)', () => {
  it('000-R23 the organisation that weighed and the process directors of the case; no other partner', () => {
    const directors = new Set(['pd']);
    expect(mayReadWeighing({ userId: 'u', partnerId: 'gemeente' }, { partnerId: 'gemeente' }, directors)).toBe(true);
    expect(mayReadWeighing({ userId: 'pd', partnerId: 'gemeente' }, { partnerId: 'politie' }, directors)).toBe(true);
    expect(mayReadWeighing({ userId: 'x', partnerId: 'woonpunt' }, { partnerId: 'politie' }, directors)).toBe(false);
  });
});
