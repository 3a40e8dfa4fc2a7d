import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV exports', () => {
  it('quotes separators, quotes and line breaks; starts with a byte-order mark', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'zei "ja"'], ['regel\nnieuw', null]]);
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","zei ""ja"""\r\n"regel\nnieuw",\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula, not numbers', () => {
    expect(toCsv(['f'], [['=HYPERLINK("x")'], ['-1+2'], [-3]])).toBe('\uFEFFf\r\n"\'=HYPERLINK(""x"")"\r\n\'-1+2\r\n-3\r\n');
  });
});
