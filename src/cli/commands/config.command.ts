/** `config validate <file>`: checks a collaboration configuration (JSON) without installing it. */
import type { Command } from 'commander';

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('Collaboration configurations (§6)');
  config
    .command('validate')
    .description('Validate a collaboration configuration file (JSON); lists every problem with its path')
    .argument('<file>', 'the JSON file')
    .action(async (file: string) => (await import('./config.action.js')).validateCommand(file));
}
