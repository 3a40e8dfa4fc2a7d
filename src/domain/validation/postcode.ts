/**
 * Dutch postcodes: four digits (no leading zero) and two letters, e.g. "6211 LK". The letter
 * pairs SA, SD and SS are never issued. Input may be lower case and may omit the space.
 */
import { invalid, VALID, type ValidationResult } from './result.js';

export type PostcodeErrorCode = 'postcode_format' | 'postcode_reserved_letters';

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;
const NOT_ISSUED = new Set(['SA', 'SD', 'SS']);

export function validatePostcode(value: string): ValidationResult<PostcodeErrorCode> {
  const match = POSTCODE.exec(value.trim().toUpperCase());
  if (match === null) {
    return invalid(
      'postcode_format',
      'Een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 6211 LK.',
      'A postcode consists of 4 digits and 2 letters, for example 6211 LK.',
    );
  }
  if (NOT_ISSUED.has(match[2] ?? '')) {
    return invalid(
      'postcode_reserved_letters',
      'De lettercombinaties SA, SD en SS komen in postcodes niet voor.',
      'The letter pairs SA, SD and SS do not occur in postcodes.',
    );
  }
  return VALID;
}

/** The canonical form "1234 AB", or null when the value is no valid postcode. */
export function normalisePostcode(value: string): string | null {
  if (!validatePostcode(value).ok) return null;
  const compact = value.trim().toUpperCase().replace(' ', '');
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}
