/**
 * The documents as PDF (§7), each rendered over HTTP and its text extracted: the partner names,
 * the subject, the dates and the collaboration appear; a document is an export (decided, audited
 * with purpose and basis, registered); the action list of a participant without the take-along
 * right does not hold that contribution's text (P4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { pdfText } from '../support/pdf-text.js';
import { NL, recordBody, registration, step, toRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const COLLABORATION = 'Zorg- en Veiligheidshuis Noord-Limburg';
const SUBJECT = registration.subjects[0]!.name;

async function partnerName(slug: string): Promise<string> {
  const row = await s.deps.database.db.selectFrom('partners').select('name').where('id', '=', s.partnerId(NL, slug)).executeTakeFirstOrThrow();
  return row.name;
}

async function pdfOf(res: LightMyRequestResponse): Promise<string> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[a-z-]+-[0-9a-zA-Z_-]+\.pdf"$/);
  expect(String(res.headers['content-disposition'])).not.toContain('Vries');
  return (await pdfText(res.rawPayload)).text;
}

async function downloads(kind: string) {
  return s.deps.database.db.selectFrom('document_downloads').selectAll().where('kind', '=', kind).execute();
}

describe('documents (PDF, HTTP)', () => {
  it('P6 consent form: names every partner it covers, the subject, the date, who obtained it and the revocation right; an export audited with its basis', async () => {
    const { c, pd } = await toTriage(s);
    const partners = [s.partnerId(NL, 'politie-limburg'), s.partnerId(NL, 'vincent-van-gogh')];
    const rec = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners, scope: 'Gegevens over wonen en schulden', givenAt: '2026-05-28T10:00:00Z' });
    expect(rec.statusCode, rec.body).toBe(201);
    const consentId = rec.json<{ id: string }>().id;
    const text = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/consent-forms/${consentId}`, pd));
    expect(text).toContain('Toestemmingsverklaring');
    expect(text).toContain(SUBJECT);
    expect(text).toContain(await partnerName('politie-limburg'));
    expect(text).toContain(await partnerName('vincent-van-gogh'));
    expect(text).not.toContain(await partnerName('woonwenz'));
    expect(text).toContain(COLLABORATION);
    expect(text).toContain('28 mei 2026');
    expect(text).toContain('Gegevens over wonen en schulden');
    expect(text).toMatch(/toestemming op ieder moment intrekken/);
    expect(text).toContain('Procesregisseur');

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'legal_basis_kind', 'subject_id', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'document.consent_form.download').execute();
    expect(audit).toEqual([{ action: 'document.consent_form.download', legal_basis_kind: 'consent', subject_id: c.subjectIds[0], outcome: 'allow' }]);
    const reg = (await downloads('consent_form')).filter((d) => d.case_id === c.id);
    expect(reg).toHaveLength(1);
    expect(reg[0]).toMatchObject({ user_id: s.userId('procesregisseur@noord-limburg'), purpose: expect.stringContaining('P6'), basis: expect.stringContaining('AVG art. 6') });

    // A partner not in the case gets nothing, and the refusal is audited.
    const woon = await s.login('woonwenz@noord-limburg');
    const refused = await s.request('GET', `/api/cases/${c.id}/documents/consent-forms/${consentId}`, woon);
    expect(refused.statusCode).toBe(404);
  });

  it('P10 information letter: on whose behalf, the collaboration, the partners involved and the rights; the registration and the deletion variants', async () => {
    const { c, pd } = await toTriage(s);
    const text = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=registration`, pd));
    expect(text).toContain('Informatie over de verwerking van uw gegevens');
    expect(text).toContain(SUBJECT);
    expect(text).toContain(COLLABORATION);
    expect(text).toContain(`Namens ${await partnerName('reclassering-nederland')}`);
    expect(text).toContain('1 juni 2026');
    expect(text).toMatch(/Inzage: u mag weten/);
    expect(text).toContain('binnen 1 maand antwoord');
    const deletion = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=deletion`, pd));
    expect(deletion).toContain('Het opschonen van uw dossier');
    const bad = await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=gossip`, pd);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('query.topic');
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['legal_basis_kind']).where('case_id', '=', c.id).where('action', '=', 'document.information_letter.download').execute();
    expect(audit).toEqual([{ legal_basis_kind: 'legal_obligation' }, { legal_basis_kind: 'legal_obligation' }]);
  });

  it('seed 003 fase 3 / P4: the RTO record and action list; a participant without the take-along grant does not get the contribution text', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const gemeente = 'gemeente-venlo@noord-limburg';
    expect((await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(gemeente), role: 'intended_executor' })).statusCode).toBe(201);
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1));
    expect(saved.statusCode, saved.body).toBe(200);
    const actionId = saved.json<{ actionIds: string[] }>().actionIds[0]!;
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    // The registrant lets the case director take its registration along for the action.
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const grant = await s.request('POST', `/api/cases/${c.id}/contributions/${c.registrationId}/grants`, rn, { toUserId: s.userId('vincent-van-gogh@noord-limburg'), planAction: actionId });
    expect(grant.statusCode, grant.body).toBe(201);

    const record = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/meeting-records/${meetingId}`, pd));
    expect(record).toContain('Verslag Ronde Tafel Overleg');
    expect(record).toContain(COLLABORATION);
    expect(record).toContain(SUBJECT);
    expect(record).toContain('10 juni 2026');
    expect(record).toContain('Zorgen over wonen en schulden');
    expect(record).toContain('Huisuitzetting voorkomen');
    expect(record).toContain(await partnerName('gemeente-venlo'));
    expect(record).toContain(await partnerName('politie-limburg'));
    expect(record).not.toContain(registration.registration.content);

    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    const granted = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/action-lists/${meetingId}`, vvg));
    expect(granted).toContain('Actielijst Ronde Tafel Overleg');
    expect(granted).toContain(SUBJECT);
    expect(granted).toContain('Huurachterstand regelen met de verhuurder');
    expect(granted).toContain(registration.registration.content);
    expect(granted).toContain(await partnerName('reclassering-nederland'));
    expect(granted).toContain('1 juli 2026');

    const gem = await s.login(gemeente);
    const notGranted = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/action-lists/${meetingId}`, gem));
    expect(notGranted).toContain('Huurachterstand regelen met de verhuurder');
    expect(notGranted).toContain(COLLABORATION);
    expect(notGranted).not.toContain(registration.registration.content);
    expect(notGranted).toContain('Er zijn geen gegevens die u mag meenemen.');

    const takeAlong = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'contribution_id']).where('case_id', '=', c.id).where('action', '=', 'contribution.take_along').execute();
    expect(takeAlong).toEqual([{ user_id: s.userId('vincent-van-gogh@noord-limburg'), contribution_id: c.registrationId }]);
    const lists = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'purpose']).where('case_id', '=', c.id).where('action', '=', 'document.action_list.download').execute();
    expect(lists.map((l) => l.purpose)).toEqual(['plan_execution', 'plan_execution']);

    // Someone who is not in the meeting gets no list at all.
    const woon = await s.login('woonwenz@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/documents/action-lists/${meetingId}`, woon)).statusCode).toBe(404);
  });
});
