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
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

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

describe('13.12 the manager reads what it decides on: the administrative set and retention status, not the content', () => {
  it('13.12 003-101 the manager reads the administrative set and retention status of an archived dossier (audited), no contribution of it, and nothing of a running case', async () => {
    const { c, pd } = await toMonitoring(s);
    let manager = await s.login('manager@noord-limburg');
    // A running case is not one the manager decides on.
    const running = await s.request('GET', `/api/cases/${c.id}/admin-set`, manager);
    expect(running.statusCode).toBe(403);
    expect(errorOf(running.body)).toMatchObject({ rule: 'P2', reason: 'role_no_case_content' });
    expect((await s.request('GET', `/api/cases/${c.id}/retention`, manager)).statusCode).toBe(403);

    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(183 * DAY);
    await runJob(s.deps, retentionJob);
    expect(await phase(c.id)).toBe('archived');
    manager = await s.login('manager@noord-limburg');

    const set = await s.request('GET', `/api/cases/${c.id}/admin-set`, manager);
    expect(set.statusCode, set.body).toBe(200);
    const adminSet = set.json<{ caseNumber: string; subjects: { name: string }[]; registrant: { organisation: string } }>();
    const number = (await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', c.id).executeTakeFirstOrThrow()).number;
    expect(adminSet.caseNumber).toBe(number);
    expect(adminSet.subjects.length).toBeGreaterThan(0);
    expect(adminSet.subjects[0]?.name.length).toBeGreaterThan(0);

    const retention = await s.request('GET', `/api/cases/${c.id}/retention`, manager);
    expect(retention.statusCode, retention.body).toBe(200);
    const status = retention.json<{ stage: string; deleteAt: string | null; deescalationDecidedAt: string | null; exceptions: { motivation: string | null }[] }>();
    expect(status.stage).toBe('step2');
    expect(status.deescalationDecidedAt).not.toBeNull();
    expect(status.deleteAt).not.toBeNull();

    // The case page holds no content for the manager, and a contribution stays closed.
    const contribution = await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=monitoring`, manager);
    expect(contribution.statusCode).toBe(403);
    expect(errorOf(contribution.body).rule).toBe('P2');

    const audited = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('case_id', '=', c.id)
      .where('user_id', '=', s.userId('manager@noord-limburg'))
      .where('action', 'in', ['case.admin_set.read', 'case.retention.read'])
      .execute();
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: 'case.admin_set.read', outcome: 'allow' },
        { action: 'case.retention.read', outcome: 'allow' },
        { action: 'case.admin_set.read', outcome: 'deny' },
      ]),
    );

    // Once re-opened, the dossier runs again and closes to the manager.
    expect((await step(s, manager, c.id, { event: 'reopen', reason: 'Nieuwe zorgen over het gezin' })).statusCode).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}/admin-set`, manager)).statusCode).toBe(403);
    s.setNow(new Date('2026-06-01T09:00:00Z'));
  });
});
