/** The work of `config validate`, loaded only when that command runs. */
import { readFile } from 'node:fs/promises';
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { CliError, out } from '../cli-options.js';

export async function validateCommand(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`Bestand niet leesbaar / cannot read file: ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`Geen geldige JSON / not valid JSON in ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseCollaborationConfig(json);
  if (!result.ok) {
    throw new CliError(`Ongeldige configuratie / invalid configuration in ${file}:\n${result.issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
  }
  out(`Geldig / valid: ${result.config.name} (${result.config.id}), ${result.config.partners.length} partners, ${result.config.tables.length} tafels / tables.`);
}
