/** `serve`, `migrate`, `demo`: run the server, bring the schema up to date, load demo data. */
import type { Command } from 'commander';
import { DEMO_PASSWORD } from '../../services/demo/demo-users.js';
import { seedDemoCases } from '../../services/demo/seed-demo-cases.js';
import { isEmpty, seedDemoOrganisation } from '../../services/demo/seed-demo.js';
import { startServer } from '../../server.js';
import { migrate } from '../../store/migrate.js';
import { CliError, addStoreOptions, cliConfig, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';

export function registerStoreCommands(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('Start the web server and API (with the retention and reminder jobs on their interval)')
      .option('--port <port>', 'port to listen on (overrides PORT)')
      .option('--host <host>', 'address to listen on (overrides HOST)'),
  ).action(async (options: StoreOptions & { port?: string; host?: string }) => {
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
  });

  addStoreOptions(program.command('migrate').description('Apply pending database migrations')).action(async (options: StoreOptions) => {
    await withDeps(
      options,
      async ({ database }) => {
        const result = await migrate(database.db);
        out(result.applied.length === 0 ? 'De database is bijgewerkt / the database is up to date.' : `Toegepast / applied: ${result.applied.join(', ')}`);
      },
      { migrate: false },
    );
  });

  addStoreOptions(program.command('demo').description('Load the demo organisation (five collaborations, demo accounts) into an empty database')).action(
    async (options: StoreOptions) => {
      await withDeps(options, async ({ deps, config }) => {
        if (config.production) throw new CliError('Demogegevens zijn geweigerd met NODE_ENV=production / demo data is refused in production.');
        if (!(await isEmpty(deps))) throw new CliError('De database is niet leeg; demogegevens worden alleen in een lege database geladen / the database is not empty.');
        const seeded = await seedDemoOrganisation(deps);
        await seedDemoCases(deps, seeded);
        out(`Demo geladen / loaded: ${seeded.length} samenwerkingsverbanden; wachtwoord / password "${DEMO_PASSWORD}".`);
      });
    },
  );
}
