/**
 * The BSN (burgerservicenummer) 11-test (P8): nine digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). The all-zero number passes the sum but is no BSN.
 */
import { invalid, VALID, type ValidationResult } from './result.js';

export type BsnErrorCode = 'bsn_format' | 'bsn_all_zero' | 'bsn_checksum';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** The weighted 11-test sum of nine digits. */
export function bsnWeightedSum(digits: readonly number[]): number {
  return WEIGHTS.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);
}

/**
 * The check digit (the ninth) that makes the first eight digits a valid BSN, or null when none
 * exists (the remainder would need the digit 10).
 */
export function bsnCheckDigit(firstEight: readonly number[]): number | null {
  const partial = bsnWeightedSum([...firstEight.slice(0, 8), 0]);
  const digit = ((partial % 11) + 11) % 11;
  return digit <= 9 ? digit : null;
}

export function validateBsn(value: string): ValidationResult<BsnErrorCode> {
  if (!/^[0-9]{9}$/.test(value)) {
    return invalid('bsn_format', 'Een BSN bestaat uit precies 9 cijfers.', 'A BSN consists of exactly 9 digits.');
  }
  const digits = [...value].map(Number);
  if (digits.every((d) => d === 0)) {
    return invalid('bsn_all_zero', 'Een BSN kan niet uit alleen nullen bestaan.', 'A BSN cannot consist of zeros only.');
  }
  if (bsnWeightedSum(digits) % 11 !== 0) {
    return invalid('bsn_checksum', 'Dit BSN voldoet niet aan de elfproef.', 'This BSN fails the 11-test.');
  }
  return VALID;
}
