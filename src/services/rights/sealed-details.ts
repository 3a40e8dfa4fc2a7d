/**
 * Details of a governance record that may identify a person (who asked, how to reach them, the
 * motivation of an extension or refusal), sealed under the master key. The record id and a
 * purpose label go into the AAD, so a sealed value cannot be moved to another record. The
 * master-key id is stored in front, so a rotated key still opens older values.
 */
import { openBytes, sealBytes } from '../../crypto/aes-gcm.js';
import { CryptoError } from '../../crypto/crypto-error.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';

const ID_BYTES = 16;

const aad = (label: string, recordId: string): Buffer => Buffer.from(`casustafel ${label}\0${recordId}`, 'utf8');

export function sealDetails(keys: MasterKeyRing, label: string, recordId: string, value: unknown): Buffer {
  const id = Buffer.from(keys.current.id.padEnd(ID_BYTES, ' ').slice(0, ID_BYTES), 'utf8');
  return Buffer.concat([id, sealBytes(keys.current.key, Buffer.from(JSON.stringify(value), 'utf8'), aad(label, recordId))]);
}

export function openDetails(keys: MasterKeyRing, label: string, recordId: string, sealed: Buffer): unknown {
  const id = sealed.subarray(0, ID_BYTES).toString('utf8').trim();
  const master = keys.get(id);
  if (master === undefined) throw new CryptoError('unknown_master_key', `Master key ${id} is not configured`);
  return JSON.parse(openBytes(master.key, sealed.subarray(ID_BYTES), aad(label, recordId)).toString('utf8')) as unknown;
}
