/** The work of `serve`, `migrate` and `demo`, loaded only when one of them runs. */
import { DEMO_PASSWORD } from '../../services/demo/demo-users.js';
import { seedDemoCases } from '../../services/demo/seed-demo-cases.js';
import { isEmpty, seedDemoOrganisation } from '../../services/demo/seed-demo.js';
import { startServer } from '../../server.js';
import { migrate } from '../../store/migrate.js';
import { CliError, cliConfig, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';

export async function serveCommand(options: StoreOptions & { port?: string; host?: string }): Promise<void> {
  const config = cliConfig(options, { ...(options.port === undefined ? {} : { PORT: options.port }), ...(options.host === undefined ? {} : { HOST: options.host }) });
  const server = await startServer({ config, seedDemoCases, log: (m) => process.stderr.write(`${m}\n`) });
  const address = await server.app.listen({ port: config.port, host: config.host });
  out(`Casustafel draait op / runs at ${address} (${server.deps.database.engine}).`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}

export async function migrateCommand(options: StoreOptions): Promise<void> {
  await withDeps(
    options,
    async ({ database }) => {
      const result = await migrate(database.db);
      out(result.applied.length === 0 ? 'De database is bijgewerkt / the database is up to date.' : `Toegepast / applied: ${result.applied.join(', ')}`);
    },
    { migrate: false },
  );
}

export async function demoCommand(options: StoreOptions): Promise<void> {
  await withDeps(options, async ({ deps, config }) => {
    if (config.production) throw new CliError('Demogegevens zijn geweigerd met NODE_ENV=production / demo data is refused in production.');
    if (!(await isEmpty(deps))) throw new CliError('De database is niet leeg; demogegevens worden alleen in een lege database geladen / the database is not empty.');
    const seeded = await seedDemoOrganisation(deps);
    await seedDemoCases(deps, seeded);
    out(`Demo geladen / loaded: ${seeded.length} samenwerkingsverbanden; wachtwoord / password "${DEMO_PASSWORD}".`);
  });
}
