/**
 * Display texts of the configuration reach the screens that show them (no configuration field
 * without effect): each text is changed in a copy of a shipped configuration and the changed words
 * are in the answer of `GET /api/collaboration`, which those screens read — the work area's
 * description under the work-area choice when registering, the covenant's words on informing on
 * the informing screen and on third parties on the third-parties screen, a table's meeting
 * frequency in the table administration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const NL = 'zvh-noord-limburg';
const MIDDEN = 'zvh-midden-limburg';

interface Config {
  workAreas: { id: string; description?: string }[];
  informSubject: { source: string };
  thirdParties: { source: string };
  tables: { id: string; frequency: { description: string } }[];
}

async function configAs(user: string): Promise<Config> {
  const res = await s.request('GET', '/api/collaboration', await s.login(user));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ config: Config }>().config;
}

describe('display texts from the configuration reach the screens that show them', () => {
  it('workAreas[].description: the registration form shows the work area\'s description', async () => {
    const before = await configAs('gemeente-venlo@venlo');
    expect(before.workAreas.find((w) => w.id === 'blerick')?.description).toBeUndefined();
    await withChangedField(s, VENLO, configField('workAreas[blerick].description'), 'Blerick, Boekend en Hout-Blerick', async () => {
      expect((await configAs('gemeente-venlo@venlo')).workAreas.find((w) => w.id === 'blerick')?.description).toBe('Blerick, Boekend en Hout-Blerick');
    });
  });

  it('informSubject.source: the informing screen states the covenant\'s words on who informs and when', async () => {
    const shipped = (await configAs('reclassering-nederland@noord-limburg')).informSubject.source;
    expect(shipped).not.toBe('');
    await withChangedField(s, NL, configField('informSubject.source'), 'Convenant art. 9: de aanmelder informeert vóór de triage', async () => {
      expect((await configAs('reclassering-nederland@noord-limburg')).informSubject.source).toBe('Convenant art. 9: de aanmelder informeert vóór de triage');
    });
  });

  it('thirdParties.source: the third-parties screen states the covenant\'s words on third parties', async () => {
    const shipped = (await configAs('procesregisseur@midden-limburg')).thirdParties.source;
    expect(shipped).not.toBe('');
    await withChangedField(s, MIDDEN, configField('thirdParties.source'), 'Convenant art. 7.2: derden alleen met schriftelijke toestemming', async () => {
      expect((await configAs('procesregisseur@midden-limburg')).thirdParties.source).toBe('Convenant art. 7.2: derden alleen met schriftelijke toestemming');
    });
  });

  it('tables[].frequency.description: the table administration shows how often the table meets', async () => {
    const table = (c: Config) => c.tables.find((t) => t.id === 'rto-complexe-casuistiek');
    const shipped = table(await configAs('beheerder@noord-limburg'))?.frequency.description;
    expect(shipped).toBeTruthy();
    await withChangedField(s, NL, configField('tables[rto-complexe-casuistiek].frequency.description'), 'Elke twee weken op dinsdag', async () => {
      expect(table(await configAs('beheerder@noord-limburg'))?.frequency.description).toBe('Elke twee weken op dinsdag');
    });
  });
});
