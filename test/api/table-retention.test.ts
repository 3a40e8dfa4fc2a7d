/**
 * Retention per verschijningsvorm (seed 000 art. 10.3: the functionary of each table answers for
 * its dossier under the Archiefwet; 000-R36): a table of the SHIPPED Maastricht configuration
 * given its own periods (`tables[].retention`) governs its cases — the de-escalation notice, the
 * retention status the retention screen shows, the step the process director may take and the
 * retention job — while the shipped configuration, without it, keeps the collaboration's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import type { CollaborationConfig } from '../../src/domain/config/collaboration-config.schema.js';
import { addMonths } from '../../src/domain/time/date-math.js';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { configField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { walkToDeescalation } from './handvat-walk.flow.js';
import type { HandvatWalk } from './handvat-walk.flow.js';
import { step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const MDO = 'mdo-integrale-aanpak';
const PD = 'procesregisseur@maastricht';
const DAY = 86_400_000;
const OWN = { archiveAfterMonths: 2, deleteAfterMonths: 4, source: 'Selectielijst MDO: archiveren na 2, vernietigen na 4 maanden (test)' };
// The shipped MDO has no retention of its own: the object is added, then each of its fields set.
const CHANGES = [
  [configField('tables[mdo-integrale-aanpak].retention'), {}],
  [configField('tables[mdo-integrale-aanpak].retention.archiveAfterMonths'), OWN.archiveAfterMonths],
  [configField('tables[mdo-integrale-aanpak].retention.deleteAfterMonths'), OWN.deleteAfterMonths],
  [configField('tables[mdo-integrale-aanpak].retention.source'), OWN.source],
] as const;
const withOwnRetention = <T>(fn: () => Promise<T>): Promise<T> => withChangedFields(s, M, CHANGES, fn);

const changedConfig: CollaborationConfig = { ...MAASTRICHT_HEUVELLAND, tables: MAASTRICHT_HEUVELLAND.tables.map((t) => (t.id === MDO ? { ...t, retention: OWN } : t)) };
const walk: HandvatWalk = {
  config: changedConfig,
  collaboration: M,
  table: MDO,
  pd: PD,
  registrant: 'gemeente-maastricht@maastricht',
  registrantPartner: 'gemeente-maastricht',
  police: 'politie-limburg@maastricht',
  policePartner: 'politie-limburg',
  executor: 'mondriaan@maastricht',
  actionOwnerPartner: 'gemeente-maastricht',
  subjectName: 'Noor Bemelmans-MH',
  answerCategory: 'naw-betrokkene',
  consentFor: ['gemeente-maastricht', 'politie-limburg', 'mondriaan'],
  namesOutcomeInformant: true,
};

interface Status {
  stage: string;
  archiveAt: string | null;
  deleteAt: string | null;
  policy: { archiveAfterMonths: number | null; deleteAfterMonths: number; source: string };
}

async function status(caseId: string): Promise<Status> {
  const res = await s.request('GET', `/api/cases/${caseId}/retention`, await s.login(PD));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Status>();
}

const iso = (ms: number): string => new Date(ms).toISOString();

describe('000-R36 retention per verschijningsvorm (seed 000 art. 10.3)', () => {
  it('000-R36 tables[].retention: the MDO with its own periods is told, shown, refused and swept by them; the shipped configuration keeps six and twelve months', async () => {
    const { caseId, decidedAt } = await withOwnRetention(async () => {
      // The de-escalation notice names the table's dates (checked in the walk).
      const walked = await walkToDeescalation(s, walk);
      const own = await status(walked.caseId);
      expect(own.policy).toMatchObject(OWN);
      expect(own.archiveAt).toBe(iso(addMonths(walked.decidedAt, 2)));
      expect(own.deleteAt).toBe(iso(addMonths(walked.decidedAt, 4)));
      return walked;
    });
    // Shipped: the MDO has no retention of its own, the collaboration's staged de-escalation applies.
    const shipped = await status(caseId);
    expect(shipped.policy).toMatchObject({ archiveAfterMonths: 6, deleteAfterMonths: 12, source: MAASTRICHT_HEUVELLAND.retention.source });
    expect(shipped.archiveAt).toBe(iso(addMonths(decidedAt, 6)));

    const phaseOf = async (): Promise<string> => (await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', caseId).executeTakeFirstOrThrow()).phase;
    await withOwnRetention(async () => {
      // Refused: one month on, the table's archive step (two months) is not due yet.
      s.setNow(new Date(decidedAt + 30 * DAY));
      const early = await step(s, await s.login(PD), caseId, { event: 'archive' });
      expect(early.statusCode, early.body).toBe(403);
      expect(early.json().error).toMatchObject({ rule: 'P13', reason: 'retention_step_not_due' });
      // Seventy days on: the job archives under the table's two months (the collaboration's six are far off).
      s.setNow(new Date(decidedAt + 70 * DAY));
      await runJob(s.deps, retentionJob);
      expect(await phaseOf()).toBe('archived');
    });
    // At 130 days the shipped twelve months keep the archived dossier; the table's four delete it.
    s.setNow(new Date(decidedAt + 130 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('archived');
    await withOwnRetention(async () => {
      await runJob(s.deps, retentionJob);
      expect(await phaseOf()).toBe('deleted');
    });
    expect(await s.deps.database.db.selectFrom('case_keys').select('case_id').where('case_id', '=', caseId).execute()).toEqual([]);
  }, 120_000);
});
