/**
 * Encrypts one field of a case under the case's data key. The AAD binds the ciphertext to the
 * case id and the field name, so it cannot be moved to another case or another column.
 */
import { openBytes, sealBytes } from './aes-gcm.js';
import type { DataKey } from './case-keys.js';

function fieldAad(caseId: string, field: string): Buffer {
  return Buffer.from(`${caseId}\0${field}`, 'utf8');
}

/** `field` names the column, e.g. `subjects.name`. */
export function encryptField(key: DataKey, field: string, plaintext: string): Buffer {
  return sealBytes(key.bytes, Buffer.from(plaintext, 'utf8'), fieldAad(key.caseId, field));
}

/** Throws `CryptoError('decrypt_failed')` for a wrong key, case or field, or altered data. */
export function decryptField(key: DataKey, field: string, ciphertext: Buffer): string {
  return openBytes(key.bytes, ciphertext, fieldAad(key.caseId, field)).toString('utf8');
}

export function encryptJson(key: DataKey, field: string, value: unknown): Buffer {
  return encryptField(key, field, JSON.stringify(value));
}

export function decryptJson(key: DataKey, field: string, ciphertext: Buffer): unknown {
  return JSON.parse(decryptField(key, field, ciphertext));
}
