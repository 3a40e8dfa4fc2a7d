import { describe, expect, it } from 'vitest';
import { normalisePostcode, validatePostcode } from './postcode.js';

describe('postcode validation', () => {
  it.each(['6211 LK', '6211LK', '5911 ab', '1000AA'])('accepts %j', (value) => {
    expect(validatePostcode(value)).toEqual({ ok: true });
  });

  it.each(['0211 LK', '621 LK', '6211 L', '6211-LK', '62111LK', '6211 L1', ''])('refuses the format %j', (value) => {
    expect(validatePostcode(value)).toMatchObject({ ok: false, code: 'postcode_format' });
  });

  it.each(['1234 SA', '1234 SD', '1234ss'])('refuses letters never issued: %j', (value) => {
    expect(validatePostcode(value)).toMatchObject({ ok: false, code: 'postcode_reserved_letters' });
  });

  it('normalises to "1234 AB" and returns null for bad input', () => {
    expect(normalisePostcode(' 6211lk ')).toBe('6211 LK');
    expect(normalisePostcode('6211 SS')).toBeNull();
  });
});
