/**
 * `npm start`: runs the server with the embedded database (PGlite in DATA_DIR) or PostgreSQL
 * (DATABASE_URL), loading demo data into an empty database outside production.
 */
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD } from './services/demo/demo-users.js';
import { startServer } from './server.js';
import { seedDemoCases } from './services/demo/seed-demo-cases.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startServer({
    config,
    seedDemoCases: (deps, seeded) => seedDemoCases(deps, seeded, (m) => process.stderr.write(`${m}\n`)),
  });
  const address = await server.app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    `Casustafel draait op ${address} (${server.deps.database.engine}).\n` +
      (server.demo !== null || config.demo !== 'off'
        ? `Demo: log in als bijv. procesregisseur@noord-limburg met wachtwoord "${DEMO_PASSWORD}" (zie README).\n`
        : ''),
  );
  const stop = (): void => {
    server.close().then(
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
