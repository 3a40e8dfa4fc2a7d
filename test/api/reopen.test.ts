/**
 * The manager's re-opening holds (issue 13 item 12; seed 003 Bijlage 3 fase 4, row 003-101): an
 * archived dossier the manager re-activates with a reason gets a new de-escalation date, the
 * retention job counts step 2 from there instead of archiving it again at its next run, and the
 * retention status shows the reason. Walked on the shipped Noord-Limburg configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { step, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const DAY = 86_400_000;

async function phase(id: string): Promise<string> {
  return (await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', id).executeTakeFirstOrThrow()).phase;
}

describe('003-101 the manager re-activates an archived dossier', () => {
  it('13.12 the re-opening sets a new de-escalation date the retention job respects; the reason is shown', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(183 * DAY);
    await runJob(s.deps, retentionJob);
    expect(await phase(c.id)).toBe('archived');

    const reason = 'Nieuwe melding van de woningcorporatie over dezelfde woning';
    const reopened = await step(s, await s.login('manager@noord-limburg'), c.id, { event: 'reopen', reason });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const reopenedAt = s.deps.now();
    await runJob(s.deps, retentionJob);
    expect(await phase(c.id)).toBe('deescalation1');

    const status = (await s.request('GET', `/api/cases/${c.id}/retention`, await s.login('procesregisseur@noord-limburg'))).json<{
      deescalationDecidedAt: string;
      archiveAt: string;
      reopenings: { at: string; reason: string }[];
    }>();
    expect(status.deescalationDecidedAt).toBe(reopenedAt.toISOString());
    const sixMonths = new Date(reopenedAt);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(status.archiveAt).toBe(sixMonths.toISOString());
    expect(status.reopenings).toEqual([{ at: reopenedAt.toISOString(), reason }]);

    s.setNow(new Date(sixMonths.getTime() - DAY));
    await runJob(s.deps, retentionJob);
    expect(await phase(c.id)).toBe('deescalation1');
    s.setNow(new Date(sixMonths.getTime() + 1000));
    await runJob(s.deps, retentionJob);
    expect(await phase(c.id)).toBe('archived');
    s.setNow(new Date('2026-06-01T09:00:00Z'));
  });
});
