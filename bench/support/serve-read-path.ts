/**
 * A child process for the read-path figure: the server with the demo organisation on a bench
 * database (scratch PostgreSQL when `--postgres`), listening on 127.0.0.1, sealing the audit
 * chain every 2 s as in production. Prints `{"port": n}` once listening; stops on SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { startServer } from '../../src/server.js';
import { openBenchDatabase } from './bench-database.js';

const bench = await openBenchDatabase(process.argv.includes('--postgres'));
const handle = await startServer({
  config: loadConfig({ DEMO: 'on', NODE_ENV: 'test' }),
  database: bench.database,
  keys: createMasterKeyRing(masterKeyFromBytes(randomBytes(32))),
  sealEveryMs: 2000,
  log: () => undefined,
});
await handle.app.listen({ host: '127.0.0.1', port: 0 });
const address = handle.app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`${JSON.stringify({ port: address.port, engine: bench.engine })}\n`);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  handle
    .close()
    .then(() => bench.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
