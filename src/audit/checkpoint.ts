/**
 * Signed checkpoints of the audit chain (finding M6, NEN 7513, ASVS 16.4.3; ADR 0032). The chain
 * is unkeyed SHA-256, so whoever can write the database can recompute it. A checkpoint names the
 * chain head (position and hash) at a moment and is signed with an Ed25519 key that is kept
 * outside the database; it is appended to a file outside the data directory (and can be sent to
 * the partners). `audit verify` then checks that the record at each checkpoint's position still
 * has the hash that was signed: a consistent re-chain of history before a checkpoint no longer
 * goes unnoticed. Only the public key is needed to verify.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export interface Checkpoint {
  readonly v: 1;
  /** The chain position (seal_seq) of the head. */
  readonly sealSeq: number;
  /** Hex SHA-256 of the record at that position. */
  readonly hash: string;
  /** When the checkpoint was made (ISO-8601 UTC). */
  readonly at: string;
  /** First 16 hex digits of SHA-256 over the public key (SPKI DER): which key signed it. */
  readonly keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 Ed25519 signature over the canonical JSON of the other fields. */
  readonly signature: string;
}

export function canonicalCheckpoint(c: Checkpoint): string {
  return JSON.stringify({ at: c.at, hash: c.hash, keyId: c.keyId, sealSeq: c.sealSeq, v: c.v });
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A new signing key pair as PEM (PKCS#8 private, SPKI public). */
export function generateSigningKey(): { readonly privatePem: string; readonly publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
  return key;
}

export function readPublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the public key must be an Ed25519 key');
  return key;
}

export function signCheckpoint(privateKey: KeyObject, head: { readonly sealSeq: number; readonly hash: Buffer }, at: Date): SignedCheckpoint {
  const body: Checkpoint = { v: 1, sealSeq: head.sealSeq, hash: head.hash.toString('hex'), at: at.toISOString(), keyId: keyIdOf(createPublicKey(privateKey)) };
  return { ...body, signature: sign(null, Buffer.from(canonicalCheckpoint(body), 'utf8'), privateKey).toString('base64') };
}

export function signatureHolds(publicKey: KeyObject, c: SignedCheckpoint): boolean {
  if (c.keyId !== keyIdOf(publicKey)) return false;
  return verify(null, Buffer.from(canonicalCheckpoint(c), 'utf8'), publicKey, Buffer.from(c.signature, 'base64'));
}

/** One checkpoint per line (JSON Lines). A line that is not a checkpoint is reported by its number. */
export function parseCheckpoints(text: string): { readonly checkpoints: readonly SignedCheckpoint[]; readonly badLine: number | null } {
  const checkpoints: SignedCheckpoint[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      const c = JSON.parse(line) as Partial<SignedCheckpoint>;
      const valid =
        c.v === 1 && Number.isSafeInteger(c.sealSeq) && typeof c.hash === 'string' && /^[0-9a-f]{64}$/.test(c.hash) && typeof c.at === 'string' && typeof c.keyId === 'string' && typeof c.signature === 'string';
      if (!valid) return { checkpoints, badLine: i + 1 };
      checkpoints.push(c as SignedCheckpoint);
    } catch {
      return { checkpoints, badLine: i + 1 };
    }
  }
  return { checkpoints, badLine: null };
}

export type CheckpointProblem = 'checkpoint_unreadable' | 'checkpoint_signature' | 'checkpoint_missing' | 'checkpoint_mismatch' | 'checkpoint_stale';

export type CheckpointVerification =
  | { readonly ok: true; readonly checked: number; readonly latest: SignedCheckpoint | null }
  | { readonly ok: false; readonly problem: CheckpointProblem; readonly position: number | null; readonly line: number | null };

export interface CheckpointCheckOptions {
  /** Fail when the newest checkpoint is older than this (a deleted tail of the file, or a stopped timer). */
  readonly maxAgeHours?: number;
  readonly now?: Date;
}

/**
 * Compares the database's chain with signed checkpoints: each signature must hold under the
 * public key, and the sealed record at each checkpoint's position must still carry the signed
 * hash. Runs on the owner connection (it must see every record).
 */
export async function checkCheckpoints(db: Kysely<Database>, text: string, publicKey: KeyObject, options: CheckpointCheckOptions = {}): Promise<CheckpointVerification> {
  const { checkpoints, badLine } = parseCheckpoints(text);
  if (badLine !== null) return { ok: false, problem: 'checkpoint_unreadable', position: null, line: badLine };
  let latest: SignedCheckpoint | null = null;
  for (const [i, c] of checkpoints.entries()) {
    if (!signatureHolds(publicKey, c)) return { ok: false, problem: 'checkpoint_signature', position: c.sealSeq, line: i + 1 };
    if (c.sealSeq > 0) {
      const row = await db.selectFrom('audit_log').select('hash').where('seal_seq', '=', String(c.sealSeq)).executeTakeFirst();
      if (row === undefined || row.hash === null) return { ok: false, problem: 'checkpoint_missing', position: c.sealSeq, line: i + 1 };
      if (row.hash.toString('hex') !== c.hash) return { ok: false, problem: 'checkpoint_mismatch', position: c.sealSeq, line: i + 1 };
    }
    if (latest === null || c.at > latest.at) latest = c;
  }
  if (options.maxAgeHours !== undefined) {
    const now = (options.now ?? new Date()).getTime();
    if (latest === null || now - Date.parse(latest.at) > options.maxAgeHours * 3_600_000) return { ok: false, problem: 'checkpoint_stale', position: latest?.sealSeq ?? null, line: null };
  }
  return { ok: true, checked: checkpoints.length, latest };
}

/** The current head of the sealed chain (position 0 and 32 zero bytes for an empty chain). */
export async function chainHead(db: Kysely<Database>): Promise<{ readonly sealSeq: number; readonly hash: Buffer }> {
  const head = await db.selectFrom('audit_chain_head').select(['seal_seq', 'hash']).executeTakeFirst();
  return head === undefined ? { sealSeq: 0, hash: Buffer.alloc(32) } : { sealSeq: Number(head.seal_seq), hash: head.hash };
}
