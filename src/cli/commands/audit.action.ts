/** The work of `audit verify`, `audit keygen` and `audit checkpoint`, loaded only when such a command runs. */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { chainHead, checkCheckpoints, generateSigningKey, readPrivateKey, readPublicKey, signCheckpoint } from '../../audit/checkpoint.js';
import { sealAudit } from '../../audit/seal.js';
import { verifyAudit } from '../../audit/verify.js';
import { CliError, cliConfig, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';

export interface VerifyOptions {
  readonly seal: boolean;
  readonly checkpoints?: string;
  readonly publicKey?: string;
  readonly maxAgeHours?: string;
}

export interface KeygenOptions {
  readonly privateKey: string;
  readonly publicKey: string;
}

export interface CheckpointOptions {
  readonly privateKey: string;
  readonly out: string;
}

const PROBLEMS: Record<string, string> = {
  checkpoint_unreadable: 'regel is geen checkpoint / line is not a checkpoint',
  checkpoint_signature: 'handtekening klopt niet / signature does not hold',
  checkpoint_missing: 'record van het checkpoint ontbreekt / checkpointed record is missing',
  checkpoint_mismatch: 'hash wijkt af van het ondertekende checkpoint / hash differs from the signed checkpoint',
  checkpoint_stale: 'nieuwste checkpoint is te oud / newest checkpoint is too old',
};

export async function verifyCommand(options: StoreOptions & VerifyOptions): Promise<void> {
  if ((options.checkpoints === undefined) !== (options.publicKey === undefined)) {
    throw new CliError('Geef --checkpoints en --public-key samen / give --checkpoints and --public-key together.');
  }
  const maxAgeHours = options.maxAgeHours === undefined ? undefined : Number(options.maxAgeHours);
  if (maxAgeHours !== undefined && !(maxAgeHours > 0)) throw new CliError('--max-age-hours: geef een positief getal / give a positive number.');
  const checkpoints = options.checkpoints === undefined ? null : await readFile(options.checkpoints, 'utf8');
  const publicKey = options.publicKey === undefined ? null : readPublicKey(await readFile(options.publicKey, 'utf8'));
  await withDeps(options, async ({ database }) => {
    if (options.seal) await sealAudit(database.db);
    const result = await verifyAudit(database.db);
    if (!result.ok) {
      throw new CliError(`Logboek beschadigd / access log broken: ${result.problem} op positie / at position ${result.position} (record ${String(result.at)}).`, 2);
    }
    out(`Logboek intact / access log intact: ${result.count} records verzegeld / sealed, ${result.unsealed} nog niet / not yet.`);
    if (checkpoints === null || publicKey === null) return;
    const anchored = await checkCheckpoints(database.db, checkpoints, publicKey, maxAgeHours === undefined ? {} : { maxAgeHours });
    if (!anchored.ok) {
      const where = [anchored.line === null ? null : `regel / line ${anchored.line}`, anchored.position === null ? null : `positie / position ${anchored.position}`].filter((x) => x !== null).join(', ');
      throw new CliError(`Logboek wijkt af van de checkpoints / access log differs from the checkpoints: ${anchored.problem} (${PROBLEMS[anchored.problem] ?? ''}${where === '' ? '' : `; ${where}`}).`, 2);
    }
    out(`Checkpoints kloppen / checkpoints hold: ${anchored.checked}${anchored.latest === null ? '' : `, nieuwste / newest ${anchored.latest.at} (positie / position ${anchored.latest.sealSeq})`}.`);
  });
}

/** A path inside the data directory can be copied or rewritten with the database: refused. */
function refuseInsideDataDir(file: string, options: StoreOptions, what: string): void {
  const dataDir = cliConfig(options).dataDir;
  const rel = relative(resolve(dataDir), resolve(file));
  if (rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))) {
    throw new CliError(`${what} mag niet in de datamap staan (${dataDir}) / must not be inside the data directory: wie de database kan herschrijven, kan dit bestand ook herschrijven / whoever can rewrite the database can rewrite this file too.`);
  }
}

export async function keygenCommand(options: KeygenOptions): Promise<void> {
  refuseInsideDataDir(options.privateKey, {}, '--private-key');
  const { privatePem, publicPem } = generateSigningKey();
  try {
    await writeFile(options.privateKey, privatePem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`--private-key: ${options.privateKey} bestaat al / already exists; een sleutel wordt nooit overschreven / a key is never overwritten.`);
    throw e;
  }
  await writeFile(options.publicKey, publicPem, { mode: 0o644 });
  out(`Sleutelpaar gemaakt / key pair created: ${options.privateKey} (privé / private, 0600), ${options.publicKey} (publiek / public).`);
}

export async function checkpointCommand(options: StoreOptions & CheckpointOptions): Promise<void> {
  refuseInsideDataDir(options.out, options, '--out');
  refuseInsideDataDir(options.privateKey, options, '--private-key');
  const privateKey = readPrivateKey(await readFile(options.privateKey, 'utf8'));
  await withDeps(options, async ({ database }) => {
    await sealAudit(database.db);
    const verified = await verifyAudit(database.db);
    if (!verified.ok) throw new CliError(`Logboek beschadigd / access log broken: ${verified.problem} op positie / at position ${verified.position}; geen checkpoint gemaakt / no checkpoint written.`, 2);
    const checkpoint = signCheckpoint(privateKey, await chainHead(database.db), new Date());
    const line = JSON.stringify(checkpoint);
    await appendFile(options.out, `${line}\n`, { mode: 0o644 });
    // The same line on stdout, to send to the partners (e-mail, API) as a second witness.
    out(line);
  });
}
