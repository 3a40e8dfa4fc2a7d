/**
 * The TOTP record of a user, kept in `users.totp_secret` encrypted under a key derived from the
 * master key (HKDF, so the master key itself never touches TOTP data): the secret, the last
 * step used (replay protection) and the hashes of the unused recovery codes. The ciphertext is
 * bound to the user id and names the master key it was made with, so rotation can find it.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { openBytes, sealBytes } from '../../crypto/aes-gcm.js';
import type { MasterKey, MasterKeyRing } from '../../crypto/master-key.js';

export interface TotpRecord {
  readonly secret: Buffer;
  readonly lastStep: number | null;
  readonly recoverySalt: string;
  readonly recoveryHashes: readonly string[];
}

const KEY_ID_BYTES = 16;

function totpKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'casustafel totp secret v1', 32));
}

const aad = (userId: string): Buffer => Buffer.from(`users.totp_secret\0${userId}`, 'utf8');

export function sealTotpRecord(ring: MasterKeyRing, userId: string, record: TotpRecord): Buffer {
  const json = JSON.stringify({ secret: record.secret.toString('base64'), lastStep: record.lastStep, salt: record.recoverySalt, recovery: record.recoveryHashes });
  const keyId = Buffer.from(ring.current.id.padEnd(KEY_ID_BYTES, '0').slice(0, KEY_ID_BYTES), 'ascii');
  return Buffer.concat([keyId, sealBytes(totpKey(ring.current), Buffer.from(json, 'utf8'), aad(userId))]);
}

export function openTotpRecord(ring: MasterKeyRing, userId: string, sealed: Buffer): TotpRecord {
  const keyId = sealed.subarray(0, KEY_ID_BYTES).toString('ascii');
  const master = ring.get(keyId);
  if (master === undefined) throw new Error('The master key of this TOTP secret is not available');
  const parsed = JSON.parse(openBytes(totpKey(master), sealed.subarray(KEY_ID_BYTES), aad(userId)).toString('utf8')) as {
    secret: string;
    lastStep: number | null;
    salt: string;
    recovery: string[];
  };
  return { secret: Buffer.from(parsed.secret, 'base64'), lastStep: parsed.lastStep, recoverySalt: parsed.salt, recoveryHashes: parsed.recovery };
}

export const newRecoverySalt = (): string => randomBytes(16).toString('hex');
