/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with node:crypto: HMAC-SHA1,
 * 30-second steps, 6 digits, a window of ±1 step. Pure apart from the HMAC: the time is passed in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;
/** 160-bit secrets, as RFC 4226 recommends. */
export const TOTP_SECRET_BYTES = 20;

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** RFC 4226 HOTP: HMAC over the 8-byte counter, dynamic truncation, modulo 10^digits. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS, algorithm: TotpAlgorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step of an instant (epoch milliseconds). */
export const totpStep = (atMs: number, stepSeconds = TOTP_STEP_SECONDS): number => Math.floor(atMs / 1000 / stepSeconds);

export function totpAt(secret: Buffer, atMs: number, options: { digits?: number; algorithm?: TotpAlgorithm } = {}): string {
  return hotp(secret, totpStep(atMs), options.digits ?? TOTP_DIGITS, options.algorithm ?? 'sha1');
}

function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The step a code matches within ±window of `atMs`, or null. A step at or before `lastUsedStep`
 * never matches again, so an observed code cannot be replayed.
 */
export function matchTotp(secret: Buffer, code: string, atMs: number, lastUsedStep: number | null, window = TOTP_WINDOW): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(atMs);
  let matched: number | null = null;
  for (let step = current - window; step <= current + window; step++) {
    // Check every candidate, so the time taken does not tell which step matched.
    if (sameCode(hotp(secret, step), code) && (lastUsedStep === null || step > lastUsedStep)) matched = step;
  }
  return matched;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as authenticator apps expect. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const index = BASE32.indexOf(ch);
    if (index < 0) throw new RangeError('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export const newTotpSecret = (): Buffer => randomBytes(TOTP_SECRET_BYTES);

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: Buffer, account: string, issuer = 'Casustafel'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({ secret: base32Encode(secret), issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS) });
  return `otpauth://totp/${label}?${params.toString()}`;
}
