/**
 * Per-case 256-bit data keys, stored wrapped by the master key in `case_keys`. Deleting the row
 * crypto-shreds the case: every ciphertext made under it, wherever a copy survives (backups,
 * dumps), becomes unreadable (P13).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { KEY_BYTES, openBytes, sealBytes } from './aes-gcm.js';
import { CryptoError } from './crypto-error.js';
import type { MasterKeyRing } from './master-key.js';

/** An unwrapped data key, bound to its case (the case id goes into every field's AAD). */
export interface DataKey {
  readonly caseId: string;
  readonly bytes: Buffer;
}

function wrapAad(caseId: string): Buffer {
  return Buffer.from(`casustafel case key\0${caseId}`, 'utf8');
}

/** Creates and stores the case's data key. Call in the transaction that creates the case. */
export async function createCaseKey(
  trx: Kysely<Database>,
  ring: MasterKeyRing,
  target: { readonly caseId: string; readonly collaborationId: string },
): Promise<DataKey> {
  const bytes = randomBytes(KEY_BYTES);
  await trx
    .insertInto('case_keys')
    .values({
      case_id: target.caseId,
      collaboration_id: target.collaborationId,
      key_id: ring.current.id,
      wrapped_key: sealBytes(ring.current.key, bytes, wrapAad(target.caseId)),
    })
    .execute();
  return { caseId: target.caseId, bytes };
}

/** The case's data key; throws `CryptoError('key_shredded')` when it no longer exists. */
export async function loadCaseKey(trx: Kysely<Database>, ring: MasterKeyRing, caseId: string): Promise<DataKey> {
  const row = await trx
    .selectFrom('case_keys')
    .select(['key_id', 'wrapped_key'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (row === undefined) throw new CryptoError('key_shredded', `No data key for case ${caseId}`);
  return unwrapCaseKey(ring, caseId, row.key_id, row.wrapped_key);
}

/**
 * Unwraps a case key the caller already holds wrapped (a SECURITY DEFINER step that hands out a
 * wrapped key for exactly the rows it returns, ADR 0129); without the master key it is useless.
 */
export function unwrapCaseKey(ring: MasterKeyRing, caseId: string, keyId: string, wrapped: Buffer): DataKey {
  const master = ring.get(keyId);
  if (master === undefined) throw new CryptoError('unknown_master_key', `Master key ${keyId} is not configured`);
  return { caseId, bytes: openBytes(master.key, wrapped, wrapAad(caseId)) };
}

/** Deletes the case's data key. Returns whether there was one. */
export async function shredCaseKey(trx: Kysely<Database>, caseId: string): Promise<boolean> {
  const result = await trx.deleteFrom('case_keys').where('case_id', '=', caseId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** After a master-key rotation: re-wraps every case key not yet under the current master key. */
export async function rewrapCaseKeys(trx: Kysely<Database>, ring: MasterKeyRing): Promise<number> {
  const rows = await trx
    .selectFrom('case_keys')
    .select(['case_id', 'key_id', 'wrapped_key'])
    .where('key_id', '<>', ring.current.id)
    .execute();
  for (const row of rows) {
    const old = ring.get(row.key_id);
    if (old === undefined) throw new CryptoError('unknown_master_key', `Master key ${row.key_id} is not configured`);
    const bytes = openBytes(old.key, row.wrapped_key, wrapAad(row.case_id));
    await trx
      .updateTable('case_keys')
      .set({
        key_id: ring.current.id,
        wrapped_key: sealBytes(ring.current.key, bytes, wrapAad(row.case_id)),
        rewrapped_at: new Date(),
      })
      .where('case_id', '=', row.case_id)
      .execute();
  }
  return rows.length;
}
