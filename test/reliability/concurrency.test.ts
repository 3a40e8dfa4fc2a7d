/**
 * Over HTTP: two clients save the same meeting record (plan of approach) at once with the
 * version they read; one gets 409, the loser re-reads and saves again, and the record ends with
 * the loser's text on top of the winner's version — nothing lost, nothing silently overwritten.
 *
 * Below the HTTP layer: two clients edit the same case with the version they read (optimistic locking on the case
 * row, `bumpCaseVersion`, which every versioned case edit goes through). Both send their edit at
 * the same moment: exactly one wins, the other gets `stale_version` (HTTP 409), and after the
 * loser re-reads and retries, both edits are in — nothing is lost. Repeated on many cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainActor, withActor } from '../../src/services/access-gate.js';
import { AppError } from '../../src/services/app-error.js';
import { bumpCaseVersion } from '../../src/services/cases/case-context.js';
import type { SessionActor } from '../../src/services/ports.js';
import { recordBody, toRto } from '../api/phases.flow.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const ROUNDS = 25;

describe('concurrent edits with a version (reliability)', () => {
  it('one of two simultaneous edits gets 409, the retry lands, nothing is lost', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const pd = await s.login('procesregisseur@noord-limburg');
    const pdActor: SessionActor = {
      sessionId: 'reliability',
      userId: s.userId('procesregisseur@noord-limburg'),
      partnerId: (await s.deps.database.db.selectFrom('users').select('partner_id').where('username', '=', 'procesregisseur@noord-limburg').executeTakeFirstOrThrow()).partner_id,
      role: 'process_director',
      collaborationId: s.collaborationId('zvh-noord-limburg'),
      displayName: 'Procesregisseur',
    };
    expect(domainActor(pdActor).role).toBe('process_director');
    let conflicts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const created = await s.request('POST', '/api/cases', rn, {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: `Betrokkene ${round}` }],
        processDirectorId: pdActor.userId,
        registration: { content: 'Aanmelding', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      });
      expect(created.statusCode, created.body).toBe(201);
      const caseId = created.json<{ id: string }>().id;
      const read = await s.request('GET', `/api/cases/${caseId}`, pd);
      expect(read.statusCode, read.body).toBe(200);
      const version = read.json<{ version: number }>().version;

      // Two clients, each with its own edit (a work area) and the version it read.
      const edit = (workArea: string, expected: number) =>
        withActor(s.deps, pdActor, async (trx) => {
          const next = await bumpCaseVersion(trx, caseId, expected, s.deps.now());
          await trx.updateTable('cases').set({ work_area: workArea }).where('id', '=', caseId).execute();
          return next;
        });
      const results = await Promise.allSettled([edit(`A-${round}`, version), edit(`B-${round}`, version)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error: unknown = lost[0]?.reason;
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('stale_version');
      conflicts++;

      // The loser re-reads and retries on the new version: both edits are recorded in order.
      const after = await s.request('GET', `/api/cases/${caseId}`, pd);
      const current = after.json<{ version: number; workArea: string | null }>();
      expect(current.version).toBe(version + 1);
      const winnerArea = current.workArea;
      expect([`A-${round}`, `B-${round}`]).toContain(winnerArea);
      const loserArea = winnerArea === `A-${round}` ? `B-${round}` : `A-${round}`;
      await edit(loserArea, current.version);
      const final = (await s.request('GET', `/api/cases/${caseId}`, pd)).json<{ version: number; workArea: string | null }>();
      expect(final).toMatchObject({ version: version + 2, workArea: loserArea });
    }
    console.log(`concurrency: ${ROUNDS} rounds of two simultaneous edits, ${conflicts} conflicts (409), 0 edits lost`);
  });

  it('HTTP: two simultaneous saves of a meeting record with the same version give one 200 and one 409', async () => {
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      const { c, pd, meetingId } = await toRto(s);
      const other = await s.login('procesregisseur@noord-limburg');
      const url = `/api/cases/${c.id}/meetings/${meetingId}/record`;
      const view = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ version: number }>();
      const a = { ...recordBody(s, view.version), reason: `Versie A ${round}` };
      const b = { ...recordBody(s, view.version), reason: `Versie B ${round}` };
      const [ra, rb] = await Promise.all([s.request('PUT', url, pd, a), s.request('PUT', url, other, b)]);
      expect([ra.statusCode, rb.statusCode].sort(), `${ra.body} ${rb.body}`).toEqual([200, 409]);
      const loser = ra.statusCode === 409 ? a : b;
      const after = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ version: number; record: { reason: string } }>();
      expect(after.record.reason).toBe(ra.statusCode === 200 ? a.reason : b.reason);
      const retry = await s.request('PUT', url, other, { ...loser, version: after.version });
      expect(retry.statusCode, retry.body).toBe(200);
      const final = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ version: number; record: { reason: string } }>();
      expect(final.version).toBe(after.version + 1);
      expect(final.record.reason).toBe(loser.reason);
    }
    console.log(`concurrency (HTTP meeting record): ${rounds} rounds, one 409 each, 0 edits lost`);
  });
});
