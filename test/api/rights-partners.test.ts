/**
 * Issue 16 item 1 over HTTP, on the shipped Noord-Limburg configuration: the privacy officer finds
 * one member of a household by name and birth date, registers an access request, the request is
 * routed to the two partners holding data about that member, both find it in their inbox and
 * answer for their own data, and the access answer (and its written document) holds only that
 * member's data. RTO participation is set in the database where the route to it is not what is
 * tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;
const weighing = { proportionality: 'Beperkt tot het nodige.', subsidiarity: 'Toestemming niet mogelijk.', effectiveness: 'Nodig voor het plan.', informAfterwards: true, informAfterwardsReason: 'Na het RTO.' };
const policeBasis = { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' };

interface Detail {
  id: string;
  status: string;
  routedTo: string[];
  caseNumber: string | null;
  requester: string | null;
  subjectRelation: string | null;
  partners: { partnerId: string; answer: { outcome: string; refusalGround: string | null } | null }[];
  pendingPartners: number;
  abilities: { handle: boolean; answerFor: string | null; accessAnswer: boolean };
}

async function household(): Promise<{ caseId: string; alfa: string; beta: string; registrationId: string; number: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [
      { name: 'Alfa Verhoeven', birthDate: '1984-03-12', relation: 'ouder' },
      { name: 'Beta Verhoeven', birthDate: '2012-09-30', relation: 'kind' },
    ],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    registration: { content: 'Zorgen over het gezin Verhoeven.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; subjectIds: string[]; registrationId: string; number: string }>();
  const [alfa, beta] = c.subjectIds as [string, string];
  // The police join the RTO and add what they know about the parent only.
  const db = s.deps.database.db;
  const row = await db.selectFrom('cases').select(['collaboration_id', 'table_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
  await db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', c.id).execute();
  const at = s.deps.now();
  const meeting = await db.insertInto('meetings').values({ case_id: c.id, collaboration_id: row.collaboration_id, table_id: row.table_id, scheduled_at: at, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  const base = { case_id: c.id, collaboration_id: row.collaboration_id, user_id: s.userId('politie-limburg@noord-limburg'), partner_id: s.partnerId(NL, 'politie-limburg') };
  await db.insertInto('involvement').values({ ...base, designated_at: at }).execute();
  await db.insertInto('meeting_invitations').values({ ...base, meeting_id: meeting.id, participant_role: 'expert', invited_at: at }).execute();
  const pol = await s.login('politie-limburg@noord-limburg');
  expect((await s.request('POST', `/api/cases/${c.id}/weighings`, pol, weighing)).statusCode).toBe(201);
  const police = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, {
    content: 'Alfa: twee meldingen huiselijke onrust in 2026.', category: 'police_justice', police: true, purposes: ['rto'], basis: policeBasis, subjects: [alfa],
  });
  expect(police.statusCode, police.body).toBe(201);
  // Probation adds something about the child only.
  const aboutBeta = await s.request('POST', `/api/cases/${c.id}/contributions`, rn, {
    content: 'Beta: begeleiding op school.', category: 'work_education', purposes: ['screening'], basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' }, subjects: [beta],
  });
  expect(aboutBeta.statusCode, aboutBeta.body).toBe(201);
  return { caseId: c.id, alfa, beta, registrationId: c.registrationId, number: c.number };
}

describe('issue 16.1 rights requests routed to the partners (P15)', () => {
  it('002-A30 002-A25 search, route to two partners, both answer in their inbox, the access answer holds only that member\'s data', async () => {
    const h = await household();
    const po = await s.login('privacy@noord-limburg');

    // Search: name and birth date find the parent only, with the case number and relation.
    const found = await s.request('GET', `/api/rights-requests/subjects?name=${encodeURIComponent('alfa verhoeven')}&birthDate=1984-03-12`, po);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual([{ subjectId: h.alfa, caseId: h.caseId, caseNumber: h.number, relation: 'ouder', phase: 'rto', householdSize: 2 }]);
    expect(found.body).not.toContain('Verhoeven');

    const reg = await s.request('POST', '/api/rights-requests', po, { kind: 'access', subjectId: h.alfa, requester: 'A. Verhoeven, per brief' });
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json<{ id: string }>().id;
    const rn = s.partnerId(NL, 'reclassering-nederland');
    const police = s.partnerId(NL, 'politie-limburg');
    expect(reg.json<{ routedTo: string[] }>().routedTo).toEqual([rn, police].sort());

    // Both partners' contacts find it in their inbox and open it; who asked stays with the office.
    for (const [user, partner] of [['reclassering-nederland@noord-limburg', rn], ['politie-limburg@noord-limburg', police]] as const) {
      const cookie = await s.login(user);
      const inbox = (await s.request('GET', '/api/inbox', cookie)).json<{ notifications: { kind: string; link: string }[] }>();
      expect(inbox.notifications.some((n) => n.kind === 'rights_request_routed' && n.link === `/privacy/rights-requests/${id}`), user).toBe(true);
      const list = (await s.request('GET', '/api/rights-requests', cookie)).json<{ id: string; ownAnswer: string | null }[]>();
      expect(list.find((r) => r.id === id)).toMatchObject({ ownAnswer: null });
      const view = await s.request('GET', `/api/rights-requests/${id}`, cookie);
      expect(view.statusCode, view.body).toBe(200);
      expect(view.json<Detail>()).toMatchObject({ requester: null, caseNumber: h.number, abilities: { handle: false, answerFor: partner, accessAnswer: false } });
    }

    // A partner it was not routed to is refused, naming the rule.
    const woon = await s.login('woonwenz@noord-limburg');
    const other = await s.request('GET', `/api/rights-requests/${id}`, woon);
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: 'P15', reason: 'P15_not_routed_to_you' });
    expect((await s.request('POST', `/api/rights-requests/${id}/partner-answer`, woon, { outcome: 'answered' })).statusCode).toBe(403);

    // Both answer: probation in full; the police refuse part citing art. 27 Wpg (a UAVG ground is refused first).
    const rnCookie = await s.login('reclassering-nederland@noord-limburg');
    const a1 = await s.request('POST', `/api/rights-requests/${id}/partner-answer`, rnCookie, { outcome: 'answered' });
    expect(a1.statusCode, a1.body).toBe(201);
    expect(a1.json()).toMatchObject({ partnerId: rn, pendingPartners: 1 });
    const again = await s.request('POST', `/api/rights-requests/${id}/partner-answer`, rnCookie, { outcome: 'answered' });
    expect(errorOf(again.body)).toMatchObject({ rule: 'P15', reason: 'P15_partner_already_answered' });
    const polCookie = await s.login('politie-limburg@noord-limburg');
    const wrong = await s.request('POST', `/api/rights-requests/${id}/partner-answer`, polCookie, { outcome: 'refused', regime: 'wpg', ground: 'uavg41_i', partial: true, motivation: 'x' });
    expect(errorOf(wrong.body)).toMatchObject({ rule: 'P15', reason: 'P15_ground_of_other_regime' });
    const a2 = await s.request('POST', `/api/rights-requests/${id}/partner-answer`, polCookie, { outcome: 'refused', regime: 'wpg', ground: 'wpg27_a', partial: true, motivation: 'Lopend onderzoek naar een melding.' });
    expect(a2.statusCode, a2.body).toBe(201);
    expect(a2.json()).toMatchObject({ partnerId: police, pendingPartners: 0 });

    // The office sees both answers, is told that every partner answered, and previews the answer.
    const detail = (await s.request('GET', `/api/rights-requests/${id}`, po)).json<Detail>();
    expect(detail).toMatchObject({ requester: 'A. Verhoeven, per brief', subjectRelation: 'ouder', pendingPartners: 0, abilities: { handle: true, accessAnswer: true } });
    expect(detail.partners.map((p) => [p.partnerId, p.answer?.outcome])).toEqual(expect.arrayContaining([[rn, 'answered'], [police, 'refused']]));
    expect(detail.partners.find((p) => p.partnerId === police)?.answer?.refusalGround).toMatch(/27.*Wpg.*gedeeltelijk/);
    const poInbox = (await s.request('GET', '/api/inbox', po)).json<{ notifications: { kind: string; link: string }[] }>();
    expect(poInbox.notifications.some((n) => n.kind === 'rights_request_partners_answered' && n.link === `/privacy/rights-requests/${id}`)).toBe(true);

    const preview = await s.request('GET', `/api/rights-requests/${id}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    const { answer } = preview.json<{ answer: { data: { content: string; copyable: boolean }[]; sources: string[] } }>();
    expect(answer.data.map((d) => d.content).sort()).toEqual(['Alfa: twee meldingen huiselijke onrust in 2026.', 'Zorgen over het gezin Verhoeven.']);
    expect(answer.data.find((d) => d.content.startsWith('Alfa'))?.copyable).toBe(false);
    expect(preview.body).not.toContain('Beta: begeleiding');

    const doc = await s.request('GET', `/api/documents/access-answers/${id}`, po);
    expect(doc.statusCode).toBe(200);
    const { text } = await pdfText(doc.rawPayload);
    expect(text).toContain('Alfa Verhoeven');
    expect(text).not.toContain('begeleiding op school');

    const sent = await s.request('POST', `/api/rights-requests/${id}/answer`, po);
    expect(sent.statusCode, sent.body).toBe(200);
    const closed = await s.request('POST', `/api/rights-requests/${id}/partner-answer`, polCookie, { outcome: 'answered' });
    expect(errorOf(closed.body)).toMatchObject({ rule: 'P15', reason: 'P15_request_closed' });
  });

  it('002-A25 search by BSN checks the number and names the field; the statistician may not search', async () => {
    const po = await s.login('privacy@noord-limburg');
    const bad = await s.request('GET', '/api/rights-requests/subjects?bsn=12345', po);
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body).fields?.map((f) => f.field)).toEqual(['bsn']);
    const empty = await s.request('GET', '/api/rights-requests/subjects', po);
    expect(errorOf(empty.body).fields?.map((f) => f.field)).toEqual(['name', 'birthDate']);
    const stat = await s.login('statisticus@noord-limburg');
    const refused = await s.request('GET', '/api/rights-requests/subjects?name=x&birthDate=1984-03-12', stat);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body).rule).toBe('P15');
  });
});
