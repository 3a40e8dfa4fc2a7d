/** `serve`, `migrate`, `demo`: run the server, bring the schema up to date, load demo data. */
import type { Command } from 'commander';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';

export function registerStoreCommands(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('Start the web server and API (with the retention and reminder jobs on their interval)')
      .option('--port <port>', 'port to listen on (overrides PORT)')
      .option('--host <host>', 'address to listen on (overrides HOST)'),
  ).action(async (options: StoreOptions & { port?: string; host?: string }) => (await import('./store.action.js')).serveCommand(options));

  addStoreOptions(program.command('migrate').description('Apply pending database migrations')).action(async (options: StoreOptions) =>
    (await import('./store.action.js')).migrateCommand(options),
  );

  addStoreOptions(program.command('demo').description('Load the demo organisation (five collaborations, demo accounts) into an empty database')).action(
    async (options: StoreOptions) => (await import('./store.action.js')).demoCommand(options),
  );
}
