import { describe, expect, it } from 'vitest';
import { liftingRecipients } from './restriction.js';

describe('13.1 lifting a restriction: who is told (AVG art. 19)', () => {
  it('13.1 every partner that received a lifted item, once, never the partner that holds it', () => {
    expect(liftingRecipients([{ by: 'rn', receivedBy: ['woon', 'politie', 'rn'] }, { by: 'woon', receivedBy: ['woon'] }, { by: 'rn', receivedBy: ['woon'] }])).toEqual(['politie', 'woon']);
    expect(liftingRecipients([])).toEqual([]);
  });
});
