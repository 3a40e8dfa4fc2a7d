import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bsnHash, deriveBsnHashKey } from '../../src/crypto/bsn-hash.js';
import { createCaseKey, loadCaseKey, rewrapCaseKeys, shredCaseKey } from '../../src/crypto/case-keys.js';
import { CryptoError } from '../../src/crypto/crypto-error.js';
import { decryptField, encryptField } from '../../src/crypto/field-cipher.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { systemContext } from '../../src/store/acting-context.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { actingAs, seedWorld } from './seed.js';
import type { World } from './seed.js';

function cryptoCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof CryptoError ? error.code : `not a CryptoError: ${String(error)}`;
  }
  return undefined;
}

describe(`encryption at rest on ${ENGINE_NAME}`, () => {
  let database: TestDatabase;
  let world: World;
  const master = masterKeyFromBytes(randomBytes(32));
  const ring = createMasterKeyRing(master);

  beforeAll(async () => {
    database = await openTestDatabase();
    world = await seedWorld(database);
    await database.withTransaction(systemContext(), async (trx) => {
      for (const side of [world.a, world.b]) {
        const key = await createCaseKey(trx, ring, { caseId: side.caseId, collaborationId: side.id });
        await trx
          .updateTable('subjects')
          .set({ name_enc: encryptField(key, 'subjects.name', `Naam in ${side.id}`) })
          .where('id', '=', side.subjectId)
          .execute();
      }
    });
  });
  afterAll(async () => {
    await database.close();
  });

  async function readName(caseId: string, subjectId: string): Promise<string> {
    return database.withTransaction(systemContext(), async (trx) => {
      const row = await trx.selectFrom('subjects').select('name_enc').where('id', '=', subjectId).executeTakeFirstOrThrow();
      return decryptField(await loadCaseKey(trx, ring, caseId), 'subjects.name', row.name_enc);
    });
  }

  it('stores ciphertext only, and decrypts it with the case key', async () => {
    const stored = await database.db.selectFrom('subjects').select('name_enc').where('id', '=', world.a.subjectId).executeTakeFirstOrThrow();
    expect(stored.name_enc.toString('latin1')).not.toContain('Naam');
    expect(await readName(world.a.caseId, world.a.subjectId)).toBe(`Naam in ${world.a.id}`);
  });

  it('binds ciphertext to its case and field (AAD) and detects alteration', async () => {
    await database.withTransaction(systemContext(), async (trx) => {
      const keyA = await loadCaseKey(trx, ring, world.a.caseId);
      const keyB = await loadCaseKey(trx, ring, world.b.caseId);
      const sealed = encryptField(keyA, 'subjects.name', 'Jan');
      expect(decryptField(keyA, 'subjects.name', sealed)).toBe('Jan');
      expect(cryptoCode(() => decryptField(keyA, 'subjects.address', sealed))).toBe('decrypt_failed');
      expect(cryptoCode(() => decryptField(keyB, 'subjects.name', sealed))).toBe('decrypt_failed');
      expect(cryptoCode(() => decryptField({ caseId: world.b.caseId, bytes: keyA.bytes }, 'subjects.name', sealed))).toBe('decrypt_failed');
      const altered = Buffer.from(sealed);
      altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
      expect(cryptoCode(() => decryptField(keyA, 'subjects.name', altered))).toBe('decrypt_failed');
    });
  });

  it('a case key is only readable by those who may see the case', async () => {
    const keys = await database.withTransaction(actingAs(world.bystanderA), (trx) => trx.selectFrom('case_keys').select('case_id').execute());
    expect(keys).toEqual([]);
    await expect(
      database.withTransaction(actingAs(world.bystanderA), (trx) => loadCaseKey(trx, ring, world.a.caseId)),
    ).rejects.toMatchObject({ code: 'key_shredded' });
    const own = await database.withTransaction(actingAs(world.involvedA), (trx) => loadCaseKey(trx, ring, world.a.caseId));
    expect(own.caseId).toBe(world.a.caseId);
  });

  it('after shredding, the ciphertext left in the database cannot be decrypted; the other case still can', async () => {
    const before = await database.withTransaction(systemContext(), (trx) => loadCaseKey(trx, ring, world.a.caseId));
    expect(await database.withTransaction(systemContext(), (trx) => shredCaseKey(trx, world.a.caseId))).toBe(true);
    expect(await database.withTransaction(systemContext(), (trx) => shredCaseKey(trx, world.a.caseId))).toBe(false);

    const left = await database.db.selectFrom('subjects').select('name_enc').where('id', '=', world.a.subjectId).executeTakeFirstOrThrow();
    expect(left.name_enc.length).toBeGreaterThan(28);
    const failure = await readName(world.a.caseId, world.a.subjectId).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CryptoError);
    expect(failure).toMatchObject({ code: 'key_shredded' });
    // Even the master key cannot open it: only a copy of the data key taken before shredding could.
    expect(cryptoCode(() => decryptField({ caseId: world.a.caseId, bytes: master.key }, 'subjects.name', left.name_enc))).toBe('decrypt_failed');
    expect(decryptField(before, 'subjects.name', left.name_enc)).toBe(`Naam in ${world.a.id}`);

    expect(await readName(world.b.caseId, world.b.subjectId)).toBe(`Naam in ${world.b.id}`);
  });

  it('master-key rotation re-wraps case keys; without the retired key they cannot be opened', async () => {
    const next = masterKeyFromBytes(randomBytes(32));
    const rotated = createMasterKeyRing(next, [master]);
    expect(await database.withTransaction(systemContext(), (trx) => rewrapCaseKeys(trx, rotated))).toBe(1);
    const row = await database.db.selectFrom('case_keys').select('key_id').where('case_id', '=', world.b.caseId).executeTakeFirstOrThrow();
    expect(row.key_id).toBe(next.id);
    const name = await database.withTransaction(systemContext(), async (trx) => {
      const subject = await trx.selectFrom('subjects').select('name_enc').where('id', '=', world.b.subjectId).executeTakeFirstOrThrow();
      return decryptField(await loadCaseKey(trx, createMasterKeyRing(next), world.b.caseId), 'subjects.name', subject.name_enc);
    });
    expect(name).toBe(`Naam in ${world.b.id}`);
    await expect(
      database.withTransaction(systemContext(), (trx) => loadCaseKey(trx, ring, world.b.caseId)),
    ).rejects.toMatchObject({ code: 'unknown_master_key' });
  });

  it('hashes a BSN for matching: stable within a collaboration, different across collaborations', () => {
    const key = deriveBsnHashKey(master);
    expect(bsnHash(key, world.a.id, '111222333').equals(bsnHash(key, world.a.id, '111222333'))).toBe(true);
    expect(bsnHash(key, world.a.id, '111222333').equals(bsnHash(key, world.b.id, '111222333'))).toBe(false);
    expect(bsnHash(key, world.a.id, '111222333').equals(bsnHash(key, world.a.id, '123456782'))).toBe(false);
  });
});
