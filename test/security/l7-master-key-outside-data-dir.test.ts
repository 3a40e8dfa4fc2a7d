/**
 * Finding L7 (penetration test 2026-12-06), its last point: in PGlite mode the master key was
 * created inside DATA_DIR (`master.key`), so a copy or backup of the data directory decrypted
 * everything. In production the key file now defaults to `<DATA_DIR>.master.key` beside the data
 * directory (MASTER_KEY_FILE to choose another), and a key file inside DATA_DIR — configured,
 * reached through a symbolic link, or left there by an older version — is refused at start with
 * a message saying what to do. Development and demo keep `DATA_DIR/master.key`, so `npm start` on a
 * fresh clone works as before.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadMasterKeyRing } from '../../src/crypto/master-key.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
async function fresh(): Promise<{ root: string; data: string }> {
  const root = await mkdtemp(join(tmpdir(), 'casustafel-l7-'));
  dirs.push(root);
  return { root, data: join(root, 'data') };
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const production = (data: string, extra: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'production', TLS: 'true', DATA_DIR: data, ...extra });
const load = (config: ReturnType<typeof loadConfig>) => loadMasterKeyRing({ env: {}, dataDir: config.dataDir, keyFile: config.masterKeyFile, production: config.production, warn: () => undefined });
const exists = async (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

describe('L7 the master key lies outside DATA_DIR in production', () => {
  it('L7 by default in production the key is generated beside the data directory, never in it, and reused', async () => {
    const { root, data } = await fresh();
    const config = production(data);
    expect(config.masterKeyFile).toBe(join(root, 'data.master.key'));
    const first = await load(config);
    expect(await exists(join(root, 'data.master.key'))).toBe(true);
    expect((await stat(join(root, 'data.master.key'))).mode & 0o777).toBe(0o600);
    expect(await exists(join(data, 'master.key'))).toBe(false);
    expect((await load(config)).current.id).toBe(first.current.id);
  });

  it('L7 a key file inside DATA_DIR is refused in production, also through a symbolic link, with a message saying what to do; nothing is written', async () => {
    const { root, data } = await fresh();
    await mkdir(data, { recursive: true });
    for (const keyFile of [join(data, 'master.key'), join(data, 'keys', 'k'), `${data}/`]) {
      const error = await load(production(data, { MASTER_KEY_FILE: keyFile })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/^De hoofdsleutel .* staat in DATA_DIR .*Zet MASTER_KEY_FILE op een pad buiten DATA_DIR/);
    }
    await symlink(data, join(root, 'alias'));
    const viaLink = await load(production(data, { MASTER_KEY_FILE: join(root, 'alias', 'master.key') })).catch((e: unknown) => e);
    expect(viaLink).toBeInstanceOf(ConfigError);
    expect(await readdir(data)).toEqual([]);
    // With the key in MASTER_KEY there is no file, and nothing to refuse.
    const ring = await loadMasterKeyRing({ env: { MASTER_KEY: Buffer.alloc(32, 3).toString('base64') }, dataDir: data, keyFile: join(data, 'master.key'), production: true });
    expect(ring.current.key.equals(Buffer.alloc(32, 3))).toBe(true);
  });

  it('L7 an old key left in DATA_DIR/master.key is not replaced by a new one: production refuses and names the move', async () => {
    const { root, data } = await fresh();
    await mkdir(data, { recursive: true });
    await writeFile(join(data, 'master.key'), `${Buffer.alloc(32, 9).toString('base64')}\n`, { mode: 0o600 });
    const error = await load(production(data)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`mv ${join(data, 'master.key')} ${join(root, 'data.master.key')}`);
    expect(await exists(join(root, 'data.master.key'))).toBe(false);
  });

  it('L7 development and demo keep DATA_DIR/master.key (a fresh clone starts as before)', async () => {
    const { data } = await fresh();
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: data });
    expect(config.masterKeyFile).toBe(join(data, 'master.key'));
    await load(config);
    expect(await exists(join(data, 'master.key'))).toBe(true);
  });

  it('L7 the server process refuses to start in production with the key inside DATA_DIR, before it opens the database', async () => {
    const { data } = await fresh();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', TLS: 'true', DATA_DIR: data, MASTER_KEY_FILE: join(data, 'master.key'), PORT: '0' };
    delete env['MASTER_KEY'];
    delete env['DATABASE_URL'];
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, timeout: 120_000 }, (error, _stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stderr });
      });
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('staat in DATA_DIR');
    expect(await exists(data)).toBe(false);
  }, 150_000);
});
