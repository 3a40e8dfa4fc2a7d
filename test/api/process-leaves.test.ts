/**
 * Process fields of the collaboration configuration have effect (no configuration field without
 * effect): each test changes one field in a copy of a shipped configuration and shows the change
 * over the API, next to the shipped behaviour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, register, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const NIJMEGEN = 'regieteams-nijmegen';
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };
const venloCase = (name: string, workArea = 'blerick'): object => ({
  tableId: 'zorgnetwerk-overleg',
  workArea,
  subjects: [{ name }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'Ernstige overlast.', basis },
  processDirectorId: s.userId('procesregisseur@venlo'),
});
const nijmegenSignal = (name: string, extra: object = {}): object => ({
  tableId: 'regieteam',
  subjects: [{ name, address: 'Molenstraat 1, Nijmegen' }],
  lifeDomains: ['income_debts'],
  registration: { content: 'Huurachterstand en overlast.', basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
  processDirectorId: s.userId('procesregisseur@nijmegen'),
  ...extra,
});

describe('process fields: the work process is the configuration', () => {
  it('workAreas[].id: a case is registered in a work area by the id the configuration gives it, and by no other', async () => {
    const gem = await s.login('gemeente-venlo@venlo');
    expect((await s.request('POST', '/api/cases', gem, venloCase('Piet Hendrix', 'blerick'))).statusCode).toBe(201);
    const refusedShipped = await s.request('POST', '/api/cases', gem, venloCase('Piet Hendrix', 'blerick-noord'));
    expect(refusedShipped.statusCode).toBe(400);
    expect(refusedShipped.body).toContain('workArea');
    await withChangedField(s, VENLO, configField('workAreas[blerick].id'), 'blerick-noord', async () => {
      const old = await s.request('POST', '/api/cases', gem, venloCase('Piet Hendrix', 'blerick'));
      expect(old.statusCode).toBe(400);
      expect(old.body).toContain('workArea');
      const renamed = await s.request('POST', '/api/cases', gem, venloCase('Piet Hendrix', 'blerick-noord'));
      expect(renamed.statusCode, renamed.body).toBe(201);
      const view = (await s.request('GET', `/api/cases/${renamed.json<{ id: string }>().id}`, await s.login('procesregisseur@venlo'))).json<{ workArea: string; workAreaName: string }>();
      expect(view).toMatchObject({ workArea: 'blerick-noord', workAreaName: 'Blerick' });
    });
  });

  it('002-B07 process.meetingScheduling: Venlo meets per work area, so a registration names the work area where the subject lives; meeting per case it may be left out', async () => {
    const gem = await s.login('gemeente-venlo@venlo');
    const { workArea: _left, ...withoutArea } = venloCase('Nina Peeters') as { workArea: string };
    const refused = await s.request('POST', '/api/cases', gem, withoutArea);
    expect(refused.statusCode, refused.body).toBe(400);
    const fields = (JSON.parse(refused.body) as { error: { fields: { field: string; message: string }[] } }).error.fields;
    expect(fields).toEqual([{ field: 'workArea', message: expect.stringMatching(/^Werkgebied is verplicht/) }]);
    expect((await s.request('POST', '/api/cases', gem, venloCase('Nina Peeters'))).statusCode).toBe(201);
    await withChangedFields(s, VENLO, [[configField('process.meetingScheduling'), 'per_case'], [configField('process.meetingEveryDays'), null]], async () => {
      const accepted = await s.request('POST', '/api/cases', gem, withoutArea);
      expect(accepted.statusCode, accepted.body).toBe(201);
    });
  });

  it('process.triageMode: Venlo asks "known / not known"; run as "selected" the asked partner answers with its own contribution', async () => {
    const triage = async (name: string): Promise<{ caseId: string; questionId: string }> => {
      const c = await register(s, 'gemeente-venlo@venlo', venloCase(name));
      await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
      const pd = await s.login('procesregisseur@venlo');
      expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
      const res = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
        task: 'Verrijken',
        purpose: 'Voorbereiden van het overleg',
        whyNeeded: 'Weten wie betrokkene kent',
        question: 'Is betrokkene bij u bekend?',
        partners: [s.partnerId(VENLO, 'politie-limburg')],
        onBehalfOf: s.partnerId(VENLO, 'gemeente-venlo'),
      });
      expect(res.statusCode, res.body).toBe(201);
      return { caseId: c.id, questionId: res.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '' };
    };
    const answerKind = async (q: { caseId: string; questionId: string }): Promise<string> =>
      (await s.request('GET', `/api/cases/${q.caseId}/triage-questions/${q.questionId}`, await s.login('politie-limburg@venlo'))).json<{ answer: string }>().answer;
    expect(await answerKind(await triage('Kees Verhoeven'))).toBe('presence');
    await withChangedField(s, VENLO, configField('process.triageMode'), 'selected', async () => {
      expect(await answerKind(await triage('Lotte Verhoeven'))).toBe('contribution');
    });
  });

  it('process.storeOnlyAfterPickup: Nijmegen refuses the address and free text of a signal before pickup; without the rule they are stored', async () => {
    const gem = await s.login('gemeente-nijmegen@nijmegen');
    const refused = await s.request('POST', '/api/cases', gem, nijmegenSignal('Huishouden Opwijk'));
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('subjects.0.address');
    expect(refused.body).toContain('registration.content');
    // The deadline for signals not picked up goes with the rule (the schema's consistency check).
    await withChangedFields(s, NIJMEGEN, [[configField('process.storeOnlyAfterPickup'), false], [configField('retention.unpickedSignal'), null]], async () => {
      const stored = await s.request('POST', '/api/cases', gem, nijmegenSignal('Huishouden Opwijk'));
      expect(stored.statusCode, stored.body).toBe(201);
      const view = await s.request('GET', `/api/cases/${stored.json<{ id: string }>().id}`, await s.login('procesregisseur@nijmegen'));
      expect(view.body).toContain('Molenstraat 1, Nijmegen');
    });
  });

  it('process.allDirectorsSeeAllCases: a second process director sees a case it is not on only when the configuration lets all directors see all', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', venloCase('Mia Janssen'));
    const second = await s.login('tweede-procesregisseur@venlo');
    expect((await s.request('GET', `/api/cases/${c.id}`, second)).statusCode).toBe(404);
    await withChangedField(s, VENLO, configField('process.allDirectorsSeeAllCases'), true, async () => {
      const seen = await s.request('GET', `/api/cases/${c.id}`, await s.login('tweede-procesregisseur@venlo'));
      expect(seen.statusCode, seen.body).toBe(200);
      const listed = (await s.request('GET', '/api/cases', await s.login('tweede-procesregisseur@venlo'))).json<{ id: string }[]>();
      expect(listed.map((i) => i.id)).toContain(c.id);
    });
    expect((await s.request('GET', `/api/cases/${c.id}`, await s.login('tweede-procesregisseur@venlo'))).statusCode).toBe(404);
  });
});
