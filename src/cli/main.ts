/**
 * The `casustafel` command line (bin/casustafel.js): the same services as the server, for
 * operators. Every command has --help; bad input exits non-zero with a message, no stack trace.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config-error.js';
import { CliError } from './cli-options.js';
import { registerAuditCommands } from './commands/audit.command.js';
import { registerConfigCommands } from './commands/config.command.js';
import { registerJobCommands } from './commands/jobs.command.js';
import { registerStoreCommands } from './commands/store.command.js';
import { registerUserCommands } from './commands/users.command.js';

export function buildProgram(): Command {
  const program = new Command('casustafel')
    .description('Casustafel: the work process of a care-and-safety collaboration, its privacy protocol enforced by construction')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerStoreCommands(program);
  registerJobCommands(program);
  registerAuditCommands(program);
  registerConfigCommands(program);
  registerUserCommands(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride().showHelpAfterError();
  }
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`Fout / error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
