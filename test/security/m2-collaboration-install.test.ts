/**
 * Finding M2 (penetration test 2026-12-06): the admin of any collaboration installed a new one
 * (`POST /api/collaborations`) and, as its own admin, minted a process director to ask presence
 * lookups across the installation. Installing is now an installation-level act on the server's
 * command line (`casustafel config install`); the API has no such route for anyone, nothing is
 * created, and the command installs with the first admin named in the audit (M9).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNewCollaboration } from '../../src/services/governance/install-new-collaboration.js';
import { tempDir } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const FIXTURE_FILE = fileURLToPath(new URL('../../src/domain/config/zorgnetwerk-oost-fictief.fixture.json', import.meta.url));
const FIXTURE = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as Record<string, unknown>;
const BIN = fileURLToPath(new URL('../../bin/casustafel.js', import.meta.url));

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('M2 installing a collaboration is not an API act', () => {
  it('M2 the reproduction: beheerder@venlo posts a rogue collaboration; there is no route, and nothing is installed', async () => {
    const admin = await s.login('beheerder@venlo');
    const res = await s.request('POST', '/api/collaborations', admin, {
      config: { ...FIXTURE, id: 'rogue-a' },
      admin: { partner: 'gemeente-oost-fictief', username: 'rogue-admin@rogue', displayName: 'Rogue', password: 'rogue-password-123' },
    });
    expect(res.statusCode).toBe(404);
    const rogue = await s.deps.database.db.selectFrom('collaborations').select('id').where('slug', '=', 'rogue-a').execute();
    expect(rogue).toEqual([]);
    expect(await s.deps.database.db.selectFrom('users').select('id').where('username', '=', 'rogue-admin@rogue').execute()).toEqual([]);
  });

  it('M2 `casustafel config install` on the server installs it with its first admin and a one-time password; a second install and a non-member admin partner are refused', async () => {
    const dir = await tempDir('m2');
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, MASTER_KEY: randomBytes(32).toString('base64'), NODE_ENV: 'test' };
      delete env['DATABASE_URL'];
      const run = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
        new Promise((resolve) => {
          execFile(process.execPath, [BIN, ...args], { env, cwd: dir.path, timeout: 240_000 }, (error, stdout, stderr) => {
            resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
          });
        });
      const store = ['--data-dir', join(dir.path, 'data')];
      const installed = await run('config', 'install', FIXTURE_FILE, ...store, '--admin-partner', 'gemeente-oost-fictief', '--admin-username', 'beheerder@oost', '--admin-name', 'Beheerder Oost');
      expect(installed.code, installed.stderr).toBe(0);
      expect(installed.stdout).toMatch(/zorgnetwerk-oost-fictief geïnstalleerd .*eenmalig wachtwoord \/ one-time password: \S{20}/);
      expect(installed.stdout).toContain('--role manager');
      const again = await run('config', 'install', FIXTURE_FILE, ...store, '--admin-partner', 'gemeente-oost-fictief', '--admin-username', 'b2@oost', '--admin-name', 'B');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('bestaat al');
      const notMember = await run('config', 'install', FIXTURE_FILE, ...store, '--admin-partner', 'nope', '--admin-username', 'b3@oost', '--admin-name', 'B');
      expect(notMember.code).toBe(1);
      expect(notMember.stderr).toContain('admin.partner');
    } finally {
      await dir.remove();
    }
  }, 300_000);

  it('M2 M9 the install (what the command runs) is audited in the new collaboration by the system, naming the admin account and its role', async () => {
    const installed = await installNewCollaboration(s.deps, {
      config: { ...FIXTURE, id: 'zorgnetwerk-m2-fictief' },
      admin: { partner: 'gemeente-oost-fictief', username: 'beheerder@m2', displayName: 'Beheerder M2', password: 'een-lang-wachtwoord' },
    });
    const rows = await s.deps.database.db.selectFrom('audit_log').select(['collaboration_id', 'user_id', 'role', 'target_user_id', 'target_role', 'outcome']).where('action', '=', 'collaboration.install').execute();
    expect(rows).toEqual([{ collaboration_id: installed.id, user_id: null, role: 'system', target_user_id: installed.adminUserId, target_role: 'admin', outcome: 'allow' }]);
  });
});
