import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, RECOVERY_CODE_PATTERN, useRecoveryCode } from '../../src/services/auth/recovery-codes.js';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpAt, totpStep } from '../../src/services/auth/totp.js';

const SHA1 = Buffer.from('12345678901234567890', 'ascii');
const SHA256 = Buffer.from('12345678901234567890123456789012', 'ascii');
const SHA512 = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234', 'ascii');

// RFC 6238 Appendix B: T0 = 0, X = 30, 8 digits.
const VECTORS: readonly [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('the RFC 6238 test vector at %i s matches for SHA-1, SHA-256 and SHA-512', (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000;
    expect(totpAt(SHA1, at, { digits: 8 })).toBe(sha1);
    expect(totpAt(SHA256, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totpAt(SHA512, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('RFC 4226 HOTP vectors for counters 0 and 9 match (6 digits)', () => {
    expect(hotp(SHA1, 0)).toBe('755224');
    expect(hotp(SHA1, 9)).toBe('520489');
  });

  it('accepts the previous, current and next step and nothing further', () => {
    const now = 1_750_000_000_000;
    const step = totpStep(now);
    expect(matchTotp(SHA1, hotp(SHA1, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(SHA1, hotp(SHA1, step), now, null)).toBe(step);
    expect(matchTotp(SHA1, hotp(SHA1, step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(SHA1, hotp(SHA1, step - 2), now, null)).toBeNull();
    expect(matchTotp(SHA1, hotp(SHA1, step + 2), now, null)).toBeNull();
  });

  it('refuses a replay: a step at or before the last used step never matches again', () => {
    const now = 1_750_000_000_000;
    const step = totpStep(now);
    const code = hotp(SHA1, step);
    expect(matchTotp(SHA1, code, now, step)).toBeNull();
    expect(matchTotp(SHA1, hotp(SHA1, step - 1), now, step)).toBeNull();
    expect(matchTotp(SHA1, hotp(SHA1, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses malformed codes', () => {
    expect(matchTotp(SHA1, '12345', Date.now(), null)).toBeNull();
    expect(matchTotp(SHA1, 'abcdef', Date.now(), null)).toBeNull();
  });

  it('base32 round-trips and matches RFC 4648 examples; the otpauth URI carries secret and issuer', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    const uri = otpauthUri(SHA1, 'anna@venlo');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Casustafel:anna%40venlo\?/);
    expect(new URL(uri).searchParams.get('secret')).toBe(base32Encode(SHA1));
    expect(new URL(uri).searchParams.get('period')).toBe('30');
  });
});

describe('recovery codes', () => {
  it('ten distinct codes; each works once against its salted hash', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(RECOVERY_CODE_PATTERN);
    const salt = 'salt';
    const hashes = codes.map((c) => hashRecoveryCode(salt, c));
    const after = useRecoveryCode(salt, hashes, codes[3]!.toUpperCase());
    expect(after).toHaveLength(9);
    expect(useRecoveryCode(salt, after!, codes[3]!)).toBeNull();
    expect(useRecoveryCode('other', hashes, codes[0]!)).toBeNull();
  });
});
