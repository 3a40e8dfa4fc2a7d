/**
 * An exclusive lock on the embedded database's data directory. PGlite takes none itself, and two
 * instances on one directory corrupt it (TOOLCHAIN.md), so we refuse to start while another live
 * process (or another instance in this process) holds the lock, and take over a stale one.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'casustafel.lock';

export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `De datamap ${dataDir} is in gebruik door proces ${holderPid}; stop dat proces eerst. / ` +
        `The data directory ${dataDir} is in use by process ${holderPid}; stop that process first.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

interface LockContent {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

function parseLock(text: string): LockContent | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const pid: unknown = Reflect.get(value, 'pid');
    const host: unknown = Reflect.get(value, 'host');
    const token: unknown = Reflect.get(value, 'token');
    if (typeof pid !== 'number' || !Number.isInteger(pid) || typeof host !== 'string' || typeof token !== 'string') {
      return null;
    }
    return { pid, host, token };
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** Whether a process with this id is running (EPERM: it runs under another user). */
function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockContent | null | 'absent'> {
  try {
    return parseLock(await readFile(path, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
}

/**
 * Takes the lock on `dataDir` (created if missing). Throws `DataDirLockedError` when a live
 * process holds it. A lock left by a dead process on this host is moved aside and replaced.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  const mine: LockContent = { pid: process.pid, host: hostname(), token: randomUUID() };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(mine));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { path, release: () => releaseIfOurs(path, mine.token) };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }

    const holder = await readLock(path);
    if (holder === 'absent') continue;
    // A lock from another host on a shared disk cannot be checked: never take it over.
    if (holder !== null && (holder.host !== mine.host || isAlive(holder.pid))) {
      throw new DataDirLockedError(dataDir, holder.pid);
    }
    // Unreadable: a live process may be between creating and writing it; only an old one is stale.
    if (holder === null && (await isRecent(path))) throw new DataDirLockedError(dataDir, 0);
    // Stale (dead process, or a crash mid-write): move it aside atomically, so two
    // processes taking over at once cannot both delete each other's fresh lock.
    const aside = `${path}.stale-${mine.token}`;
    try {
      await rename(path, aside);
      await unlink(aside);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}: it kept changing hands`);
}

async function isRecent(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < 10_000;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function releaseIfOurs(path: string, token: string): Promise<void> {
  const holder = await readLock(path);
  if (holder === 'absent' || holder === null || holder.token !== token) return;
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
