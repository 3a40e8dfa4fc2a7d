/**
 * The responsible officer per table (seed 000 art. 10.2/10.3; Casusoverleg Jeugd Eijsden-Margraten:
 * "onder regie van de procesmanager Jeugd van de gemeente Eijsden-Margraten"): a new case at a table
 * goes to a process director employed by the partner of the table's officer, least-loaded within
 * that pool, not to the least-loaded director of the whole house.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** One sign-in per user for the whole file. */
const login = signInOnce(() => s);

const M = 'veiligheidshuis-maastricht-heuvelland';
const E_M_DIRECTOR = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const VHH_DIRECTORS = ['procesregisseur@maastricht', 'tweede-procesregisseur@maastricht'];
const BASIS: Record<string, object> = {
  'gemeente-maastricht': { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' },
  'gemeente-eijsden-margraten': { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' },
  humanitas: { kind: 'vital_interest', motivation: 'Nazorg na detentie' },
  'bureau-jeugdzorg-limburg': { kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' },
};
type ErrorBody = { error: { message?: string; fields?: { field: string; message: string }[] } };

async function register(registrant: string, tableId: string, birthDate: string, processDirectorId?: string) {
  return s.request('POST', '/api/cases', await login(`${registrant}@maastricht`), {
    tableId,
    subjects: [{ name: 'Noa Bemelmans', birthDate }],
    registration: { content: 'Aanmelding: stagnatie op meerdere leefgebieden.', basis: BASIS[registrant] },
    ...(processDirectorId === undefined ? {} : { processDirectorId }),
  });
}

/** The usernames of the case's current process directors. */
async function directorsOf(caseId: string): Promise<string[]> {
  const rows = await s.deps.database.db
    .selectFrom('case_staff')
    .innerJoin('users', 'users.id', 'case_staff.user_id')
    .select('users.username')
    .where('case_staff.case_id', '=', caseId)
    .where('case_staff.role', '=', 'process_director')
    .where('case_staff.ended_at', 'is', null)
    .execute();
  return rows.map((r) => r.username);
}

describe('seed 000 art. 10.2: a responsible officer per table', () => {
  it('000-R82 Casusoverleg Jeugd Eijsden-Margraten runs under the procesmanager Jeugd: its cases go to the E-M director, and a house director is refused naming the officer', async () => {
    const officer = MAASTRICHT_TABLES.find((t) => t.id === 'casusoverleg-jeugd-eijsden-margraten')?.responsibleOfficer;
    expect(officer).toEqual({ title: 'Procesmanager Jeugd, gemeente Eijsden-Margraten', partnerId: 'gemeente-eijsden-margraten' });
    for (let i = 0; i < 3; i++) {
      const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
      expect(created.statusCode, created.body).toBe(201);
      expect(await directorsOf(created.json<{ id: string }>().id)).toEqual([E_M_DIRECTOR]);
    }
    const wrong = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10', s.userId('procesregisseur@maastricht'));
    expect(wrong.statusCode, wrong.body).toBe(400);
    const field = (JSON.parse(wrong.body) as ErrorBody).error.fields?.find((f) => f.field === 'processDirectorId');
    expect(field?.message).toContain('Procesmanager Jeugd, gemeente Eijsden-Margraten');

    // The E-M director reads the case; a house director does not (need to know follows the assignment).
    const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2011-01-02');
    const id = created.json<{ id: string }>().id;
    expect((await s.request('GET', `/api/cases/${id}`, await login(E_M_DIRECTOR))).statusCode).toBe(200);
    expect((await s.request('GET', `/api/cases/${id}`, await login('procesregisseur@maastricht'))).statusCode).toBe(404);
    const table = (await s.request('GET', `/api/cases/${id}/table`, await login(E_M_DIRECTOR))).json<{ responsibleOfficer: { title: string; partnerName: string } | null }>();
    expect(table.responsibleOfficer?.title).toBe('Procesmanager Jeugd, gemeente Eijsden-Margraten');
    expect(table.responsibleOfficer?.partnerName).toMatch(/Eijsden-Margraten/);
  });

  it('000-R82 responsibleOfficer.partnerId: with the officer at gemeente Maastricht the same table goes to a house director', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].responsibleOfficer.partnerId'), 'gemeente-maastricht', async () => {
      const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
      expect(created.statusCode, created.body).toBe(201);
      const directors = await directorsOf(created.json<{ id: string }>().id);
      expect(directors).toHaveLength(1);
      expect(VHH_DIRECTORS).toContain(directors[0]);
    });
  });

  it('000-R82 responsibleOfficer.title: the refusal and the case table name the officer as configured', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].responsibleOfficer.title'), 'Teamleider Jeugd Eijsden-Margraten', async () => {
      const wrong = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10', s.userId('tweede-procesregisseur@maastricht'));
      expect(wrong.statusCode).toBe(400);
      expect((JSON.parse(wrong.body) as ErrorBody).error.fields?.find((f) => f.field === 'processDirectorId')?.message).toContain('Teamleider Jeugd Eijsden-Margraten');
      const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
      const table = (await s.request('GET', `/api/cases/${created.json<{ id: string }>().id}/table`, await login(E_M_DIRECTOR))).json<{ responsibleOfficer: { title: string } | null }>();
      expect(table.responsibleOfficer?.title).toBe('Teamleider Jeugd Eijsden-Margraten');
    });
  });

  it('000-R35 every table has its designated functionary: JCO, Nazorg and Nwo RJ cases stay with the VHH procesmanagers, the E-M tables with the E-M officer, never across', async () => {
    for (const t of MAASTRICHT_TABLES) expect(t.responsibleOfficer, t.id).toBeDefined();
    const cases: [string, string, string][] = [
      ['gemeente-maastricht', 'jco-huiselijk-geweld', '1984-01-02'],
      ['humanitas', 'nazorg-ex-gedetineerden', '1980-05-06'],
      ['bureau-jeugdzorg-limburg', 'netwerkoverleg-risicojeugd', '2010-02-03'],
      ['gemeente-eijsden-margraten', 'pjo-eijsden-margraten', '2008-06-07'],
      ['gemeente-eijsden-margraten', 'oov-eijsden-margraten', '1979-04-05'],
    ];
    for (const [registrant, tableId, birthDate] of cases) {
      const created = await register(registrant, tableId, birthDate);
      expect(created.statusCode, created.body).toBe(201);
      const directors = await directorsOf(created.json<{ id: string }>().id);
      const officer = MAASTRICHT_TABLES.find((t) => t.id === tableId)?.responsibleOfficer?.partnerId;
      if (officer === 'gemeente-eijsden-margraten') expect(directors, tableId).toEqual([E_M_DIRECTOR]);
      else {
        expect(directors, tableId).toHaveLength(1);
        expect(VHH_DIRECTORS, tableId).toContain(directors[0]);
      }
    }
  });
});

