/**
 * What users read comes from the configuration (issue 11 item 5): each field below is changed in a
 * copy of a shipped configuration and the changed words appear where users meet them — in a
 * document, on the case and its table, in an answer of the API, in the stylesheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { MIDDEN_LIMBURG } from '../../src/collaborations/midden-limburg.js';
import { installNewCollaboration } from '../../src/services/governance/install-new-collaboration.js';
import { configField, withChangedField, withChangedFields, withField } from '../support/config-field.js';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, registration, step, toMonitoring, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const NIJMEGEN = 'regieteams-nijmegen';
const NIJMEGEN_SIGNAL = {
  tableId: 'regieteam',
  subjects: [{ name: 'Huishouden Jansen' }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['income_debts', 'housing'],
  registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
};

async function pdfOf(res: LightMyRequestResponse): Promise<string> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return (await pdfText(res.rawPayload)).text;
}

describe('display text from the configuration', () => {
  it('003-8 the RTO of Noord-Limburg states its purpose in the words of art. 2.1: a combination of drang en dwang, administrative interventions and care', async () => {
    const c = await register(s);
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('GET', `/api/cases/${c.id}/table`, pro);
    expect(res.statusCode, res.body).toBe(200);
    const { purpose } = res.json<{ purpose: string }>();
    expect(purpose).toContain('combinatie van drang en dwang, bestuurlijke interventies en zorg');
    expect(purpose).not.toContain('repressie');
  });

  it('§6 name: documents carry the collaboration name the configuration gives', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const url = `/api/documents/confidentiality-declarations/${s.userId('reclassering-nederland@noord-limburg')}`;
    expect(await pdfOf(await s.request('GET', url, pro))).toContain('Zorg- en Veiligheidshuis Noord-Limburg');
    await withChangedField(s, NL, configField('name'), 'Veiligheidshuis Venlo-Venray', async () => {
      const text = await pdfOf(await s.request('GET', url, pro));
      expect(text).toContain('Veiligheidshuis Venlo-Venray');
      expect(text).not.toContain('Zorg- en Veiligheidshuis Noord-Limburg');
    });
  });

  it('P10 controller.description, source.title, source.date: the information letter tells the subject who is responsible and on which covenant the collaboration rests', async () => {
    const { c, pd } = await toTriage(s);
    const url = `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0] ?? ''}?topic=registration`;
    const shipped = await pdfOf(await s.request('GET', url, pd));
    expect(shipped).toContain('Wie is verantwoordelijk voor uw gegevens');
    expect(shipped).toContain('Convenant Samenwerking tussen gemeenten en ketenpartners in het Zorg- en Veiligheidshuis Noord-Limburg, ondertekend op 30 april 2021');
    await withChangedFields(
      s,
      NL,
      [
        [configField('controller.description'), 'Elke partner is zelf verantwoordelijk; de gemeente Venlo coördineert uw verzoeken.'],
        [configField('source.title'), 'Convenant Zorg- en Veiligheidshuis Noord-Limburg 2027'],
        [configField('source.date'), '2027-01-15'],
      ],
      async () => {
        const text = await pdfOf(await s.request('GET', url, pd));
        expect(text).toContain('Elke partner is zelf verantwoordelijk; de gemeente Venlo coördineert uw verzoeken.');
        expect(text).toContain('Convenant Zorg- en Veiligheidshuis Noord-Limburg 2027, ondertekend op 15 januari 2027');
        expect(text).not.toContain('30 april 2021');
      },
    );
  });

  it('§6 tables[].name, purpose, purposeBinding, chair, separateCovenant: the table of a case shows them as configured', async () => {
    const c = await register(s);
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const url = `/api/cases/${c.id}/table`;
    const shipped = (await s.request('GET', url, pro)).json<{ name: string; purpose: string; chair: string | null; separateCovenant: string | null; purposeBinding: string | null }>();
    await withChangedFields(
      s,
      NL,
      [
        [configField('tables[rto-complexe-casuistiek].name'), 'Ronde Tafel Venray'],
        [configField('tables[rto-complexe-casuistiek].purpose'), 'Samen een plan maken voor wie door alle hulp heen valt.'],
        [configField('tables[rto-complexe-casuistiek].purposeBinding'), 'Alleen voor het plan van aanpak van deze casus.'],
        [configField('tables[rto-complexe-casuistiek].chair'), 'De ketenregisseur van Venray'],
        [configField('tables[rto-complexe-casuistiek].separateCovenant'), 'Aanvullende afspraken Venray 2027'],
      ],
      async () => {
        const res = await s.request('GET', url, pro);
        expect(res.statusCode, res.body).toBe(200);
        const changed = res.json<typeof shipped>();
        expect(changed).toMatchObject({
          name: 'Ronde Tafel Venray',
          purpose: 'Samen een plan maken voor wie door alle hulp heen valt.',
          purposeBinding: 'Alleen voor het plan van aanpak van deze casus.',
          chair: 'De ketenregisseur van Venray',
          separateCovenant: 'Aanvullende afspraken Venray 2027',
        });
        expect(shipped.name).not.toBe(changed.name);
        expect(shipped.purpose).not.toBe(changed.purpose);
        expect(shipped.separateCovenant).toBeNull();
      },
    );
  });

  it('§6 tables[].id: a case is registered at a table by the id the configuration gives it', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const director = s.userId('procesregisseur@noord-limburg');
    await withChangedField(s, NL, configField('tables[rto-complexe-casuistiek].id'), 'rto-venray', async () => {
      const old = await s.request('POST', '/api/cases', pro, { ...registration, processDirectorId: director });
      expect(old.statusCode).toBe(400);
      expect(old.body).toContain('tableId');
      const renamed = await s.request('POST', '/api/cases', pro, { ...registration, tableId: 'rto-venray', processDirectorId: director });
      expect(renamed.statusCode, renamed.body).toBe(201);
    });
  });

  it('§6 workAreas[].name: the case shows its work area by the name the configuration gives it', async () => {
    const politie = await s.login('politie-limburg@venlo');
    const created = await s.request('POST', '/api/cases', politie, {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Piet Blerick', birthDate: '1975-03-03' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing'],
      registration: { content: 'Overlast in de wijk.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20-beslissing Zorgnetwerk Venlo' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/cases/${created.json<{ id: string }>().id}`;
    expect((await s.request('GET', url, politie)).json<{ workArea: string; workAreaName: string }>()).toMatchObject({ workArea: 'blerick', workAreaName: 'Blerick' });
    await withChangedField(s, VENLO, configField('workAreas[blerick].name'), 'Blerick en Boekend', async () => {
      expect((await s.request('GET', url, politie)).json<{ workAreaName: string }>().workAreaName).toBe('Blerick en Boekend');
    });
  });

  it('004-W24 process.steps[].label, id, phase: the case names its step in the collaboration\'s own words', async () => {
    const inbrenger = await s.login('gemeente-nijmegen@nijmegen');
    const created = await s.request('POST', '/api/cases', inbrenger, { ...NIJMEGEN_SIGNAL, processDirectorId: s.userId('procesregisseur@nijmegen') });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/cases/${created.json<{ id: string }>().id}`;
    const steps = async () => (await s.request('GET', url, inbrenger)).json<{ phase: string; phaseSteps: { id: string; label: string }[] }>();
    const shipped = await steps();
    expect(shipped.phase).toBe('screening');
    expect(shipped.phaseSteps).toEqual([
      { id: 'signaal', label: '1 Inbrengen signalen: naam en "dat"-gegevens' },
      { id: 'beoordelen', label: '2 Beoordelen signalen casus door het regieteam' },
    ]);
    await withChangedField(s, NIJMEGEN, configField('process.steps[signaal].label'), '1 Signaal ingebracht', async () => {
      expect((await steps()).phaseSteps.map((x) => x.label)).toEqual(['1 Signaal ingebracht', '2 Beoordelen signalen casus door het regieteam']);
    });
    await withChangedField(s, NIJMEGEN, configField('process.steps[signaal].id'), 'inbreng', async () => {
      expect((await steps()).phaseSteps.map((x) => x.id)).toEqual(['inbreng', 'beoordelen']);
    });
    await withChangedField(s, NIJMEGEN, configField('process.steps[beoordelen].phase'), 'triage', async () => {
      expect((await steps()).phaseSteps.map((x) => x.id)).toEqual(['signaal']);
    });
  });

  it('P13 retention.source: the retention status cites the covenant rule the configuration names', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const url = `/api/cases/${c.id}/retention`;
    const shipped = await s.request('GET', url, pd);
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json<{ policy: { source: string } }>().policy.source).toMatch(/^seed 003/);
    await withChangedField(s, NL, configField('retention.source'), 'Convenant 2027 art. 12: afschalen in drie stappen', async () => {
      expect((await s.request('GET', url, pd)).json<{ policy: { source: string } }>().policy.source).toBe('Convenant 2027 art. 12: afschalen in drie stappen');
    });
  });

  it('§6 theme: the stylesheet carries the tokens the configuration sets', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('GET', '/api/collaboration/theme.css', pd)).body).not.toContain('#004b87');
    await withChangedField(s, NL, configField('theme'), { '--utrecht-color-primary': '#004b87' }, async () => {
      expect((await s.request('GET', '/api/collaboration/theme.css', pd)).body).toContain('--utrecht-color-primary: #004b87;');
    });
  });
});

describe('identity fields of the configuration, at installation', () => {
  it('§6 id, partners[].id, partners[].name, partners[].legalBasisCatalogue[].description: a collaboration installed from a copy carries the slug, partners and basis descriptions its configuration gives', async () => {
    const copy = [
      [configField('id'), 'zvh-midden-limburg-kopie'],
      [configField('partners[gemeente-roermond].name'), 'Gemeente Roermond (beheergemeente)'],
      [configField('partners[gemeente-roermond].legalBasisCatalogue[public_task].description'), 'Regie op zorg en veiligheid volgens het collegebesluit van 2027'],
      [configField('partners[vijf].id'), 'stichting-vijf'],
    ] as const;
    const config = copy.reduce<unknown>((c, [field, value]) => withField(c, field, value), MIDDEN_LIMBURG);
    const password = 'een-lang-wachtwoord-voor-roermond';
    // What `casustafel config install` runs on the server (installing is no API act, finding M2).
    const installed = await installNewCollaboration(s.deps, { config, admin: { partner: 'gemeente-roermond', username: 'beheerder@kopie', displayName: 'Beheerder kopie', password } });
    expect(installed.slug).toBe('zvh-midden-limburg-kopie');
    expect(Object.keys(installed.partners)).toContain('stichting-vijf');
    expect(Object.keys(installed.partners)).not.toContain('vijf');

    const kopie = await s.login('beheerder@kopie', password);
    const view = (await s.request('GET', '/api/collaboration', kopie)).json<{ slug: string; partners: { slug: string; name: string }[] }>();
    expect(view.slug).toBe('zvh-midden-limburg-kopie');
    expect(view.partners.find((p) => p.slug === 'gemeente-roermond')?.name).toBe('Gemeente Roermond (beheergemeente)');
    const me = (await s.request('GET', '/api/directory', kopie)).json<{ me: { legalBasisCatalogue: { kind: string; description?: string }[] } }>().me;
    expect(me.legalBasisCatalogue.find((b) => b.kind === 'public_task')?.description).toBe('Regie op zorg en veiligheid volgens het collegebesluit van 2027');
    // The shipped Midden-Limburg keeps its own partners and names.
    const shipped = (await s.request('GET', '/api/collaboration', await s.login('beheerder@midden-limburg'))).json<{ partners: { slug: string; name: string }[] }>();
    expect(shipped.partners.find((p) => p.slug === 'gemeente-roermond')?.name).toBe('Gemeente Roermond');
    expect(shipped.partners.some((p) => p.slug === 'vijf')).toBe(true);
  });
});
