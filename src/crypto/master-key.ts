/**
 * The master key wraps every case's data key. It comes from MASTER_KEY (base64 of 32 bytes) or,
 * for a single-machine install, from DATA_DIR/master.key, generated on first start (mode 0600).
 * Older keys stay usable for unwrapping after a rotation through MASTER_KEY_RETIRED
 * (comma-separated base64); `rewrapCaseKeys` moves every case key to the current one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
  /** Where the warning about a generated key goes; stderr by default. */
  readonly warn?: (message: string) => void;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

async function readOrCreateKeyFile(dataDir: string, warn: (message: string) => void): Promise<MasterKey> {
  const path = join(dataDir, MASTER_KEY_FILE);
  try {
    const key = masterKeyFromBase64(await readFile(path, 'utf8'));
    if (((await stat(path)).mode & 0o077) !== 0) {
      warn(`Let op: ${path} is leesbaar voor anderen dan de eigenaar (chmod 600). / Warning: ${path} is readable by others than its owner (chmod 600).`);
    }
    return key;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
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
  const current =
    configured !== undefined && configured.trim() !== ''
      ? masterKeyFromBase64(configured)
      : await readOrCreateKeyFile(options.dataDir, warn);
  const retired = (env['MASTER_KEY_RETIRED'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(masterKeyFromBase64);
  return createMasterKeyRing(current, retired);
}