/** A second process director at the gemeente Eijsden-Margraten (the demo has one), sorted before the demo's. */
const JEUGD_COLLEAGUE = 'jeugd-procesregisseur@maastricht';

describe('seed 000 art. 10.2: a designated functionary per table', () => {
  let colleague = '';
  beforeAll(async () => {
    colleague = await s.deps.database.withTransaction(systemContext(), (trx) =>
      createUser(trx, {
        collaborationId: s.collaborationId(M),
        partnerId: s.partnerId(M, 'gemeente-eijsden-margraten'),
        username: JEUGD_COLLEAGUE,
        displayName: 'Beleidsmedewerker Welzijn Eijsden-Margraten',
        role: 'process_director',
        password: { plain: DEMO_PASSWORD },
        confidentialityDeclaredAt: new Date('2026-01-01T00:00:00Z'),
        vogCheckedAt: new Date('2026-01-01T00:00:00Z'),
      }),
    );
  });

  const designate = async (tableId: string, userId: string | null, who = 'beheerder@maastricht') =>
    s.request('PUT', `/api/collaboration/tables/${tableId}/designation`, await login(who), { userId });

  it('000-R35 Casusoverleg Jeugd goes to the designated procesmanager Jeugd, not to any director of the gemeente Eijsden-Margraten; the PJO without a designation keeps the partner pool', async () => {
    const designated = s.userId(E_M_DIRECTOR);
    const res = await designate('casusoverleg-jeugd-eijsden-margraten', designated);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ tableId: string; userId: string }[]>()).toContainEqual(expect.objectContaining({ tableId: 'casusoverleg-jeugd-eijsden-margraten', userId: designated }));
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['outcome']).where('action', '=', 'table.designate').where('user_id', '=', s.userId('beheerder@maastricht')).execute();
    expect(audited.map((a) => a.outcome)).toContain('allow');

    for (let i = 0; i < 3; i++) {
      const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
      expect(created.statusCode, created.body).toBe(201);
      expect(await directorsOf(created.json<{ id: string }>().id)).toEqual([E_M_DIRECTOR]);
    }
    // Another director of the same partner is not the designated person: asking for it is refused.
    const wrong = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10', colleague);
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect((JSON.parse(wrong.body) as ErrorBody).error.fields?.find((f) => f.field === 'processDirectorId')?.message).toContain('aangewezen functionaris');

    // The PJO has no designation: the least-loaded director of the officer's partner (the colleague).
    const pjo = await register('gemeente-eijsden-margraten', 'pjo-eijsden-margraten', '2008-06-07');
    expect(pjo.statusCode, pjo.body).toBe(201);
    expect(await directorsOf(pjo.json<{ id: string }>().id)).toEqual([JEUGD_COLLEAGUE]);

    // Ending the designation brings back today's rule.
    expect((await designate('casusoverleg-jeugd-eijsden-margraten', null)).statusCode).toBe(200);
    const after = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
    expect(await directorsOf(after.json<{ id: string }>().id)).toEqual([JEUGD_COLLEAGUE]);
  });

  it("000-R35 only a process director of the officer's partner can be designated: a house director, a professional and a foreign user are refused naming userId; a director may not designate", async () => {
    const house = await designate('casusoverleg-jeugd-eijsden-margraten', s.userId('procesregisseur@maastricht'));
    expect(house.statusCode, house.body).toBe(400);
    const houseMessage = (JSON.parse(house.body) as ErrorBody).error.fields?.find((f) => f.field === 'userId')?.message ?? '';
    expect(houseMessage).toContain('Procesmanager Jeugd, gemeente Eijsden-Margraten');
    expect(houseMessage).toMatch(/procesregisseur van .*Eijsden-Margraten/);

    const professional = await designate('casusoverleg-jeugd-eijsden-margraten', s.userId('gemeente-eijsden-margraten@maastricht'));
    expect(professional.statusCode).toBe(400);
    expect((JSON.parse(professional.body) as ErrorBody).error.fields?.find((f) => f.field === 'userId')?.message).toContain('alleen een procesregisseur');

    const foreign = await designate('casusoverleg-jeugd-eijsden-margraten', s.userId('procesregisseur@venlo'));
    expect(foreign.statusCode).toBe(400);
    expect((JSON.parse(foreign.body) as ErrorBody).error.fields?.map((f) => f.field)).toEqual(['userId']);

    const unknownTable = await designate('bestaat-niet', colleague);
    expect(unknownTable.statusCode).toBe(400);
    expect((JSON.parse(unknownTable.body) as ErrorBody).error.fields?.map((f) => f.field)).toEqual(['tableId']);

    expect((await designate('casusoverleg-jeugd-eijsden-margraten', colleague, E_M_DIRECTOR)).statusCode).toBe(403);
    const none = await s.request('GET', '/api/collaboration/table-designations', await login('beheerder@maastricht'));
    expect(none.json<unknown[]>()).toEqual([]);
  });

  it('000-R35 responsibleOfficer.partnerId: with the officer at gemeente Maastricht, a house director can be designated and the E-M director cannot', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].responsibleOfficer.partnerId'), 'gemeente-maastricht', async () => {
      expect((await designate('casusoverleg-jeugd-eijsden-margraten', s.userId(E_M_DIRECTOR))).statusCode).toBe(400);
      const ok = await designate('casusoverleg-jeugd-eijsden-margraten', s.userId('procesregisseur@maastricht'));
      expect(ok.statusCode, ok.body).toBe(200);
      const created = await register('gemeente-eijsden-margraten', 'casusoverleg-jeugd-eijsden-margraten', '2012-09-10');
      expect(await directorsOf(created.json<{ id: string }>().id)).toEqual(['procesregisseur@maastricht']);
      expect((await designate('casusoverleg-jeugd-eijsden-margraten', null)).statusCode).toBe(200);
    });
  });
});

