/**
 * `npm start`: runs the server with the embedded database (PGlite in DATA_DIR) or PostgreSQL
 * (DATABASE_URL), loading demo data into an empty database outside production. With LOG=true
 * everything it says goes out as JSON lines (src/ops/logger.ts); the start line stays readable.
 */
import { ConfigError, loadConfig, productionDatabaseLoginCheck, productionTlsCheck } from './config.js';
import { checkMasterKeyPlacement } from './crypto/master-key.js';
import { startMetricsServer } from './ops/metrics-server.js';
import type { MetricsServer } from './ops/metrics-server.js';
import { DEMO_PASSWORD } from './services/demo/demo-users.js';
import { startServer } from './server.js';
import { seedDemoCases } from './services/demo/seed-demo-cases.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const say = (m: string): void => {
    process.stderr.write(`${m}\n`);
  };
  const tls = productionTlsCheck(config);
  if (tls.refuse !== null) throw new ConfigError(tls.refuse);
  if (tls.warning !== null) say(tls.warning);
  const login = productionDatabaseLoginCheck(config);
  if (login.refuse !== null) throw new ConfigError(login.refuse);
  if (login.warning !== null) say(login.warning);
  // Before the database is opened: a key inside DATA_DIR in production is refused (finding L7).
  await checkMasterKeyPlacement({ dataDir: config.dataDir, keyFile: config.masterKeyFile, production: config.production });
  const server = await startServer({
    config,
    ...(config.log ? {} : { log: say }),
    seedDemoCases,
  });
  const address = await server.app.listen({ port: config.port, host: config.host });
  const metricsServer: MetricsServer | null = config.metrics.port === null ? null : await startMetricsServer(server.metrics, config.metrics.host, config.metrics.port);
  if (metricsServer !== null) server.logger.info({ port: metricsServer.port }, 'metrics listening');
  server.logger.info({ address, engine: server.deps.database.engine }, 'listening');
  process.stdout.write(
    `Casustafel draait op ${address} (${server.deps.database.engine}).\n` +
      (server.demo !== null || config.demo !== 'off'
        ? `Demo: log in als bijv. procesregisseur@noord-limburg met wachtwoord "${DEMO_PASSWORD}" (zie README).\n`
        : ''),
  );
  const stop = (): void => {
    Promise.all([server.close(), metricsServer?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error instanceof Error ? error.message : error)}\n`);
  process.exit(1);
});
