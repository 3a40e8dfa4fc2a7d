import { describe, expect, it } from 'vitest';
import { dutchDate, isoDate, isRealDate } from '../../web/src/dates.js';

describe('Dutch dates (issue 15 item 2)', () => {
  it('reads dd-mm-jjjj and its common variants as ISO', () => {
    expect(isoDate('31-03-1980')).toBe('1980-03-31');
    expect(isoDate(' 1-3-1980 ')).toBe('1980-03-01');
    expect(isoDate('31/03/1980')).toBe('1980-03-31');
    expect(isoDate('31.03.1980')).toBe('1980-03-31');
    expect(isoDate('1980-03-31')).toBe('1980-03-31');
  });
  it('knows a date that does not exist', () => {
    expect(isRealDate('31-03-1980')).toBe(true);
    expect(isRealDate('31-02-1980')).toBe(false);
    expect(isRealDate('maart 1980')).toBe(false);
  });
  it('shows an ISO date the Dutch way', () => {
    expect(dutchDate('1980-03-31')).toBe('31-03-1980');
    expect(dutchDate(null)).toBe('');
  });
});
