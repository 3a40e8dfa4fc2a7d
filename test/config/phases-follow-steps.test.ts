/**
 * ADR 0085: the phases a collaboration uses are the ones its steps lead from and to; the separate
 * list `process.phases` left the configuration. Installed configurations that still carry the list
 * lose it (migration 180, and `upgradeStoredConfig` when a configuration is read), and a
 * configuration from before the steps were configuration still gets its steps from the list.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOORD_LIMBURG } from '../../src/collaborations/noord-limburg.js';
import { parseCollaborationConfig } from '../../src/domain/config/collaboration-config.schema.js';
import FICTIONAL from '../../src/domain/config/zorgnetwerk-oost-fictief.fixture.json' with { type: 'json' };
import { phasesOf } from '../../src/domain/process/variant.js';
import { upgradeStoredConfig } from '../../src/services/config-upgrade.js';
import { loadMigrations } from '../../src/store/migrate.js';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, register, step } from '../api/phases.flow.js';

const CANONICAL_PHASES = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred'];

type Json = Record<string, unknown>;
const processOf = (config: unknown): Json => (config as { process: Json }).process;

describe('ADR 0085 the phases follow the steps (configuration upgrade)', () => {
  it('a stored configuration with its steps loses the list of phases and keeps its steps', () => {
    const stored = { ...NOORD_LIMBURG, process: { ...NOORD_LIMBURG.process, phases: CANONICAL_PHASES } };
    const upgraded = upgradeStoredConfig(JSON.parse(JSON.stringify(stored)));
    expect(processOf(upgraded)).not.toHaveProperty('phases');
    expect(processOf(upgraded)['transitions']).toEqual(NOORD_LIMBURG.process.transitions);
    const parsed = parseCollaborationConfig(upgraded);
    expect(parsed.ok).toBe(true);
  });

  it('a stored configuration from before the steps were configuration gets the steps of its listed phases, then loses the list', () => {
    const { transitions: _ignored, ...process } = FICTIONAL.process;
    const listed = CANONICAL_PHASES.filter((p) => p !== 'referred');
    const upgraded = upgradeStoredConfig({ ...FICTIONAL, process: { ...process, phases: listed } });
    expect(processOf(upgraded)).not.toHaveProperty('phases');
    const parsed = parseCollaborationConfig(upgraded);
    expect(parsed.ok && phasesOf(parsed.config.process)).toEqual(listed);
    expect(parsed.ok && parsed.config.process.transitions.some((t) => t.event === 'refer')).toBe(false);
  });
});

describe('ADR 0085 migration 180 on an installed collaboration', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  const stored = async (id: string): Promise<Json> => {
    const row = await s.deps.database.db.selectFrom('collaborations').select('config').where('id', '=', id).executeTakeFirstOrThrow();
    return row.config as Json;
  };

  it('removes a stale list of phases from the stored configuration; the collaboration runs by its steps before and after', async () => {
    const id = s.collaborationId('zvh-noord-limburg');
    const before = await stored(id);
    // An installation from before ADR 0085, with a list that names only registration: nothing reads it.
    await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.updateTable('collaborations')
        .set({ config: JSON.stringify({ ...before, process: { ...processOf(before), phases: ['screening'] } }), updated_at: sql<Date>`updated_at + interval '1 second'` })
        .where('id', '=', id)
        .execute(),
    );
    const director = await s.login('procesregisseur@noord-limburg');
    const first = await register(s);
    await informSubjects(s, first);
    expect((await step(s, director, first.id, ACCEPT)).statusCode).toBe(200);

    const migration = (await loadMigrations()).find((m) => m.name.startsWith('180-'));
    expect(migration?.name).toBe('180-phases-follow-the-steps.sql');
    await sql.raw(migration?.sql ?? '').execute(s.deps.database.db);
    const after = await stored(id);
    expect(processOf(after)).not.toHaveProperty('phases');
    expect(processOf(after)['transitions']).toEqual(processOf(before)['transitions']);

    const second = await register(s);
    await informSubjects(s, second);
    expect((await step(s, director, second.id, ACCEPT)).statusCode).toBe(200);
  });
});
