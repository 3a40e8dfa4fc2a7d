/**
 * The real server as a child process on a data directory (PGlite) or a PostgreSQL URL, with
 * demo data; its address is read from its start line. The compiled build (dist/main.js) when it
 * is up to date with src/, else the TypeScript sources through tsx.
 */
import { serverStale } from '../../../scripts/build-state.js';
import { startChild, TSX } from '../../../bench/support/child.js';
import type { Child } from '../../../bench/support/child.js';

export interface AppChild {
  readonly child: Child;
  readonly base: string;
}

export async function startApp(dataDir: string, databaseUrl: string | null, env: Readonly<Record<string, string>> = {}): Promise<AppChild> {
  const [command, args] = serverStale() ? [TSX, ['src/main.ts']] : [process.execPath, ['dist/main.js']];
  const child = startChild(command, args, {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? undefined,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO: 'on',
    NODE_ENV: 'test',
    ...env,
  });
  const m = await child.waitFor(/draait op (http:\/\/[\d.]+:\d+)/, 180_000);
  return { child, base: m[1] ?? '' };
}
