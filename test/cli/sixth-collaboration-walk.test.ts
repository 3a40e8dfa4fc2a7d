/**
 * A sixth collaboration, the fictional Zorgnetwerk Oost, is installed from its JSON configuration by
 * the real `casustafel config install` command (a child process), its people are added with
 * `casustafel users add`, and the server is then started on that same store and key: the case is
 * walked over HTTP from registration to deletion (handvat-walk.flow.ts, fake clock), with the steps
 * offered in each phase being the ones its JSON lists, in its own words. Nothing in the code names
 * this collaboration.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationConfigSchema } from '../../src/domain/config/collaboration-config.schema.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { openDatabase } from '../../src/store/database.js';
import { walkToDeletion } from '../api/handvat-walk.flow.js';
import { cliStore } from '../support/cli.js';
import type { CliRun, CliStore } from '../support/cli.js';
import { DATABASE_URL } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const FIXTURE = fileURLToPath(new URL('../../src/domain/config/zorgnetwerk-oost-fictief.fixture.json', import.meta.url));
const SLUG = 'zorgnetwerk-oost-fictief';
const KEY = randomBytes(32);

let cliAt: CliStore;
let s: TestServer | null = null;

const cli = (...args: string[]): Promise<CliRun> => cliAt.run(...args, ...cliAt.store);

/** Runs a CLI command that must succeed and returns the one-time password it prints. */
async function oneTimePassword(...args: string[]): Promise<string> {
  const r = await cli(...args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  const password = /one-time password: (\S+)/.exec(r.stdout)?.[1];
  expect(password, r.stdout).toBeDefined();
  return password ?? '';
}

beforeAll(async () => {
  cliAt = await cliStore('sixth', KEY);
});
afterAll(async () => {
  await s?.close();
  await cliAt.remove();
});

describe('§6 a sixth collaboration installed by `casustafel config install` runs as its JSON says', () => {
  it('§6 installed and staffed from the command line, then walked over HTTP from registration to deletion, the steps offered being the ones its JSON lists', async () => {
    const passwords = new Map<string, string>();
    passwords.set('beheerder@oost', await oneTimePassword('config', 'install', FIXTURE, '--admin-partner', 'gemeente-oost-fictief', '--admin-username', 'beheerder@oost', '--admin-name', 'Beheerder Oost'));
    const people = [
      ['regisseur@oost', 'gemeente-oost-fictief', 'process_director'],
      ['wijkteam@oost', 'gemeente-oost-fictief', 'professional'],
      ['politie@oost', 'politie-oost-fictief', 'professional'],
      ['ggz@oost', 'ggz-oost', 'professional'],
    ] as const;
    for (const [username, partner, role] of people) {
      passwords.set(username, await oneTimePassword('users', 'add', '--collaboration', SLUG, '--partner', partner, '--username', username, '--name', username, '--role', role, '--declared', '--vog'));
    }

    // The server on the store the command line installed into, with the same master key.
    const database = DATABASE_URL ? await openDatabase({ databaseUrl: cliAt.store[1] ?? '', migrate: true, poolSize: 8 }) : await openDatabase({ dataDir: cliAt.store[1] ?? '', migrate: true });
    const server = await startTestServer({ database, keys: createMasterKeyRing(masterKeyFromBytes(KEY)) });
    s = server;
    const db = server.deps.database.db;
    const collaboration = await db.selectFrom('collaborations').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
    const partners = new Map((await db.selectFrom('partners').select(['id', 'slug']).where('collaboration_id', '=', collaboration.id).execute()).map((p) => [p.slug, p.id]));
    const users = new Map((await db.selectFrom('users').select(['id', 'username']).where('collaboration_id', '=', collaboration.id).execute()).map((u) => [u.username, u.id]));
    const oost: TestServer = {
      ...server,
      login: (username, password) => server.login(username, password ?? passwords.get(username)),
      userId: (username) => users.get(username) ?? server.userId(username),
      partnerId: (slug, partner) => (slug === SLUG ? (partners.get(partner) ?? '') : server.partnerId(slug, partner)),
    };

    const config = collaborationConfigSchema.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
    await walkToDeletion(oost, {
      config,
      collaboration: SLUG,
      table: 'netwerkoverleg',
      pd: 'regisseur@oost',
      registrant: 'wijkteam@oost',
      registrantPartner: 'gemeente-oost-fictief',
      police: 'politie@oost',
      policePartner: 'politie-oost-fictief',
      executor: 'ggz@oost',
      actionOwnerPartner: 'gemeente-oost-fictief',
      subjectName: 'Kees Oost-Walk',
    });
  }, 240_000);
});
