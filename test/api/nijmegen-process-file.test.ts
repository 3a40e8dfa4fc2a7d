/**
 * Nijmegen keeps a process file, not a personal file (seed 004 Bijlage 1 art. 5): "er wordt geen
 * nieuw persoonsdossier aangelegd, alleen een procesdossier", with a core data set per case
 * (problematiek in grote lijnen, NAW, plan van aanpak, productbestelling, voortgang, acties, de
 * betrokken instanties). Over HTTP on the shipped configuration and its demo users; the table field
 * `coreDataSetOnly` is changed in a copy to show what it does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIJMEGEN as CONFIG } from '../../src/collaborations/nijmegen.js';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, informSubjects, register, screenAtTable, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
const CORE = ['problematiek', 'naw', 'plan-van-aanpak', 'productbestelling', 'voortgang', 'acties', 'betrokken-instanties'];

/** A Nijmegen case picked up by the municipality (step 4 on), so the municipality may store contributions. */
async function pickedUpCase(name: string): Promise<{ id: string; add: (category: string) => Promise<{ statusCode: number; body: string }> }> {
  const c = await register(s, 'gemeente-nijmegen@nijmegen', {
    tableId: 'regieteam',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
  });
  await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
  const pd = await s.login('procesregisseur@nijmegen');
  await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen') })).statusCode).toBe(200);
  const gemeente = await s.login('gemeente-nijmegen@nijmegen');
  return {
    id: c.id,
    add: (category) =>
      s.request('POST', `/api/cases/${c.id}/contributions`, gemeente, { content: 'Aanvraag schuldhulpverlening bij de gemeente.', category, purposes: ['rto'], basis: { kind: 'public_task', law: 'Wet gemeentelijke schuldhulpverlening art. 3' } }),
  };
}

describe('004-P26 004-P27 a process file with a core data set, no personal file', () => {
  it('004-P26 a contribution outside the core data set (a life domain such as mental functioning or housing) is refused naming the process file and the core data; one in it is stored', async () => {
    const c = await pickedUpCase('Huishouden Procesdossier');
    for (const category of ['mental_functioning', 'housing', 'addiction']) {
      const refused = await c.add(category);
      expect(refused.statusCode, category).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P3', reason: 'category_outside_process_file' });
      expect(refused.body).toContain('geen persoonsdossier aangelegd, alleen een procesdossier');
      expect(refused.body).toContain('Productbestelling');
    }
    const stored = await c.add('problematiek');
    expect(stored.statusCode, stored.body).toBe(201);
  });

  it('004-P26 coreDataSetOnly: without it (a copy of the shipped configuration) a life domain is accepted again beside the data set', async () => {
    const c = await pickedUpCase('Huishouden Leefgebied');
    expect((await c.add('housing')).statusCode).toBe(403);
    await withChangedField(s, NIJMEGEN, configField('tables[regieteam].coreDataSetOnly'), false, async () => {
      const housing = await c.add('housing');
      expect(housing.statusCode, housing.body).toBe(201);
    });
  });

  it('004-P27 the core data set per case is what a contribution may carry: problem outline, NAW, plan, product order, progress, actions, agencies involved; a product order is recorded', async () => {
    expect(CONFIG.tables.find((t) => t.id === 'regieteam')?.allowedDataSet.map((d) => d.id)).toEqual(CORE);
    const c = await pickedUpCase('Huishouden Kerngegevens');
    const table = await s.request('GET', `/api/cases/${c.id}/table`, await s.login('gemeente-nijmegen@nijmegen'));
    expect(table.statusCode, table.body).toBe(200);
    expect(table.json<{ categories: string[] }>().categories).toEqual(CORE);
    const order = await c.add('productbestelling');
    expect(order.statusCode, order.body).toBe(201);
    const stored = await s.deps.database.db.selectFrom('contributions').select(['case_id', 'category']).where('id', '=', (JSON.parse(order.body) as { id: string }).id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ case_id: c.id, category: 'productbestelling' });
  });
});
