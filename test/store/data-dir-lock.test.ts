import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../src/store/data-dir-lock.js';
import { tempDir } from '../support/db.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dir(): Promise<string> {
  const made = await tempDir('lock');
  cleanups.push(made.remove);
  return made.path;
}

async function writeForeignLock(path: string, pid: number): Promise<void> {
  await writeFile(join(path, LOCK_FILE_NAME), JSON.stringify({ pid, host: hostname(), token: 'other' }));
}

describe('data directory lock', () => {
  it('is exclusive, also within one process, and free again after release', async () => {
    const path = await dir();
    const lock = await acquireDataDirLock(path);
    const content: unknown = JSON.parse(await readFile(lock.path, 'utf8'));
    expect(content).toMatchObject({ pid: process.pid });
    await expect(acquireDataDirLock(path)).rejects.toBeInstanceOf(DataDirLockedError);
    await lock.release();
    await expect(stat(lock.path)).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await acquireDataDirLock(path);
    await again.release();
    await again.release();
  });

  it('refuses while another live process holds it, with a clear error', async () => {
    const path = await dir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = once(child, 'exit');
    cleanups.push(async () => {
      child.kill();
      await exited;
    });
    const pid = child.pid!;
    await writeForeignLock(path, pid);
    const failure = await acquireDataDirLock(path).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(DataDirLockedError);
    expect(failure).toMatchObject({ code: 'data_dir_locked', holderPid: pid });
    expect(String(failure)).toContain(String(pid));
  });

  it('takes over a lock left by a process that has died', async () => {
    const path = await dir();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(child, 'exit');
    await writeForeignLock(path, child.pid!);
    const lock = await acquireDataDirLock(path);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('does not remove a lock that another holder has taken over since', async () => {
    const path = await dir();
    const lock = await acquireDataDirLock(path);
    await writeForeignLock(path, process.pid);
    await lock.release();
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ token: 'other' });
  });

  it('a second embedded database on the same directory refuses to open; data survives close and reopen', async () => {
    const path = await dir();
    const first = await openDatabase({ dataDir: path, migrate: false });
    cleanups.push(() => first.close());
    await sql`create table kept (x int)`.execute(first.db);
    await sql`insert into kept values (42)`.execute(first.db);
    await expect(openDatabase({ dataDir: path, migrate: false })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    const second = await openDatabase({ dataDir: path, migrate: false });
    cleanups.push(() => second.close());
    expect(second.engine).toBe('pglite');
    const rows = await sql<{ x: number }>`select x from kept`.execute(second.db);
    expect(rows.rows).toEqual([{ x: 42 }]);
  });
});
