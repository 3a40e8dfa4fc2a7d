import { describe, expect, it } from 'vitest';
import { protectBreakdown, publishableCount, suppressSmallCounts } from './small-counts.js';

describe('P19 management figures: small counts', () => {
  it('P19 small counts: 1 to 4 are suppressed, 0 and 5+ are shown', () => {
    expect([0, 1, 4, 5, 12].map(publishableCount)).toEqual([0, null, null, 5, 12]);
    expect(suppressSmallCounts([{ key: 'a', count: 3 }, { key: 'b', count: 7 }])).toEqual([
      { key: 'a', count: null, suppressed: true },
      { key: 'b', count: 7, suppressed: false },
    ]);
  });

  it('L3 differencing: the pentest\'s total 10 with rejected 5 and five hidden phases of 1 hides rejected too', () => {
    const rows = [
      { key: 'screening', count: 1 },
      { key: 'triage', count: 1 },
      { key: 'rto', count: 1 },
      { key: 'monitoring', count: 1 },
      { key: 'deescalation1', count: 1 },
      { key: 'rejected', count: 5 },
      { key: 'archived', count: 0 },
    ];
    const protectedRows = protectBreakdown(rows, 10);
    expect(protectedRows.totalSuppressed).toBe(false);
    expect(protectedRows.cells.map((c) => c.count)).toEqual([null, null, null, null, null, null, 0]);
    // One hidden cell is the difference itself: the others are hidden too.
    expect(protectBreakdown([{ key: 'a', count: 2 }, { key: 'b', count: 9 }, { key: 'c', count: 0 }, { key: 'd', count: 6 }], 17).cells.map((c) => c.count)).toEqual([null, null, 0, null]);
    // Two hidden counts that can only be 1 and 1 (or 4 and 4) likewise.
    expect(protectBreakdown([{ key: 'a', count: 1 }, { key: 'b', count: 1 }, { key: 'c', count: 8 }], 10).cells.map((c) => c.count)).toEqual([null, null, null]);
    // A difference that fixes nothing stays as it is: 2 and 3 or 1 and 4 or …
    expect(protectBreakdown([{ key: 'a', count: 2 }, { key: 'b', count: 3 }, { key: 'c', count: 8 }], 13).cells.map((c) => c.count)).toEqual([null, null, 8]);
    // Nothing else to hide, or a small total: everything goes, zeros and the total too.
    expect(protectBreakdown([{ key: 'a', count: 3 }, { key: 'b', count: 7 }], 10)).toMatchObject({ totalSuppressed: false });
    expect(protectBreakdown([{ key: 'a', count: 3 }, { key: 'b', count: 0 }], 3)).toEqual({ totalSuppressed: true, cells: [{ key: 'a', count: null, suppressed: true }, { key: 'b', count: null, suppressed: true }] });
  });

  it('L3 differencing, exhaustively for breakdowns of 3 and 4 cells of 0 to 11: no hidden count is fixed by what is published', () => {
    for (const n of [3, 4]) {
      const groups = new Map<string, number[][]>();
      const counts = Array.from({ length: 12 }, (_, i) => i);
      const all: number[][] = [[]];
      for (let i = 0; i < n; i++) all.splice(0, all.length, ...all.flatMap((prefix) => counts.map((c) => [...prefix, c])));
      for (const values of all) {
        const total = values.reduce((a, b) => a + b, 0);
        const out = protectBreakdown(values.map((count, key) => ({ key, count })), total);
        const published = JSON.stringify([out.totalSuppressed ? null : total, out.cells.map((c) => c.count)]);
        groups.set(published, [...(groups.get(published) ?? []), values]);
      }
      for (const [published, members] of groups) {
        const cells = (JSON.parse(published) as [number | null, (number | null)[]])[1];
        cells.forEach((c, i) => {
          if (c !== null) return;
          // Every hidden cell takes at least two values among the breakdowns that publish the same.
          const seen = new Set(members.map((m) => m[i]));
          expect(seen.size, `${published} cell ${i}: ${JSON.stringify(members)}`).toBeGreaterThan(1);
        });
      }
    }
  });
});
