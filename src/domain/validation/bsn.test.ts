import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsnCheckDigit, validateBsn } from './bsn.js';

/** Eight leading digits whose 11-test has a check digit 0..9, with that BSN. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((eight) => ({ eight, check: bsnCheckDigit(eight) }))
  .filter((x): x is { eight: number[]; check: number } => x.check !== null && (x.check !== 0 || x.eight.some((d) => d > 0)))
  .map(({ eight, check }) => [...eight, check].join(''));

describe('P8 BSN 11-test', () => {
  it('P8 BSN: accepts known valid numbers', () => {
    expect(validateBsn('111222333')).toEqual({ ok: true });
    expect(validateBsn('123456782')).toEqual({ ok: true });
  });

  it('P8 BSN: refuses a wrong check digit with a bilingual message', () => {
    const r = validateBsn('123456789');
    expect(r).toMatchObject({ ok: false, code: 'bsn_checksum' });
    if (!r.ok) expect(r.message.nl).toContain('elfproef');
  });

  it('P8 BSN: refuses all zeros although the sum is 0', () => {
    expect(validateBsn('000000000')).toMatchObject({ ok: false, code: 'bsn_all_zero' });
  });

  it.each(['12345678', '1234567890', '12345678a', ' 123456782', '', '１２３４５６７８２'])(
    'P8 BSN: refuses the malformed input %j',
    (input) => {
      expect(validateBsn(input)).toMatchObject({ ok: false, code: 'bsn_format' });
    },
  );

  it('P8 BSN: the last weight is -1, not +1', () => {
    // 9·1+8·0+…+2·0 = 9; with weight -1 the check digit is 9, with +1 it would be 2.
    expect(validateBsn('100000009')).toEqual({ ok: true });
    expect(validateBsn('100000002')).toMatchObject({ ok: false });
  });

  it('P8 BSN property: every number built with its check digit passes', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => validateBsn(bsn).ok),
      { numRuns: 10_000 },
    );
  });

  it('P8 BSN property: every single-digit change of a valid BSN fails', () => {
    const mutation = fc.tuple(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(mutation, ([bsn, position, delta]) => {
        const digits = [...bsn].map(Number);
        digits[position] = ((digits[position] ?? 0) + delta) % 10;
        return !validateBsn(digits.join('')).ok;
      }),
      { numRuns: 10_000 },
    );
  });
});
