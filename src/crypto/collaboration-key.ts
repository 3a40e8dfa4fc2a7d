/**
 * Free text of a collaboration's governance records (incidents, complaints) sealed under a
 * collaboration key (ADR 0075, finding L1): HKDF-SHA256 of the master key with the collaboration
 * id in the info, derived on use and never stored. AES-256-GCM with the column and the record id
 * in the AAD, so a value opens neither in another record, another column nor another
 * collaboration. The master-key id is stored in front, so a retired key still opens older values.
 */
import { hkdfSync } from 'node:crypto';
import { KEY_BYTES, openBytes, sealBytes } from './aes-gcm.js';
import { CryptoError } from './crypto-error.js';
import type { MasterKey, MasterKeyRing } from './master-key.js';

const ID_BYTES = 16;

/** The columns whose text is sealed this way. */
export type FreeTextColumn =
  | 'incidents.summary'
  | 'incidents.evaluation'
  | 'incidents.dpa_not_required_reason'
  | 'incident_updates.body'
  | 'complaints.summary'
  | 'complaints.response_summary'
  | 'disputes.summary'
  | 'disputes.escalation_reason'
  | 'disputes.outcome';

function collaborationKey(master: MasterKey, collaborationId: string): Buffer {
  const info = Buffer.concat([Buffer.from('casustafel collaboration free text v1\0', 'utf8'), Buffer.from(collaborationId, 'utf8')]);
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), info, KEY_BYTES));
}

const aad = (column: FreeTextColumn, recordId: string): Buffer => Buffer.from(`casustafel ${column}\0${recordId}`, 'utf8');

export function sealFreeText(keys: MasterKeyRing, collaborationId: string, column: FreeTextColumn, recordId: string, text: string): Buffer {
  const id = Buffer.from(keys.current.id.padEnd(ID_BYTES, ' ').slice(0, ID_BYTES), 'utf8');
  return Buffer.concat([id, sealBytes(collaborationKey(keys.current, collaborationId), Buffer.from(text, 'utf8'), aad(column, recordId))]);
}

/** Throws `CryptoError` for another collaboration, column or record, or altered data. */
export function openFreeText(keys: MasterKeyRing, collaborationId: string, column: FreeTextColumn, recordId: string, sealed: Buffer): string {
  const id = sealed.subarray(0, ID_BYTES).toString('utf8').trim();
  const master = keys.get(id);
  if (master === undefined) throw new CryptoError('unknown_master_key', `Master key ${id} is not configured`);
  return openBytes(collaborationKey(master, collaborationId), sealed.subarray(ID_BYTES), aad(column, recordId)).toString('utf8');
}

/** The text of a column: the sealed value, or (until the start-up sealing ran) the older plaintext. */
export function freeText(keys: MasterKeyRing, collaborationId: string, column: FreeTextColumn, recordId: string, sealed: Buffer | null, plaintext: string | null): string | null {
  if (sealed !== null) return openFreeText(keys, collaborationId, column, recordId, sealed);
  return plaintext;
}
