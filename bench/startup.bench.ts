/**
 * `npm start` as a user runs it: a child process on an empty temporary DATA_DIR (embedded
 * PGlite, master key created, migrations, demo data) until `/api/health` answers 200; stopped
 * with SIGTERM; then started again on the same directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './support/child.js';
import { msSince, round } from './support/stats.js';

export interface StartupResult {
  readonly first_start_s: number;
  readonly restart_s: number;
}

async function startOnce(dataDir: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  const child = startChild('npm', ['start', '--silent'], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: undefined });
  try {
    const m = await child.waitFor(/draait op (http:\/\/[\d.]+:\d+)/, 180_000);
    for (;;) {
      const ok = await fetch(`${m[1]}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return msSince(t0) / 1000;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await child.stop();
  }
}

export async function runStartupBench(): Promise<StartupResult> {
  const dir = await mkdtemp(join(tmpdir(), 'casustafel-bench-start-'));
  try {
    const first = await startOnce(dir);
    const restart = await startOnce(dir);
    return { first_start_s: round(first, 2), restart_s: round(restart, 2) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
