import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CryptoError } from './crypto-error.js';
import { loadMasterKeyRing, MASTER_KEY_FILE, masterKeyFromBase64 } from './master-key.js';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casustafel-key-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('master key', () => {
  it('comes from MASTER_KEY when set, and writes no file', async () => {
    const dir = await freshDir();
    const value = Buffer.alloc(32, 7).toString('base64');
    const warnings: string[] = [];
    const ring = await loadMasterKeyRing({ env: { MASTER_KEY: value }, dataDir: dir, warn: (m) => warnings.push(m) });
    expect(ring.current.key.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(ring.get(ring.current.id)).toBe(ring.current);
    expect(warnings).toEqual([]);
    await expect(stat(join(dir, MASTER_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is generated once into DATA_DIR/master.key with mode 0600 and a warning, then reused', async () => {
    const dir = await freshDir();
    const warnings: string[] = [];
    const first = await loadMasterKeyRing({ env: {}, dataDir: dir, warn: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(MASTER_KEY_FILE);
    const info = await stat(join(dir, MASTER_KEY_FILE));
    expect(info.mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(join(dir, MASTER_KEY_FILE), 'utf8')).trim(), 'base64').equals(first.current.key)).toBe(true);
    const second = await loadMasterKeyRing({ env: {}, dataDir: dir, warn: (m) => warnings.push(m) });
    expect(second.current.id).toBe(first.current.id);
    expect(warnings).toHaveLength(1);
  });

  it('keeps retired keys for unwrapping and refuses a key that is not 32 bytes of base64', async () => {
    const dir = await freshDir();
    const old = Buffer.alloc(32, 1).toString('base64');
    const ring = await loadMasterKeyRing({ env: { MASTER_KEY: Buffer.alloc(32, 2).toString('base64'), MASTER_KEY_RETIRED: ` ${old} ` }, dataDir: dir });
    expect(ring.get(masterKeyFromBase64(old).id)?.key.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(ring.get('unknown')).toBeUndefined();
    await expect(loadMasterKeyRing({ env: { MASTER_KEY: Buffer.alloc(16).toString('base64') }, dataDir: dir })).rejects.toBeInstanceOf(CryptoError);
    await expect(loadMasterKeyRing({ env: { MASTER_KEY: 'not base64!' }, dataDir: dir })).rejects.toMatchObject({ code: 'invalid_master_key' });
  });
});