describe('seed 000 Bijlage 2 "Criteria": the registrant names the table\'s own criteria', () => {
  it('000-R57 tableCriteria: the registration stores which of the Nazorg criteria apply; an index outside them is a 400 naming the field', async () => {
    const body = (tableCriteria: number[]) => ({
      tableId: 'nazorg-ex-gedetineerden',
      subjects: [{ name: 'Ruud Hermans', birthDate: '1980-05-06' }],
      tableCriteria,
      registration: { content: 'Aanmelding vanuit detentie.', basis: BASIS.humanitas },
    });
    const criteria = MAASTRICHT_TABLES.find((t) => t.id === 'nazorg-ex-gedetineerden')?.criteria ?? [];
    const bad = await s.request('POST', '/api/cases', await login('humanitas@maastricht'), body([0, criteria.length]));
    expect(bad.statusCode, bad.body).toBe(400);
    expect((JSON.parse(bad.body) as ErrorBody).error.fields?.map((f) => f.field)).toEqual(['tableCriteria.1']);
    const ok = await s.request('POST', '/api/cases', await login('humanitas@maastricht'), body([1, 0, 1]));
    expect(ok.statusCode, ok.body).toBe(201);
    const row = await s.deps.database.db.selectFrom('cases').select('complex_criteria').where('id', '=', ok.json<{ id: string }>().id).executeTakeFirstOrThrow();
    const stored = (typeof row.complex_criteria === 'string' ? JSON.parse(row.complex_criteria) : row.complex_criteria) as { tableCriteria: number[] };
    expect(stored.tableCriteria).toEqual([0, 1]);
  });
});
