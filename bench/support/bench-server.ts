/**
 * A server core for the DB-bound figures: the demo organisation on the bench database, a real
 * master key ring, a fixed clock, no HTTP listener unless asked and no background sealer.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { startServer } from '../../src/server.js';
import type { ServerHandle } from '../../src/server.js';
import type { SeededCollaboration } from '../../src/services/demo/seed-demo.js';
import type { AppDatabase } from '../../src/store/database.js';

export const BENCH_CLOCK = new Date('2026-06-01T09:00:00Z');

export async function startBenchServer(database: AppDatabase): Promise<ServerHandle> {
  return startServer({
    config: loadConfig({ DEMO: 'on', NODE_ENV: 'test' }),
    database,
    keys: createMasterKeyRing(masterKeyFromBytes(randomBytes(32))),
    now: () => BENCH_CLOCK,
    sealEveryMs: 0,
    log: () => undefined,
  });
}

/** The demo collaboration the bench works in (canonical phases of seed 003). */
export function noordLimburg(handle: ServerHandle): SeededCollaboration {
  const s = handle.demo?.find((d) => d.config.id === 'zvh-noord-limburg');
  if (s === undefined) throw new Error('demo organisation zvh-noord-limburg is missing');
  return s;
}

export function userId(s: SeededCollaboration, username: string): string {
  const id = s.users.get(username);
  if (id === undefined) throw new Error(`unknown demo user ${username}`);
  return id;
}
