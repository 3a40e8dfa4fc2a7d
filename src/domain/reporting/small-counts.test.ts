import { describe, expect, it } from 'vitest';
import { publishableCount, suppressSmallCounts } from './small-counts.js';

describe('P19 management figures: small counts', () => {
  it('P19 small counts: 1 to 4 are suppressed, 0 and 5+ are shown', () => {
    expect([0, 1, 4, 5, 12].map(publishableCount)).toEqual([0, null, null, 5, 12]);
    expect(suppressSmallCounts([{ key: 'a', count: 3 }, { key: 'b', count: 7 }])).toEqual([
      { key: 'a', count: null, suppressed: true },
      { key: 'b', count: 7, suppressed: false },
    ]);
  });
});
