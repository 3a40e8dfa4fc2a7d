/**
 * Referral between tables keeps the dossier (seed 000 Bijlage 2: Nwo RJ → "onder regie van het
 * Veiligheidshuis", PJO → OOV of Casusoverleg Jeugd; seed 003 fase 2; P4): to another table of the
 * collaboration the case moves with exactly the contributions their contributors approved for
 * that table; to a body outside (ZSM) nothing identifying stays and the registrant is told; a
 * target that is neither is a 400 naming `toTable`. Runs on PGlite, and on PostgreSQL with
 * DATABASE_URL set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
}, 60_000);
afterAll(async () => {
  await s.close();
});

/** One sign-in per user for the whole file. */
const login = signInOnce(() => s);

const M = 'veiligheidshuis-maastricht-heuvelland';
const NWO = 'netwerkoverleg-risicojeugd';
const MDO = 'mdo-integrale-aanpak';
const JEUGD_BASIS = { kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' };
const question = { task: 'Netwerkoverleg risicojeugd', purpose: 'Voorbereiden overleg', whyNeeded: 'Zicht op lopende zorg en overlast', question: 'Is de jeugdige bij u bekend?' };
type ErrorBody = { error: { rule?: string; reason?: string; fields?: { field: string; message: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

interface Dossier {
  readonly caseId: string;
  readonly registrationId: string;
  /** Police: approved for the MDO, a kind the MDO records. */
  readonly police: string;
  /** Jeugd-GGZ: not approved. */
  readonly ggz: string;
  /** Raad voor de Kinderbescherming: approved for the MDO, but a kind the MDO does not record. */
  readonly raad: string;
}

const db = () => s.deps.database.db;

/** A Nwo RJ case in triage with three answers; the police and the Raad approve taking theirs to the MDO. */
async function dossier(): Promise<Dossier> {
  const rj = await login('bureau-jeugdzorg-limburg@maastricht');
  const reg = await s.request('POST', '/api/cases', rj, {
    tableId: NWO,
    subjects: [{ name: 'Robin Smeets', birthDate: '2010-02-03' }],
    registration: { content: 'Zorgen over gedrag op straat; de hulp stagneert.', basis: JEUGD_BASIS },
    processDirectorId: s.userId('procesregisseur@maastricht'),
  });
  expect(reg.statusCode, reg.body).toBe(201);
  const c = reg.json<{ id: string; registrationId: string }>();
  // Triage, as the phase tests own the accept step; here only the referral is under test.
  await db().updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
  const pd = await login('procesregisseur@maastricht');
  const partners = ['politie-limburg', 'virenze-riagg', 'raad-kinderbescherming'].map((p) => s.partnerId(M, p));
  const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners, onBehalfOf: s.partnerId(M, 'bureau-jeugdzorg-limburg') });
  expect(asked.statusCode, asked.body).toBe(201);
  const questionFor = (slug: string) => asked.json<{ asked: { partnerId: string; questionId: string }[] }>().asked.find((a) => a.partnerId === s.partnerId(M, slug))?.questionId ?? '';
  const answer = async (user: string, slug: string, body: object) => {
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionFor(slug)}/answers`, await login(user), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ contributionId: string }>().contributionId;
  };
  const police = await answer('politie-limburg@maastricht', 'politie-limburg', {
    content: 'Vier meldingen overlast door de jongere in 2026.',
    category: 'risicos-negen-leefgebieden',
    police: true,
    basis: { kind: 'public_task', law: 'Politiewet 2012 art. 3' },
  });
  const ggz = await answer('virenze-riagg@maastricht', 'virenze-riagg', { known: true, category: 'risicos-negen-leefgebieden', basis: { kind: 'vital_interest', motivation: 'Dreigende ontsporing van de jeugdige.' } });
  const raad = await answer('raad-kinderbescherming@maastricht', 'raad-kinderbescherming', {
    content: 'Ingeschreven op het Bonnefanten College.',
    category: 'school-woonplaats',
    basis: { kind: 'public_task', law: 'BW boek 1 art. 238 en 241; Jeugdwet' },
  });
  for (const [user, id] of [['politie-limburg@maastricht', police], ['raad-kinderbescherming@maastricht', raad]] as const) {
    const ok = await s.request('PUT', `/api/cases/${c.id}/contributions/${id}/referral-approval`, await login(user), { toTable: MDO });
    expect(ok.statusCode, ok.body).toBe(200);
  }
  return { caseId: c.id, registrationId: c.registrationId, police, ggz, raad };
}

const refer = async (caseId: string, toTable: string) => s.request('POST', `/api/cases/${caseId}/transitions`, await login('procesregisseur@maastricht'), { event: 'refer', toTable });

async function contributionIds(caseId: string): Promise<string[]> {
  const rows = await db().selectFrom('contributions').select('id').where('case_id', '=', caseId).execute();
  return rows.map((r) => r.id).sort();
}

describe('000-R63 referral to another table of the collaboration keeps the dossier', () => {
  it('000-R63 P4: Nwo RJ → MDO keeps the subject, the registration and exactly the approved contributions of kinds the MDO records; the MDO screens it again', async () => {
    const d = await dossier();
    const res = await refer(d.caseId, MDO);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ phase: string }>().phase).toBe('screening');

    const row = await db().selectFrom('cases').select(['table_id', 'referred_from_table', 'referred_to_table', 'phase', 'closed_at']).where('id', '=', d.caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ table_id: MDO, referred_from_table: NWO, referred_to_table: null, phase: 'screening', closed_at: null });
    expect(await contributionIds(d.caseId)).toEqual([d.registrationId, d.police].sort());
    expect(await db().selectFrom('subjects').select('id').where('case_id', '=', d.caseId).execute()).toHaveLength(1);
    expect(await db().selectFrom('case_keys').select('case_id').where('case_id', '=', d.caseId).execute()).toHaveLength(1);
    expect(await db().selectFrom('triage_questions').select('id').where('case_id', '=', d.caseId).execute()).toEqual([]);
    // The kept contribution waits for its contributor to release it under the new table's rules.
    const kept = await db().selectFrom('contributions').select(['released_for_rto', 'referral_approved_for']).where('id', '=', d.police).executeTakeFirstOrThrow();
    expect(kept).toEqual({ released_for_rto: 'none', referral_approved_for: null });

    const pd = await login('procesregisseur@maastricht');
    const table = await s.request('GET', `/api/cases/${d.caseId}/table`, pd);
    expect(table.json<{ id: string }>().id).toBe(MDO);
    const subjects = (await s.request('GET', `/api/cases/${d.caseId}`, pd)).json<{ subjects: { name: string }[] }>().subjects;
    expect(subjects.map((x) => x.name)).toEqual(['Robin Smeets']);
    // The police keep control of their contribution (it is read again once the MDO takes the case into
    // triage: triage data is not read at screening); the Jeugd-GGZ, which kept nothing here, no longer knows the case.
    const pol = await login('politie-limburg@maastricht');
    const control = await s.request('GET', `/api/cases/${d.caseId}/contributions/${d.police}/control`, pol);
    expect(control.statusCode, control.body).toBe(200);
    expect(control.json<{ releasedForRto: string }>().releasedForRto).toBe('none');
    const early = await s.request('GET', `/api/cases/${d.caseId}/contributions/${d.police}?purpose=triage`, pd);
    expect(errorOf(early.body)).toMatchObject({ rule: 'P3', reason: 'purpose_not_of_phase' });
    expect((await s.request('GET', `/api/cases/${d.caseId}`, await login('virenze-riagg@maastricht'))).statusCode).toBe(404);
  });

  it('000-R63 a target that is no table or outside body is a 400 naming toTable, in Dutch, and nothing is removed', async () => {
    const d = await dossier();
    const before = await contributionIds(d.caseId);
    const res = await refer(d.caseId, 'bestaat-niet');
    expect(res.statusCode, res.body).toBe(400);
    const fields = errorOf(res.body).fields ?? [];
    expect(fields.map((f) => f.field)).toEqual(['toTable']);
    expect(fields[0]?.message).toContain('onbekende overlegtafel of instantie; kies uit:');
    expect(fields[0]?.message).toContain(`${MDO} (Multidisciplinair overleg`);
    const same = await refer(d.caseId, NWO);
    expect(same.statusCode).toBe(400);
    expect(errorOf(same.body).fields?.[0]?.message).toContain('loopt al aan deze overlegtafel');
    expect(await contributionIds(d.caseId)).toEqual(before);
    const row = await db().selectFrom('cases').select(['table_id', 'phase']).where('id', '=', d.caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ table_id: NWO, phase: 'triage' });
  });

  it('P4 only the contributor approves taking its contribution along, and only to another table or outside body of the collaboration', async () => {
    const d = await dossier();
    const url = `/api/cases/${d.caseId}/contributions/${d.ggz}/referral-approval`;
    const byDirector = await s.request('PUT', url, await login('procesregisseur@maastricht'), { toTable: MDO });
    expect(byDirector.statusCode, byDirector.body).toBe(403);
    expect(errorOf(byDirector.body).rule).toBe('P4');
    const ggz = await login('virenze-riagg@maastricht');
    for (const target of ['bestaat-niet', NWO]) {
      const res = await s.request('PUT', url, ggz, { toTable: target });
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res.body).fields?.map((f) => f.field)).toEqual(['toTable']);
    }
    // Approved, then taken back: the referral removes it.
    expect((await s.request('PUT', url, ggz, { toTable: MDO })).statusCode).toBe(200);
    expect((await s.request('PUT', url, ggz, { toTable: null })).statusCode).toBe(200);
    expect((await refer(d.caseId, MDO)).statusCode).toBe(200);
    expect(await contributionIds(d.caseId)).not.toContain(d.ggz);
  });

  it('000-R63 an approval names one table: approved for the MDO does not go to the OOV', async () => {
    const d = await dossier();
    const res = await refer(d.caseId, 'oov-eijsden-margraten');
    expect(res.statusCode, res.body).toBe(200);
    expect(await contributionIds(d.caseId)).toEqual([d.registrationId]);
  });
});

describe('referral re-checks the receiving table\'s age range (seed 000 Bijlage 2)', () => {
  /** An MDO case of the municipality in triage, about one subject born on `birthDate`. */
  async function atMdo(birthDate: string | null): Promise<string> {
    const reg = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
      tableId: MDO,
      subjects: [birthDate === null ? { name: 'Kim Ramakers' } : { name: 'Kim Ramakers', birthDate }],
      registration: { content: 'Overlast in de wijk; de hulp stagneert.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId('procesregisseur@maastricht'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json<{ id: string }>().id;
    await db().updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
    return id;
  }
  const tableOf = async (id: string) => (await db().selectFrom('cases').select('table_id').where('id', '=', id).executeTakeFirstOrThrow()).table_id;

  it('000-R71 000-R63 an adult at the MDO is not referred to the Nwo RJ (-9 months to 23 years): the refusal names the table and its range, and the case stays; a 16-year-old is referred', async () => {
    const adult = await atMdo('1975-03-04');
    const refused = await refer(adult, NWO);
    expect(refused.statusCode, refused.body).toBe(403);
    const error = JSON.parse(refused.body) as { error: { rule: string; reason: string; message: string } };
    expect(error.error).toMatchObject({ rule: 'table', reason: 'age_outside_table_range' });
    expect(error.error.message).toBe('De leeftijd van betrokkene valt buiten de leeftijdsgrens van deze overlegtafel. Netwerkoverleg risicojeugd (Nwo RJ): van -9 maanden tot en met 23 jaar.');
    expect(await tableOf(adult)).toBe(MDO);
    expect(await contributionIds(adult)).toHaveLength(1);

    const youth = await atMdo('2010-08-09');
    const referred = await refer(youth, NWO);
    expect(referred.statusCode, referred.body).toBe(200);
    expect(await tableOf(youth)).toBe(NWO);
  });

  it('000-R71 without a birth date the Nwo RJ\'s range cannot be judged: the referral waits for one; a table without a range takes the case', async () => {
    const unknown = await atMdo(null);
    const refused = await refer(unknown, NWO);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'table', reason: 'age_unknown_for_table_range' });
    expect(await tableOf(unknown)).toBe(MDO);
    expect((await refer(unknown, 'oov-eijsden-margraten')).statusCode).toBe(200);
  });
});

describe('referral to a body outside the collaboration', () => {
  it('P12 referralBodies: to ZSM nothing identifying stays, and the registrant is told where to register it', async () => {
    const d = await dossier();
    const res = await refer(d.caseId, 'zsm');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ phase: string }>().phase).toBe('referred');
    const row = await db().selectFrom('cases').select(['table_id', 'referred_to_table']).where('id', '=', d.caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ table_id: NWO, referred_to_table: 'zsm' });
    expect(await contributionIds(d.caseId)).toEqual([]);
    expect(await db().selectFrom('subjects').select('id').where('case_id', '=', d.caseId).execute()).toEqual([]);
    expect(await db().selectFrom('case_keys').select('case_id').where('case_id', '=', d.caseId).execute()).toEqual([]);
    const inbox = await s.request('GET', '/api/inbox', await login('bureau-jeugdzorg-limburg@maastricht'));
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.body).toContain('Doorverwezen naar ZSM');
  });

  it('000-R63 P4 P12 to Veilig Thuis exactly the contributions their contributors approved for Veilig Thuis are handed over, once, with the subject; then nothing identifying stays', async () => {
    const d = await dossier();
    // The police approve handing theirs to Veilig Thuis; the Raad's approval names the MDO; the Jeugd-GGZ approved nothing.
    const police = await login('politie-limburg@maastricht');
    const approved = await s.request('PUT', `/api/cases/${d.caseId}/contributions/${d.police}/referral-approval`, police, { toTable: 'veilig-thuis' });
    expect(approved.statusCode, approved.body).toBe(200);
    const res = await refer(d.caseId, 'veilig-thuis');
    expect(res.statusCode, res.body).toBe(200);
    const handover = res.json<{ handover: { body: { id: string }; subjects: { name: string; birthDate: string | null }[]; contributions: { id: string; partner: string; text: string }[] } }>().handover;
    expect(handover.body.id).toBe('veilig-thuis');
    expect(handover.subjects).toEqual([{ name: 'Robin Smeets', birthDate: '2010-02-03' }]);
    expect(handover.contributions.map((c) => c.id)).toEqual([d.police]);
    expect(handover.contributions[0]?.text).toBe('Vier meldingen overlast door de jongere in 2026.');
    // Nothing identifying stays; the audit names what was handed over, by id only.
    expect(await contributionIds(d.caseId)).toEqual([]);
    expect(await db().selectFrom('subjects').select('id').where('case_id', '=', d.caseId).execute()).toEqual([]);
    expect(await db().selectFrom('case_keys').select('case_id').where('case_id', '=', d.caseId).execute()).toEqual([]);
    const audited = await db().selectFrom('audit_log').select('contribution_id').where('case_id', '=', d.caseId).where('action', '=', 'case.refer.handover').execute();
    expect(audited.map((a) => a.contribution_id)).toEqual([d.police]);
    const inbox = await s.request('GET', '/api/inbox', await login('bureau-jeugdzorg-limburg@maastricht'));
    expect(inbox.body).toContain('Doorverwezen naar Veilig Thuis Zuid-Limburg. Met instemming van de inbrengers is 1 bijdrage overgedragen.');
  });

  it('P12 referralBodies[].id: with the ZSM listed under another id, "zsm" is refused and the new id accepted', async () => {
    await withChangedField(s, M, configField('referralBodies[zsm].id'), 'zsm-zuid-limburg', async () => {
      const d = await dossier();
      const refused = await refer(d.caseId, 'zsm');
      expect(refused.statusCode).toBe(400);
      expect(errorOf(refused.body).fields?.[0]?.message).toContain('zsm-zuid-limburg (ZSM');
      expect((await refer(d.caseId, 'zsm-zuid-limburg')).statusCode).toBe(200);
    });
  });

  it('P12 referralBodies[].name: the registrant is told the body by its configured name', async () => {
    await withChangedField(s, M, configField('referralBodies[veilig-thuis].name'), 'Veilig Thuis Zuid-Limburg, locatie Heerlen', async () => {
      const d = await dossier();
      expect((await refer(d.caseId, 'veilig-thuis')).statusCode).toBe(200);
      const inbox = await s.request('GET', '/api/inbox', await login('bureau-jeugdzorg-limburg@maastricht'));
      expect(inbox.body).toContain('Doorverwezen naar Veilig Thuis Zuid-Limburg, locatie Heerlen');
    });
  });
});

describe('003-82 / 003-95 referral in Noord-Limburg (seed 003 Bijlage 3 fase 2 and 3)', () => {
  const NL = 'zvh-noord-limburg';
  /** A Noord-Limburg case in triage with the police's and the Reclassering's answers; the police approve theirs for `approveFor`. */
  async function nlDossier(approveFor: string): Promise<{ caseId: string; police: string; pd: string }> {
    const rn = await login('reclassering-nederland@noord-limburg');
    const reg = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Kees Peters' }],
      registration: { content: 'Overlast en schulden.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const caseId = reg.json<{ id: string }>().id;
    await db().updateTable('cases').set({ phase: 'triage' }).where('id', '=', caseId).execute();
    const pd = await login('procesregisseur@noord-limburg');
    const asked = await s.request('POST', `/api/cases/${caseId}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Risico-inschatting', question: 'Bekend?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const pol = await login('politie-limburg@noord-limburg');
    const answer = await s.request('POST', `/api/cases/${caseId}/triage-questions/${questionId}/answers`, pol, { content: 'Twee aanhoudingen.', police: true, category: 'police_justice', basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } });
    expect(answer.statusCode, answer.body).toBe(201);
    const police = answer.json<{ contributionId: string }>().contributionId;
    const ok = await s.request('PUT', `/api/cases/${caseId}/contributions/${police}/referral-approval`, pol, { toTable: approveFor });
    expect(ok.statusCode, ok.body).toBe(200);
    return { caseId, police, pd };
  }

  it('003-82 / 003-95 to ZSM only what its contributor approved goes along, nothing identifying stays, and the registrant is told to register it there itself', async () => {
    const { caseId, police, pd } = await nlDossier('zsm');
    const res = await s.request('POST', `/api/cases/${caseId}/transitions`, pd, { event: 'refer', toTable: 'zsm' });
    expect(res.statusCode, res.body).toBe(200);
    const handover = res.json<{ handover: { body: { id: string }; contributions: { id: string }[] } }>().handover;
    expect(handover.body.id).toBe('zsm');
    // The registration text itself was not approved by anyone: only the police answer goes.
    expect(handover.contributions.map((c) => c.id)).toEqual([police]);
    expect(await contributionIds(caseId)).toEqual([]);
    expect(await db().selectFrom('subjects').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    const inbox = await s.request('GET', '/api/inbox', await login('reclassering-nederland@noord-limburg'));
    expect(inbox.body).toContain('Doorverwezen naar ZSM');
    expect(inbox.body).toContain('Meld de casus daar zelf aan');
  });

  it('003-82 to one of its own theme tables (Radicalisering) the case moves with the approved contribution and is not destroyed', async () => {
    const { caseId, police, pd } = await nlDossier('radicalisering');
    const res = await s.request('POST', `/api/cases/${caseId}/transitions`, pd, { event: 'refer', toTable: 'radicalisering' });
    expect(res.statusCode, res.body).toBe(200);
    const row = await db().selectFrom('cases').select(['table_id', 'phase']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.table_id).toBe('radicalisering');
    expect(await contributionIds(caseId)).toContain(police);
    expect(await db().selectFrom('subjects').select('id').where('case_id', '=', caseId).execute()).toHaveLength(1);
  });
});
