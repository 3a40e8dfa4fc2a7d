/**
 * The real server (`src/main.ts`) as a child process on a data directory (PGlite) or a
 * PostgreSQL URL, with demo data; its address is read from its start line.
 */
import { startChild, TSX } from '../../../bench/support/child.js';
import type { Child } from '../../../bench/support/child.js';

export interface AppChild {
  readonly child: Child;
  readonly base: string;
}

export async function startApp(dataDir: string, databaseUrl: string | null): Promise<AppChild> {
  const child = startChild(TSX, ['src/main.ts'], {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? undefined,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO: 'on',
    NODE_ENV: 'test',
  });
  const m = await child.waitFor(/draait op (http:\/\/[\d.]+:\d+)/, 180_000);
  return { child, base: m[1] ?? '' };
}
