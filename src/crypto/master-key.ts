/**
 * The master key wraps every case's data key. It comes from MASTER_KEY (base64 of 32 bytes) or,
 * for a single-machine install, from a key file generated on first start (mode 0600):
 * MASTER_KEY_FILE, by default `<DATA_DIR>.master.key` next to the data directory in production
 * and `DATA_DIR/master.key` in development and demo. In production the key file may not lie
 * inside DATA_DIR, where a copy or backup of the data directory would carry the key that
 * decrypts it (finding L7); the server and the CLI then refuse to start and say what to do.
 * Older keys stay usable for unwrapping after a rotation through MASTER_KEY_RETIRED
 * (comma-separated base64); `rewrapCaseKeys` moves every case key to the current one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute, basename } from 'node:path';
import { ConfigError } from '../config-error.js';
import { KEY_BYTES } from './aes-gcm.js';
import { CryptoError } from './crypto-error.js';

export interface MasterKey {
  /** Derived from the key itself: stored next to what it wrapped, so rotation knows which to use. */
  readonly id: string;
  readonly key: Buffer;
}

export interface MasterKeyRing {
  readonly current: MasterKey;
  /** The key with this id (current or retired), or undefined. */
  get(id: string): MasterKey | undefined;
}

export const MASTER_KEY_FILE = 'master.key';

export function masterKeyFromBytes(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new CryptoError('invalid_master_key', 'A master key must be 32 bytes');
  const id = createHash('sha256').update('casustafel master key id\0').update(key).digest('hex').slice(0, 16);
  return { id, key: Buffer.from(key) };
}

export function masterKeyFromBase64(text: string): MasterKey {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new CryptoError('invalid_master_key', 'A master key must be base64 of 32 bytes');
  }
  return masterKeyFromBytes(Buffer.from(trimmed, 'base64'));
}

export function createMasterKeyRing(current: MasterKey, retired: readonly MasterKey[] = []): MasterKeyRing {
  const byId = new Map<string, MasterKey>([...retired, current].map((key) => [key.id, key]));
  return { current, get: (id) => byId.get(id) };
}

export interface LoadMasterKeyOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly dataDir: string;
  /** The key file used without MASTER_KEY; default `DATA_DIR/master.key` (see `defaultMasterKeyFile`). */
  readonly keyFile?: string;
  /** Production: a key file inside DATA_DIR is refused. */
  readonly production?: boolean;
  /** Where the warning about a generated key goes; stderr by default. */
  readonly warn?: (message: string) => void;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

/** The key file's default: next to DATA_DIR in production, inside it in development and demo. */
export function defaultMasterKeyFile(dataDir: string, production: boolean): string {
  return production ? `${dataDir.replace(/[/\\]+$/, '')}.master.key` : join(dataDir, MASTER_KEY_FILE);
}

/** The path with its existing part resolved through symbolic links. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await canonical(parent), basename(absolute));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Finding L7: in production, without MASTER_KEY, the key file must lie outside DATA_DIR, and an
 * old key left in `DATA_DIR/master.key` is never silently replaced by a new one (which would make
 * every case unreadable). Throws a ConfigError naming what to do; does nothing outside production.
 */
export async function checkMasterKeyPlacement(options: LoadMasterKeyOptions): Promise<void> {
  const env = options.env ?? process.env;
  if (options.production !== true) return;
  const configured = env['MASTER_KEY'];
  if (configured !== undefined && configured.trim() !== '') return;
  const keyFile = options.keyFile ?? defaultMasterKeyFile(options.dataDir, true);
  const dir = await canonical(options.dataDir);
  const file = await canonical(keyFile);
  const inside = relative(dir, file);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new ConfigError(
      `De hoofdsleutel (${keyFile}) staat in DATA_DIR (${options.dataDir}): een kopie of back-up van de datamap ontsleutelt dan alles. ` +
        `Zet MASTER_KEY_FILE op een pad buiten DATA_DIR (standaard ${defaultMasterKeyFile(options.dataDir, true)}) en verplaats de sleutel daarheen, of geef hem mee in MASTER_KEY. / ` +
        `The master key (${keyFile}) lies inside DATA_DIR (${options.dataDir}): a copy or backup of the data directory would then decrypt everything. ` +
        `Set MASTER_KEY_FILE to a path outside DATA_DIR (default ${defaultMasterKeyFile(options.dataDir, true)}) and move the key there, or pass it in MASTER_KEY.`,
    );
  }
  const legacy = join(options.dataDir, MASTER_KEY_FILE);
  if (!(await exists(keyFile)) && (await exists(legacy))) {
    throw new ConfigError(
      `Er staat een hoofdsleutel in DATA_DIR (${legacy}) en geen in ${keyFile}. Verplaats hem (mv ${legacy} ${keyFile}) en maak er een reservekopie van, apart van de datamap; ` +
        `de server maakt geen nieuwe sleutel, want dan zijn de bestaande casussen niet meer te lezen. / ` +
        `A master key lies inside DATA_DIR (${legacy}) and none in ${keyFile}. Move it (mv ${legacy} ${keyFile}) and back it up apart from the data directory; ` +
        `the server does not make a new key, as the existing cases could then no longer be read.`,
    );
  }
}

async function readOrCreateKeyFile(path: string, warn: (message: string) => void): Promise<MasterKey> {
  try {
    const key = masterKeyFromBase64(await readFile(path, 'utf8'));
    if (((await stat(path)).mode & 0o077) !== 0) {
      warn(`Let op: ${path} is leesbaar voor anderen dan de eigenaar (chmod 600). / Warning: ${path} is readable by others than its owner (chmod 600).`);
    }
    return key;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await mkdir(dirname(path), { recursive: true });
  const bytes = randomBytes(KEY_BYTES);
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(`${bytes.toString('base64')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  warn(
    `Nieuwe hoofdsleutel aangemaakt in ${path}: maak er een veilige reservekopie van en zet hem liever in MASTER_KEY. / ` +
      `Generated a new master key in ${path}: back it up safely, and prefer MASTER_KEY.`,
  );
  return masterKeyFromBytes(bytes);
}

export async function loadMasterKeyRing(options: LoadMasterKeyOptions): Promise<MasterKeyRing> {
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const configured = env['MASTER_KEY'];
  const keyFile = options.keyFile ?? defaultMasterKeyFile(options.dataDir, options.production === true);
  await checkMasterKeyPlacement({ ...options, env, keyFile });
  const current = configured !== undefined && configured.trim() !== '' ? masterKeyFromBase64(configured) : await readOrCreateKeyFile(keyFile, warn);
  const retired = (env['MASTER_KEY_RETIRED'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(masterKeyFromBase64);
  return createMasterKeyRing(current, retired);
}
