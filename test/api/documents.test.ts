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
import { DOCUMENT_KINDS } from '../../src/domain/documents/document-kinds.js';
import { informSubjects, NL, preparation, recordBody, register, registration, screenAtTable, step, toMonitoring, toRto, toTriage } from './phases.flow.js';

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
    const rec = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners, scope: 'Gegevens over wonen en schulden', givenAt: '2026-06-01T09:00:00Z' });
    expect(rec.statusCode, rec.body).toBe(201);
    const consentId = rec.json<{ id: string }>().id;
    const text = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/consent-forms/${consentId}`, pd));
    expect(text).toContain('Toestemmingsverklaring');
    expect(text).toContain(SUBJECT);
    expect(text).toContain(await partnerName('politie-limburg'));
    expect(text).toContain(await partnerName('vincent-van-gogh'));
    expect(text).not.toContain(await partnerName('woonwenz'));
    expect(text).toContain(COLLABORATION);
    expect(text).toContain('Datum 1 juni 2026');
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
    const recorded = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'purpose']).where('case_id', '=', c.id).where('action', '=', 'document.meeting_record.download').execute();
    expect(recorded).toEqual([{ user_id: s.userId('procesregisseur@noord-limburg'), purpose: 'plan_execution' }]);

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
    expect((await s.request('GET', `/api/cases/${c.id}/documents/meeting-records/${meetingId}`, woon)).statusCode).toBe(404);
  });
});

describe('documents of the collaboration and the privacy office (PDF, HTTP)', () => {
  it('seed 000 Bijlage 6 / seed 002 art. 13.3: a user downloads its own confidentiality declaration, not a colleague\'s; the admin downloads any and the register', async () => {
    const pol = await s.login('politie-limburg@noord-limburg');
    const own = await pdfOf(await s.request('GET', `/api/documents/confidentiality-declarations/${s.userId('politie-limburg@noord-limburg')}`, pol));
    expect(own).toContain('Geheimhoudingsverklaring');
    expect(own).toContain(COLLABORATION);
    expect(own).toContain(await partnerName('politie-limburg'));
    expect(own).toMatch(/Verklaring vastgelegd \d{1,2} \w+ \d{4}/);
    const other = await s.request('GET', `/api/documents/confidentiality-declarations/${s.userId('woonwenz@noord-limburg')}`, pol);
    expect(other.statusCode).toBe(403);
    const admin = await s.login('beheerder@noord-limburg');
    expect(await pdfOf(await s.request('GET', `/api/documents/confidentiality-declarations/${s.userId('woonwenz@noord-limburg')}`, admin))).toContain(await partnerName('woonwenz'));
    const register = await pdfOf(await s.request('GET', '/api/documents/declaration-register', admin));
    expect(register).toContain('Register van geheimhoudingsverklaringen');
    expect(register).toContain(await partnerName('politie-limburg'));
    expect(register).toContain(await partnerName('woonwenz'));
    expect(register).toContain(COLLABORATION);
    expect((await s.request('GET', '/api/documents/declaration-register', pol)).statusCode).toBe(403);
  });

  it('seed 000 Bijlage 4 / P1: the accession declaration of a partner names the organisation, the covenant\'s approval rule and the declarations', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const text = await pdfOf(await s.request('GET', `/api/documents/accession-declarations/${s.partnerId(NL, 'woonwenz')}`, admin));
    expect(text).toContain('Verklaring toetreding tot het convenant');
    expect(text).toContain(await partnerName('woonwenz'));
    expect(text).toContain(COLLABORATION);
    expect(text).toMatch(/onderschrijft de in het convenant geformuleerde doelstellingen/);
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', `/api/documents/accession-declarations/${s.partnerId(NL, 'woonwenz')}`, pol)).statusCode).toBe(403);
  });

  it('P15 / P9: the written access answer per subject shows police data, marked not to be copied; only for the handling privacy officer', async () => {
    const { c, pd } = await toTriage(s);
    const asked = (await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Risico-inschatting', question: 'Bekend?',
    })).json<{ asked: { questionId: string }[] }>().asked;
    const pol = await s.login('politie-limburg@noord-limburg');
    const answer = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, pol, { content: 'Twee aanhoudingen wegens overlast.', police: true, category: 'police_justice', basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } });
    expect(answer.statusCode, answer.body).toBe(201);
    const po = await s.login('privacy@noord-limburg');
    const req = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: c.subjectIds[0], requester: 'Betrokkene zelf, per brief' });
    expect(req.statusCode, req.body).toBe(201);
    const id = req.json<{ id: string }>().id;
    const text = await pdfOf(await s.request('GET', `/api/documents/access-answers/${id}`, po));
    expect(text).toContain('Antwoord op uw verzoek om inzage');
    expect(text).toContain(SUBJECT);
    expect(text).toContain(COLLABORATION);
    expect(text).toContain('Twee aanhoudingen wegens overlast.');
    expect(text).toContain('Politiegegevens — ter inzage, niet kopiëren (art. 27 Wpg)');
    expect(text).toContain(await partnerName('politie-limburg'));
    expect(text).toContain(await partnerName('reclassering-nederland'));
    expect(text).toContain('1 juni 2026');
    expect((await s.request('GET', `/api/documents/access-answers/${id}`, pd)).statusCode).toBe(403);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['purpose', 'legal_basis_kind']).where('action', '=', 'document.access_answer.download').where('outcome', '=', 'allow').execute();
    expect(audit).toEqual([{ purpose: 'rights_request', legal_basis_kind: 'legal_obligation' }]);
  });

  it('P19: the accountability report as a document: counts per phase, table and partner, the collaboration and the year; no personal data', async () => {
    const manager = await s.login('manager@noord-limburg');
    const text = await pdfOf(await s.request('GET', '/api/documents/accountability-report?year=2026', manager));
    expect(text).toContain('Verantwoordingsrapportage 2026');
    expect(text).toContain(COLLABORATION);
    expect(text).toContain(await partnerName('reclassering-nederland'));
    expect(text).toContain('Verstrekkingen per partner');
    expect(text).not.toContain(SUBJECT);
    expect(text).not.toContain('Twee aanhoudingen');
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', '/api/documents/accountability-report?year=2026', pol)).statusCode).toBe(403);
  });

  it('P10 information letter variants: the RTO outcome names the case director\'s organisation and the goals; a third party is named', async () => {
    const { c, pd, meetingId } = await toRto(s);
    expect((await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1))).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    const outcome = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=rto_outcome`, pd));
    expect(outcome).toContain('De uitkomst van het Ronde Tafel Overleg');
    expect(outcome).toContain(`${await partnerName('vincent-van-gogh')} is uw casusregisseur`);
    expect(outcome).toContain('Wonen: Huisuitzetting voorkomen');
    expect(outcome).toContain('10 juni 2026');
    const third = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=third_party`, pd));
    expect(third).toContain('Een andere organisatie is bij uw situatie betrokken');
    expect(third).toContain(SUBJECT);
  });

  it('003-111 / P10 / P13 the deletion letter at de-escalation names the archive and the delete dates the decision set, the rights, and where the subject goes once the dossier is destroyed', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const status = (await s.request('GET', `/api/cases/${c.id}/retention`, pd)).json<{ archiveAt: string; deleteAt: string }>();
    const nl = (iso: string): string => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    const text = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=deletion`, pd));
    expect(text).toContain('Het opschonen van uw dossier');
    expect(text).toContain(`Vanaf ${nl(status.archiveAt)} is uw dossier gearchiveerd`);
    expect(text).toContain(`Op ${nl(status.deleteAt)} worden uw gegevens verwijderd`);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Ook nadat uw dossier in ${COLLABORATION} is vernietigd, kunt u voor uw rechten terecht bij de procesregisseur van ${COLLABORATION}`);
    expect(flat).toMatch(/Inzage: u mag weten/);
  });

  it('003-66 the registration letter names the steps of the process, and which information is asked of which organisation and why, once asked', async () => {
    const { c, pd } = await toTriage(s);
    const letter = async (): Promise<string> => (await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=registration`, pd))).replace(/\s+/g, ' ');
    const before = await letter();
    expect(before).toContain('De stappen');
    expect(before).toContain('Fase 1: aanmelding en screening');
    expect(before).toContain('Fase 2: triage en voorbereiding RTO');
    expect(before).toContain('Er is nog bij geen enkele organisatie informatie over u opgevraagd');
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'vincent-van-gogh')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Zorg verkennen', purpose: 'Nagaan of er psychische zorg loopt, voor het plan', whyNeeded: 'Zorgmijding', question: 'In zorg?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const after = await letter();
    expect(after).toContain(`${await partnerName('vincent-van-gogh')}: Nagaan of er psychische zorg loopt, voor het plan`);
    expect(after).not.toContain('Er is nog bij geen enkele organisatie');
  });

  it('P10 / P11 the third-party letter names the organisation that joined the case and since when', async () => {
    const MH = 'veiligheidshuis-maastricht-heuvelland';
    const c = await register(s, 'gemeente-maastricht@maastricht', { tableId: 'mdo-integrale-aanpak', subjects: [{ name: 'Rob Peters' }], registration: { content: 'Zorgen over vereenzaming.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } } });
    await informSubjects(s, c, MH, 'gemeente-maastricht', 'procesregisseur@maastricht');
    await screenAtTable(s, c.id, 'procesregisseur@maastricht');
    const pd = await s.login('procesregisseur@maastricht');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation)).statusCode).toBe(201);
    const before = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=third_party`, pd));
    expect(before).toContain('een organisatie die het convenant niet heeft ondertekend');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, {
      userId: s.userId('veilig-thuis-zuid-limburg@maastricht'), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: 'Veilig Thuis is nodig voor het veiligheidsplan.', declarationSignedAt: '2026-06-01T08:00:00Z',
    });
    expect(added.statusCode, added.body).toBe(201);
    const vt = (await s.deps.database.db.selectFrom('partners').select('name').where('id', '=', s.partnerId(MH, 'veilig-thuis-zuid-limburg')).executeTakeFirstOrThrow()).name;
    const text = await pdfOf(await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=third_party`, pd));
    expect(text).toContain('Een andere organisatie is bij uw situatie betrokken');
    expect(text).toContain('Rob Peters');
    expect(text).toContain(`is ${vt} sinds 1 juni 2026 betrokken`);
    expect(text).not.toContain('Zorgen over vereenzaming.');
  });
});

describe('every document is an export on record', () => {
  it('§7 P16 each of the nine kinds downloaded above is audited as a download and registered with purpose and basis', async () => {
    const audited = await s.deps.database.db.selectFrom('audit_log').select('action').distinct().where('action', 'like', 'document.%.download').where('outcome', '=', 'allow').execute();
    expect(audited.map((a) => a.action).sort()).toEqual(DOCUMENT_KINDS.map((k) => `document.${k}.download`).sort());
    const registered = await s.deps.database.db.selectFrom('document_downloads').select(['kind', 'purpose', 'basis']).execute();
    expect([...new Set(registered.map((r) => r.kind))].sort()).toEqual([...DOCUMENT_KINDS].sort());
    for (const r of registered) {
      expect(r.purpose.length, r.kind).toBeGreaterThan(10);
      expect(r.basis.length, r.kind).toBeGreaterThan(10);
    }
  });
});
