/**
 * Finding M2, follow-up: the hourly limit stops a burst, but a user who stays under it can still
 * ask many presence lookups over a day. When one user's answered lookups within the configured
 * window reach the configured number (`presenceLookup.alert`), the collaboration's privacy officer
 * finds an alert in the inbox and the alert is audited, once per crossing. Walked on the shipped
 * Noord-Limburg configuration with the alert fields changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register } from '../api/phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** Valid BSNs (11-test), different each time. */
let nextBsn = 100000000;
function bsn(): string {
  for (;;) {
    const d = String(nextBsn++).padStart(9, '0').split('').map(Number);
    const sum = d.slice(0, 8).reduce((acc, v, i) => acc + v * (9 - i), 0) - (d[8] ?? 0);
    if (sum % 11 === 0) return d.join('');
  }
}

interface Inbox {
  notifications: { kind: string; link: string; message: string | null }[];
}

const DIRECTOR = 'procesregisseur@noord-limburg';
const PRIVACY = 'privacy@noord-limburg';

async function ask(caseId: string, n: number): Promise<void> {
  const pd = await s.login(DIRECTOR);
  for (let i = 0; i < n; i++) {
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: bsn(), forCaseId: caseId });
    expect(res.statusCode, res.body).toBe(200);
  }
}

async function alerts(): Promise<Inbox['notifications']> {
  const res = await s.request('GET', '/api/inbox', await s.login(PRIVACY));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Inbox>().notifications.filter((i) => i.kind === 'presence_lookup_volume');
}

async function auditedAlerts(): Promise<number> {
  const rows = await s.deps.database.db.selectFrom('audit_log').select('id').where('action', '=', 'presence.volume_alert').where('user_id', '=', s.userId(DIRECTOR)).execute();
  return rows.length;
}

describe('M2 follow-up: an alert on presence-lookup volume', () => {
  it('M2 presenceLookup.alert.lookups: reaching the number in the window tells the privacy officer once and is audited; the shipped 100 a day stays quiet', async () => {
    const c = await register(s, 'reclassering-nederland@noord-limburg');
    await ask(c.id, 6);
    expect(await alerts()).toEqual([]);
    expect(await auditedAlerts()).toBe(0);

    s.advance(25 * 3_600_000);
    await withChangedFields(
      s,
      NL,
      [
        [configField('presenceLookup.alert.lookups'), 6],
        [configField('presenceLookup.alert.withinHours'), 1],
      ],
      async () => {
        const c2 = await register(s, 'reclassering-nederland@noord-limburg');
        await ask(c2.id, 5);
        expect(await alerts()).toEqual([]);
        await ask(c2.id, 1);
        const told = await alerts();
        expect(told).toHaveLength(1);
        expect(told[0]?.link).toBe(`/audit?userId=${s.userId(DIRECTOR)}&action=presence.lookup`);
        expect(await auditedAlerts()).toBe(1);
        // More lookups in the same window: no second alert.
        await ask(c2.id, 2);
        expect(await alerts()).toHaveLength(1);
        expect(await auditedAlerts()).toBe(1);
      },
    );
  });

  it('M2 presenceLookup.alert.withinHours: the same lookups spread over more than the window raise no alert; a longer window does', async () => {
    const before = await auditedAlerts();
    const spread = async (): Promise<number> => {
      s.advance(48 * 3_600_000);
      const c = await register(s, 'reclassering-nederland@noord-limburg');
      await ask(c.id, 3);
      s.advance(61 * 60_000);
      await ask(c.id, 3);
      return (await auditedAlerts()) - before;
    };
    await withChangedFields(
      s,
      NL,
      [
        [configField('presenceLookup.alert.lookups'), 6],
        [configField('presenceLookup.alert.withinHours'), 1],
      ],
      async () => {
        expect(await spread()).toBe(0);
      },
    );
    await withChangedFields(
      s,
      NL,
      [
        [configField('presenceLookup.alert.lookups'), 6],
        [configField('presenceLookup.alert.withinHours'), 2],
      ],
      async () => {
        expect(await spread()).toBe(1);
      },
    );
  });
});
