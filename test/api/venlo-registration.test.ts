/**
 * Zorgnetwerk Venlo's registration (seed 002 Bijlage B §4, "Registratie in WIZ portaal"), over
 * HTTP on the shipped configuration: the structured fields the table asks are stored with the
 * registration text and shown with it, the work note with child data only to the registrant and
 * the case's staff; a child among the co-residents or a field the table does not ask is refused
 * naming the field in Dutch, and nothing is stored; the closing with the state of affairs at
 * closing is on the case page. A copy of the configuration with one field changed shows what the
 * field does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPlaintextCaseText } from '../../src/services/setup/seal-case-text.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField } from '../support/config-field.js';
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
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };

interface FieldsError {
  error: { code: string; fields: { field: string; message: string }[] };
}
interface CaseBody {
  closing: { criterionId: string | null; note: string; pickedUpBy: string | null } | null;
  contributions: { category: string; content: string; details?: Record<string, unknown> }[];
}

const details = {
  reason: 'Buren melden sinds maart geluidsoverlast en stank.',
  cause: 'Vermoedelijk verslaving na baanverlies.',
  nature: 'Vervuiling van de woning, geen contact met hulpverlening.',
  duration: 'Sinds een half jaar',
  severity: 'Ernstig: dreigende huisuitzetting.',
  housingOwner: 'Woonwenz',
  landlord: 'Woonwenz',
  coResidents: [{ name: 'Karin Jansen', birthDate: '1979-02-14', relation: 'partner' }],
  stepPlan: 'Huisbezoek door wijkteam; daarna overleg met Woonwenz.',
  followUp: 'Interne zorgmelding gedaan, zonder resultaat.',
  workNote: 'Zoon Tim (2015-06-01) woont op het adres.',
};

function body(name: string, extra: object = details): object {
  return {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie, mijdt zorg.', basis, details: extra },
  };
}

async function caseCount(): Promise<number> {
  return s.deps.database.withTransaction(systemContext(), async (trx) => (await trx.selectFrom('cases').select('id').execute()).length);
}

async function registration(caseId: string, username: string): Promise<CaseBody['contributions'][number] | undefined> {
  const page = await s.request('GET', `/api/cases/${caseId}`, await s.login(username));
  expect(page.statusCode, page.body).toBe(200);
  return page.json<CaseBody>().contributions.find((k) => k.category === 'registration');
}

describe('Zorgnetwerk Venlo: the registration in its own fields (seed 002 Bijlage B §4)', () => {
  it('002-B22 the structured fields are stored encrypted with the registration and shown to the registrant and the process director; the work note too', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Piet Jansen'));
    for (const reader of ['gemeente-venlo@venlo', 'procesregisseur@venlo']) {
      expect((await registration(c.id, reader))?.details).toEqual(details);
    }
    // Stored with the text under the case key: nothing of it readable in the row.
    const row = await s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('contributions').select('content_enc').where('id', '=', c.registrationId).executeTakeFirstOrThrow());
    expect(Buffer.from(row.content_enc).toString('latin1')).not.toContain('Woonwenz');
  });

  it('002-B22 the work note (child data) is not shown to an RTO participant the registration was released to; the other fields are', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Ans Peeters'));
    await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
    const pd = await s.login('procesregisseur@venlo');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Bespreken in het maandelijks overleg', themes: ['overlast'], decisionsToTake: ['aanpak'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const invited = await s.request('POST', `/api/cases/${c.id}/meetings/${meeting.json<{ id: string }>().id}/invitations`, pd, { userId: s.userId('woonwenz@venlo'), role: 'informant' });
    expect(invited.statusCode, invited.body).toBe(201);
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    const covered = [s.partnerId(VENLO, 'gemeente-venlo'), s.partnerId(VENLO, 'woonwenz')];
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners: covered, scope: 'Delen van de melding voor het RTO', givenAt: s.deps.now().toISOString() });
    expect(consent.statusCode, consent.body).toBe(201);
    const released = await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.registrationId}/release`, await s.login('gemeente-venlo@venlo'), { releasedForRto: 'all' });
    expect(released.statusCode, released.body).toBe(200);

    const seen = await registration(c.id, 'woonwenz@venlo');
    expect(seen?.content).toBe('Zorgwekkende woonsituatie, mijdt zorg.');
    const { workNote: _note, ...withoutNote } = details;
    expect(seen?.details).toEqual(withoutNote);
    expect((await registration(c.id, 'procesregisseur@venlo'))?.details?.workNote).toBe(details.workNote);
  });

  it('002-B22 a child among the co-residents is refused naming the field in Dutch (its data belong in the work note), and nothing is stored', async () => {
    const before = await caseCount();
    const res = await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), body('Kees Smit', { ...details, coResidents: [details.coResidents[0], { name: 'Tim Smit', birthDate: '2015-06-01' }] }));
    expect(res.statusCode).toBe(400);
    const fields = res.json<FieldsError>().error.fields;
    expect(fields).toEqual([{ field: 'registration.details.coResidents.1.birthDate', message: expect.stringContaining('Medebewoner 2 is een kind: kindgegevens horen in de werknotitie') as string }]);
    expect(await caseCount()).toBe(before);
  });

  it('002-B22 a collaboration whose table asks no structured fields refuses them, naming the field in Dutch', async () => {
    const before = await caseCount();
    const res = await s.request('POST', '/api/cases', await s.login('reclassering-nederland@noord-limburg'), {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Jan de Vries' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgen.', basis: { kind: 'legal_obligation', law: 'Wet op de reclassering' }, details: { landlord: 'Wonen Limburg' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<FieldsError>().error.fields).toEqual([{ field: 'registration.details.landlord', message: 'Verhuurder van de woning wordt aan deze overlegtafel niet gevraagd; laat het leeg' }]);
    expect(await caseCount()).toBe(before);
  });

  it('002-B22 registrationFields[].required: in a copy of the Venlo configuration where the reason is required, a registration without it is refused ("Aanleiding"); shipped, it is accepted', async () => {
    const { reason: _reason, ...withoutReason } = details;
    await withChangedField(s, VENLO, configField('tables[zorgnetwerk-overleg].registrationFields[reason].required'), true, async () => {
      const before = await caseCount();
      const res = await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), body('Lies Bos', withoutReason));
      expect(res.statusCode).toBe(400);
      expect(res.json<FieldsError>().error.fields).toEqual([{ field: 'registration.details.reason', message: 'Aanleiding is verplicht aan deze overlegtafel' }]);
      expect(await caseCount()).toBe(before);
    });
    await register(s, 'gemeente-venlo@venlo', body('Lies Bos', withoutReason));
  });

  it('002-B22 registrationFields[].id: in a copy where the landlord field is replaced by another, the landlord is refused; without the work note, a child may be listed among the co-residents', async () => {
    await withChangedField(s, VENLO, configField('tables[zorgnetwerk-overleg].registrationFields[landlord].id'), 'cause', async () => {
      const res = await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), body('Rob Kok'));
      expect(res.statusCode).toBe(400);
      expect(res.json<FieldsError>().error.fields.map((f) => f.field)).toEqual(['registration.details.landlord']);
    });
    const child = { coResidents: [{ name: 'Tim Kok', birthDate: '2015-06-01' }] };
    await withChangedField(s, VENLO, configField('tables[zorgnetwerk-overleg].registrationFields[work-note].id'), 'reason', async () => {
      await register(s, 'gemeente-venlo@venlo', body('Rob Kok', child));
    });
    expect((await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), body('Rob Kok', child))).statusCode).toBe(400);
  });

  it('002-B22 the closing and the state of affairs at closing are on the case page of the closed case, for the process director', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Mia Hendriks'));
    await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
    const pd = await s.login('procesregisseur@venlo');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    const note = 'Includio heeft de hulpverlening opgestart; Woonwenz ziet af van ontruiming.';
    const closed = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: s.partnerId(VENLO, 'includio'), criterionId: 'hulpverlening-opgestart', note });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');

    const page = await s.request('GET', `/api/cases/${c.id}`, pd);
    expect(page.json<CaseBody>().closing).toMatchObject({ criterionId: 'hulpverlening-opgestart', note });
    // The closed dossier itself stays closed: no contribution is read any more.
    expect(page.json<CaseBody>().contributions).toEqual([]);
    const other = await s.request('GET', `/api/cases/${c.id}`, await s.login('politie-limburg@venlo'));
    if (other.statusCode === 200) expect(other.json<CaseBody>().closing).toBeNull();
  });

  it('002-B22 the closing note is sealed under the case key like the rest of the case; a note an older version left in plaintext is still shown and sealed when the database is opened', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Noud Willems'));
    await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
    const pd = await s.login('procesregisseur@venlo');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    const note = 'Woonwenz ziet af van ontruiming; Includio begeleidt.';
    const closed = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: s.partnerId(VENLO, 'includio'), criterionId: 'hulpverlening-opgestart', note });
    expect(closed.statusCode, closed.body).toBe(200);
    const stored = () => s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('cases').select(['closing_criteria', 'closing_note_enc']).where('id', '=', c.id).executeTakeFirstOrThrow());
    const row = await stored();
    expect(JSON.stringify(row.closing_criteria)).not.toContain('ontruiming');
    expect(row.closing_note_enc).not.toBeNull();
    expect(Buffer.from(row.closing_note_enc ?? []).toString('latin1')).not.toContain('ontruiming');
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>().closing?.note).toBe(note);

    // A closing an older version stored: the note in plaintext in the closing record, nothing sealed.
    const column = row.closing_criteria as { closing: object };
    await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.updateTable('cases').set({ closing_note_enc: null, closing_criteria: JSON.stringify({ ...column, closing: { ...column.closing, note } }) }).where('id', '=', c.id).execute(),
    );
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>().closing?.note).toBe(note);
    expect((await sealPlaintextCaseText(s.deps.database, s.deps.keys)).closingNotes).toBe(1);
    const sealed = await stored();
    expect(JSON.stringify(sealed.closing_criteria)).not.toContain('ontruiming');
    expect(sealed.closing_note_enc).not.toBeNull();
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>().closing?.note).toBe(note);
  });

  it('002-B08 closing without the meeting keeps which partner picked the case up, shown with the closing', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Olga Maas'));
    await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
    const pd = await s.login('procesregisseur@venlo');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    const includio = s.partnerId(VENLO, 'includio');
    const closed = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: includio, criterionId: 'hulpverlening-opgestart' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>().closing).toMatchObject({ criterionId: 'hulpverlening-opgestart', pickedUpBy: includio });
  });

  it('002-B22 a correction of the registration keeps its structured fields; corrected fields are checked against the table like at registration', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', body('Pieter Vos'));
    const gem = await s.login('gemeente-venlo@venlo');
    const url = (id: string) => `/api/cases/${c.id}/contributions/${id}/corrections`;
    const textOnly = await s.request('POST', url(c.registrationId), gem, { version: 1, content: 'Zorgwekkende woonsituatie; mijdt zorg sinds maart.', reason: 'Datum aangevuld' });
    expect(textOnly.statusCode, textOnly.body).toBe(201);
    const first = await registration(c.id, 'gemeente-venlo@venlo');
    expect(first?.content).toBe('Zorgwekkende woonsituatie; mijdt zorg sinds maart.');
    expect(first?.details).toEqual(details);

    const secondId = textOnly.json<{ id: string }>().id;
    const child = await s.request('POST', url(secondId), gem, { version: 1, content: 'Idem.', reason: 'Medebewoner', details: { ...details, coResidents: [{ name: 'Tim Vos', birthDate: '2015-06-01' }] } });
    expect(child.statusCode).toBe(400);
    expect(child.json<FieldsError>().error.fields.map((f) => f.field)).toEqual(['details.coResidents.0.birthDate']);
    const changed = await s.request('POST', url(secondId), gem, { version: 1, content: 'Idem.', reason: 'Verhuurder gewijzigd', details: { ...details, landlord: 'Wonen Limburg' } });
    expect(changed.statusCode, changed.body).toBe(201);
    expect((await registration(c.id, 'procesregisseur@venlo'))?.details).toEqual({ ...details, landlord: 'Wonen Limburg' });
  });

  it('002-C01 the Zorgnetwerk is for adults (art. 3.1): a minor is refused at registration by the table rule and nothing is stored; an adult is registered', async () => {
    const before = await caseCount();
    const minor = await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), { ...body('Sem Peters'), subjects: [{ name: 'Sem Peters', birthDate: '2010-03-01' }] });
    expect(minor.statusCode).toBe(403);
    expect(JSON.parse(minor.body)).toMatchObject({ error: { rule: 'table', reason: 'age_outside_table_range' } });
    expect(await caseCount()).toBe(before);
    const adult = await register(s, 'gemeente-venlo@venlo', { ...body('Sem Peters'), subjects: [{ name: 'Sem Peters', birthDate: '1990-03-01' }] });
    expect(adult.id).toBeTruthy();
  });
});
