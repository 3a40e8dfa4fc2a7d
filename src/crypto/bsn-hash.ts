/**
 * A keyed hash of the BSN (HMAC-SHA-256) to match subjects within a collaboration without
 * storing the BSN readably (P8). The key is derived from the master key with HKDF, so a master-key
 * rotation needs a re-hash of `subjects.bsn_hash` from the decrypted BSNs.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import type { MasterKey } from './master-key.js';

export interface BsnHashKey {
  readonly bytes: Buffer;
}

export function deriveBsnHashKey(master: MasterKey): BsnHashKey {
  return { bytes: Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'casustafel bsn match v1', 32)) };
}

/** Scoped to one collaboration: the same BSN hashes differently in another collaboration. */
export function bsnHash(key: BsnHashKey, collaborationId: string, bsn: string): Buffer {
  return createHmac('sha256', key.bytes).update(`${collaborationId}\0${bsn.trim()}`).digest();
}

/**
 * P14: a keyed hash of a person's normalised name and birth date (see `personMatchKey`), scoped
 * to one collaboration like the BSN hash, to find persons registered without a BSN.
 */
export function nameBirthHash(key: BsnHashKey, collaborationId: string, matchKey: string): Buffer {
  return createHmac('sha256', key.bytes).update(`name-birth\0${collaborationId}\0${matchKey}`).digest();
}
