/** The work of `config validate` and `config install`, loaded only when one of them runs. */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { AppError } from '../../services/app-error.js';
import { CliError, out } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';

export interface InstallOptions {
  readonly adminPartner: string;
  readonly adminUsername: string;
  readonly adminName: string;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`Bestand niet leesbaar / cannot read file: ${file}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`Geen geldige JSON / not valid JSON in ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function validateCommand(file: string): Promise<void> {
  const json = await readJson(file);
  const result = parseCollaborationConfig(json);
  if (!result.ok) {
    throw new CliError(`Ongeldige configuratie / invalid configuration in ${file}:\n${result.issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
  }
  out(`Geldig / valid: ${result.config.name} (${result.config.id}), ${result.config.partners.length} partners, ${result.config.tables.length} tafels / tables.`);
}

export async function installCommand(file: string, options: StoreOptions & InstallOptions): Promise<void> {
  const config = await readJson(file);
  if (!/^[A-Za-z0-9._@:-]{3,200}$/.test(options.adminUsername)) throw new CliError('--admin-username: 3-200 tekens, letters, cijfers en . _ @ : - / 3-200 characters of letters, digits and . _ @ : -');
  const password = randomBytes(15).toString('base64url');
  const { withDeps } = await import('../cli-context.js');
  const { installNewCollaboration } = await import('../../services/governance/install-new-collaboration.js');
  const installed = await withDeps(options, async ({ deps }) => {
    try {
      return await installNewCollaboration(deps, { config, admin: { partner: options.adminPartner, username: options.adminUsername, displayName: options.adminName, password } });
    } catch (error) {
      if (error instanceof AppError) {
        const fields = (error.fields ?? []).map((f) => `  ${f.field}: ${f.message}`).join('\n');
        throw new CliError(`${error.messages.nl} / ${error.messages.en}${fields === '' ? '' : `\n${fields}`}`);
      }
      throw error;
    }
  });
  out(`Samenwerkingsverband ${installed.slug} geïnstalleerd / installed. Beheerder / admin ${options.adminUsername}, eenmalig wachtwoord / one-time password: ${password}`);
  out(`Voeg de eerste manager toe / add the first manager: casustafel users add --collaboration ${installed.slug} --partner <slug> --username <name> --name <display> --role manager`);
}
