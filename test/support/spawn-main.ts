/**
 * Starts the shipped entry point (`src/main.ts`) in a fresh data directory with exactly the given
 * environment (plus PATH and DATA_DIR) and waits for it to exit: for the start-up refusals of
 * production settings, which must stop the server before it opens anything.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function runMainUntilExit(env: Readonly<Record<string, string>>): Promise<{ readonly code: number | null; readonly stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'casustafel-main-'));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: join(dir, 'data'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
