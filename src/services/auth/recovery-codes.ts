/**
 * One-time recovery codes for a lost authenticator: ten codes of 80 random bits, shown once,
 * stored only as salted SHA-256 hashes (the entropy makes a slow hash unnecessary). A used code
 * is removed, so it works once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Encode } from './totp.js';

export const RECOVERY_CODE_COUNT = 10;
/** `xxxx-xxxx-xxxx-xxxx` in lower-case base32. */
export const RECOVERY_CODE_PATTERN = /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    base32Encode(randomBytes(10))
      .toLowerCase()
      .match(/.{4}/g)!
      .join('-'),
  );
}

const normalise = (code: string): string => code.trim().toLowerCase().replace(/\s+/g, '');

export function hashRecoveryCode(salt: string, code: string): string {
  return createHash('sha256').update(`casustafel recovery\0${salt}\0${normalise(code)}`).digest('hex');
}

/** The remaining hashes after using `code`, or null when it matches none. */
export function useRecoveryCode(salt: string, hashes: readonly string[], code: string): string[] | null {
  if (!RECOVERY_CODE_PATTERN.test(normalise(code))) return null;
  const wanted = Buffer.from(hashRecoveryCode(salt, code), 'hex');
  let index = -1;
  hashes.forEach((h, i) => {
    const candidate = Buffer.from(h, 'hex');
    if (candidate.length === wanted.length && timingSafeEqual(candidate, wanted)) index = i;
  });
  return index < 0 ? null : hashes.filter((_, i) => i !== index);
}
