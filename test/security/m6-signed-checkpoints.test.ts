/**
 * Finding M6 (penetration test 2026-12-06): the audit chain was not anchored outside the
 * database, so a DBA who changed a record and recomputed the chain went unnoticed by `audit
 * verify`. The reproduction: seal, take a signed checkpoint (Ed25519, key outside the database),
 * then as the owner change who did a read and re-chain consistently. The plain chain check still
 * says intact (that is the attack); the check against the checkpoints now finds the rewrite at
 * the checkpoint's position. Forged, foreign-key and edited checkpoints, a cut-off chain and a
 * stale checkpoint file are refused too, and the CLI refuses to keep checkpoints or the key
 * inside the data directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHead, checkCheckpoints, generateSigningKey, readPrivateKey, readPublicKey, signCheckpoint } from '../../src/audit/checkpoint.js';
import { chainHash, GENESIS_HASH } from '../../src/audit/chain-hash.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { checkpointCommand, keygenCommand } from '../../src/cli/commands/audit.action.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const keys = generateSigningKey();
const privateKey = readPrivateKey(keys.privatePem);
const publicKey = readPublicKey(keys.publicPem);

/** The DBA's consistent re-chain: recompute every hash from `fromSeq` on and move the head along. */
async function rechainFrom(fromSeq: number): Promise<void> {
  const db = s.deps.database.db;
  await sql`alter table audit_log disable trigger audit_log_guard_rows`.execute(db);
  try {
    const before = await db.selectFrom('audit_log').select('hash').where('seal_seq', '=', String(fromSeq - 1)).executeTakeFirst();
    let prev = fromSeq === 1 ? GENESIS_HASH : (before?.hash ?? GENESIS_HASH);
    const rows = await db.selectFrom('audit_log').selectAll().where('seal_seq', '>=', String(fromSeq)).orderBy('seal_seq').execute();
    for (const row of rows) {
      const hash = chainHash(prev, row);
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute();
      prev = hash;
    }
    await db.updateTable('audit_chain_head').set({ hash: prev }).execute();
  } finally {
    await sql`alter table audit_log enable trigger audit_log_guard_rows`.execute(db);
  }
}

describe('M6 signed checkpoints anchor the audit chain outside the database', () => {
  it('M6 a consistent re-chain passes the plain check but not the check against a signed checkpoint', async () => {
    const db = s.deps.database.db;
    await s.login('politie-limburg@noord-limburg');
    await sealAudit(db);
    const checkpoint = signCheckpoint(privateKey, await chainHead(db), s.deps.now());
    const file = `${JSON.stringify(checkpoint)}\n`;
    expect(await checkCheckpoints(db, file, publicKey)).toMatchObject({ ok: true, checked: 1 });

    // The attack: the DBA makes another user the author of the last sealed record before the checkpoint, and re-chains.
    const victim = await db.selectFrom('audit_log').select(['id', 'seal_seq', 'user_id']).where('seal_seq', '=', String(checkpoint.sealSeq)).executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_guard_rows`.execute(db);
    await db.updateTable('audit_log').set({ user_id: s.userId('procesregisseur@venlo') }).where('id', '=', victim.id).execute();
    await sql`alter table audit_log enable trigger audit_log_guard_rows`.execute(db);
    expect((await verifyAudit(db)).ok).toBe(false);
    await rechainFrom(Number(victim.seal_seq));
    // Without an anchor the rewrite goes unnoticed: exactly the finding.
    expect((await verifyAudit(db)).ok).toBe(true);
    // With the signed checkpoint it does not.
    expect(await checkCheckpoints(db, file, publicKey)).toEqual({ ok: false, problem: 'checkpoint_mismatch', position: checkpoint.sealSeq, line: 1 });
  });

  it('M6 a checkpoint edited to match the rewrite, or signed with another key, fails its signature; a cut-off chain misses the checkpointed record', async () => {
    const db = s.deps.database.db;
    await sealAudit(db);
    const head = await chainHead(db);
    const good = signCheckpoint(privateKey, head, s.deps.now());
    expect((await checkCheckpoints(db, JSON.stringify(good), publicKey)).ok).toBe(true);
    const edited = { ...good, hash: 'ab'.repeat(32) };
    expect(await checkCheckpoints(db, JSON.stringify(edited), publicKey)).toMatchObject({ ok: false, problem: 'checkpoint_signature' });
    const attacker = generateSigningKey();
    const foreign = signCheckpoint(readPrivateKey(attacker.privatePem), head, s.deps.now());
    expect(await checkCheckpoints(db, JSON.stringify(foreign), publicKey)).toMatchObject({ ok: false, problem: 'checkpoint_signature' });
    expect(await checkCheckpoints(db, `${JSON.stringify(good)}\nnot a checkpoint\n`, publicKey)).toMatchObject({ ok: false, problem: 'checkpoint_unreadable', line: 2 });
    // A checkpoint further than the chain reaches: the records it names were removed.
    const beyond = signCheckpoint(privateKey, { sealSeq: head.sealSeq + 1000, hash: head.hash }, s.deps.now());
    expect(await checkCheckpoints(db, JSON.stringify(beyond), publicKey)).toMatchObject({ ok: false, problem: 'checkpoint_missing', position: head.sealSeq + 1000 });
  });

  it('M6 a checkpoint file whose newest line is older than allowed is refused (a deleted tail, a stopped timer)', async () => {
    const db = s.deps.database.db;
    await sealAudit(db);
    const old = signCheckpoint(privateKey, await chainHead(db), new Date(s.deps.now().getTime() - 3 * 86_400_000));
    expect(await checkCheckpoints(db, JSON.stringify(old), publicKey, { maxAgeHours: 26, now: s.deps.now() })).toMatchObject({ ok: false, problem: 'checkpoint_stale' });
    expect(await checkCheckpoints(db, JSON.stringify(old), publicKey, { maxAgeHours: 96, now: s.deps.now() })).toMatchObject({ ok: true });
  });

  it('M6 the CLI refuses to keep the checkpoints or the signing key inside the data directory, and never overwrites a key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casustafel-m6-'));
    try {
      const dataDir = join(dir, 'data');
      await expect(checkpointCommand({ dataDir, privateKey: join(dir, 'sign.pem'), out: join(dataDir, 'checkpoints.jsonl') })).rejects.toThrow(/--out mag niet in de datamap staan/);
      await expect(checkpointCommand({ dataDir, privateKey: join(dataDir, 'sign.pem'), out: join(dir, 'checkpoints.jsonl') })).rejects.toThrow(/--private-key mag niet in de datamap staan/);
      await keygenCommand({ privateKey: join(dir, 'sign.pem'), publicKey: join(dir, 'sign.pub.pem') });
      await expect(keygenCommand({ privateKey: join(dir, 'sign.pem'), publicKey: join(dir, 'other.pub.pem') })).rejects.toThrow(/bestaat al/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
