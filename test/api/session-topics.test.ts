/**
 * Groups and themes on the PJO's agenda over HTTP (seed 000 Bijlage 2, PJO Eijsden-Margraten,
 * row 000-R85; issue 18 item 5; ADR 0097), on the SHIPPED Maastricht configuration: the PJO
 * discusses youth groups and their approach, without personal case data; each invited partner
 * reads only its topics and its own actions; an individual is on the agenda only to be routed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.setNow(new Date('2026-06-01T09:00:00Z'));
});
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const pid = (slug: string): string => s.partnerId(M, slug);

interface Topic {
  visible: boolean;
  topicId: string;
  kind: string;
  position: number;
  title?: string;
  line?: string;
  version?: number;
  actions?: { description: string; ownerPartnerName: string }[];
}

async function sessionOf(body: string): Promise<string> {
  const planned = await s.request('POST', '/api/sessions/plan', await s.login(PD), { bodyKind: 'table', bodyId: body, from: '2026-06-01', days: 91 });
  expect(planned.statusCode, planned.body).toBe(200);
  const first = planned.json<{ sessions: { id: string; scheduledAt: string }[] }>().sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
  if (first === undefined) throw new Error('no session');
  return first.id;
}

const GROUP = { kind: 'group', title: 'Jeugdgroep bij het winkelcentrum', description: 'Overlast in de avonduren en vernielingen bij de bushalte; de groep groeit.' };
const THEME = { kind: 'theme', title: 'Alcoholgebruik op schoolpleinen', description: 'Signalen van drie scholen; aanpak met welzijn en OOV afstemmen.' };

describe('000-R85 the PJO discusses groups and themes, not persons', () => {
  it('000-R85 a group and a theme on the PJO agenda: each invited partner reads only its topic and its own actions (HTTP, PDF, Row-Level Security); nothing personal is stored', async () => {
    const sessionId = await sessionOf('pjo-eijsden-margraten');
    const pd = await s.login(PD);
    const group = await s.request('POST', `/api/sessions/${sessionId}/topics`, pd, { ...GROUP, partnerIds: [pid('politie-limburg'), pid('trajekt')] });
    expect(group.statusCode, group.body).toBe(201);
    const theme = await s.request('POST', `/api/sessions/${sessionId}/topics`, pd, { ...THEME, partnerIds: [pid('gemeente-eijsden-margraten')] });
    expect(theme.statusCode, theme.body).toBe(201);

    // Personal data in a topic is refused naming the field, and nothing is stored.
    const personal = await s.request('POST', `/api/sessions/${sessionId}/topics`, pd, { ...GROUP, description: 'De leider (BSN 111222333) is geboren op 04-03-2010.', partnerIds: [pid('politie-limburg')] });
    expect(personal.statusCode).toBe(400);
    expect(personal.body).toContain('description');
    expect(personal.body).toContain('geen persoonsgegevens');
    // A partner that is not a partner of the PJO cannot be invited.
    const outsider = await s.request('POST', `/api/sessions/${sessionId}/topics`, pd, { ...GROUP, partnerIds: [pid('mondriaan')] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.body).toContain('partnerIds');
    const asPd = (await s.request('GET', `/api/sessions/${sessionId}`, pd)).json<{ topics: Topic[]; groupLevel: boolean }>();
    expect(asPd.groupLevel).toBe(true);
    expect(asPd.topics.map((t) => [t.kind, t.visible, t.title])).toEqual([['group', true, GROUP.title], ['theme', true, THEME.title]]);

    // Need-to-know per topic on the session screen's read.
    const read = async (who: string) => {
      const res = await s.request('GET', `/api/sessions/${sessionId}`, await s.login(who));
      expect(res.statusCode, res.body).toBe(200);
      return { body: res.body, topics: res.json<{ topics: Topic[] }>().topics };
    };
    const police = await read('politie-limburg@maastricht');
    expect(police.topics.map((t) => t.visible)).toEqual([true, false]);
    expect(police.topics[1]).toEqual({ visible: false, topicId: expect.any(String), kind: 'theme', position: 2, line: 'Thema 2 — niet voor u' });
    expect(police.body).not.toContain(THEME.title);
    const municipality = await read('gemeente-eijsden-margraten@maastricht');
    expect(municipality.topics.map((t) => t.visible)).toEqual([false, true]);
    expect(municipality.topics[0]?.line).toBe('Groep 1 — niet voor u');
    expect(municipality.body).not.toContain(GROUP.title);
    expect(municipality.body).not.toContain('winkelcentrum');

    // The agenda document shows each reader what its screen shows.
    const pdf = await s.request('GET', `/api/sessions/${sessionId}/agenda.pdf`, await s.login('gemeente-eijsden-margraten@maastricht'));
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).text;
    expect(text).toContain(THEME.title);
    expect(text).toContain('niet voor u');
    expect(text).not.toContain('winkelcentrum');

    // Row-Level Security holds the same line when the service is bypassed.
    const policeUser = s.userId('politie-limburg@maastricht');
    const rows = await s.deps.database.withTransaction({ collaborationId: s.collaborationId(M), partnerId: pid('politie-limburg'), userId: policeUser, role: 'professional' }, (trx) =>
      trx.selectFrom('meeting_session_topics').select('title').where('session_id', '=', sessionId).execute(),
    );
    expect(rows.map((r) => r.title)).toEqual([GROUP.title]);

    // The discussion: the agreed approach, actions per invited partner, one individual routed (counted, not named).
    const groupId = group.json<{ topicId: string; version: number }>().topicId;
    const record = (actions: object[], extra: object = {}) =>
      s.request('PUT', `/api/sessions/${sessionId}/topics/${groupId}`, pd, { version: 1, approach: 'Preventief: jongerenwerk zoekt de groep op. Repressief: extra surveillance op vrijdag.', actions, individualsToRoute: 1, routeToTableId: 'casusoverleg-jeugd-eijsden-margraten', ...extra });
    const notInvited = await record([{ description: 'Gesprek met de ouders organiseren', ownerPartnerId: pid('gemeente-eijsden-margraten') }]);
    expect(notInvited.statusCode).toBe(400);
    expect(notInvited.body).toContain('actions.0.ownerPartnerId');
    const toPjo = await record([], { routeToTableId: 'pjo-eijsden-margraten' });
    expect(toPjo.statusCode).toBe(400);
    expect(toPjo.body).toContain('routeToTableId');
    const recorded = await record([
      { description: 'Extra surveillance op vrijdagavond', ownerPartnerId: pid('politie-limburg'), dueAt: '2026-07-31' },
      { description: 'Jongerenwerk zoekt de groep wekelijks op', ownerPartnerId: pid('trajekt'), dueAt: '2026-07-31' },
    ]);
    expect(recorded.statusCode, recorded.body).toBe(200);

    const listOf = async (who: string) => {
      const res = await s.request('GET', `/api/sessions/${sessionId}/action-list`, await s.login(who));
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ topics: Topic[] }>().topics;
    };
    const listPolice = await listOf('politie-limburg@maastricht');
    const listTrajekt = await listOf('trajekt@maastricht');
    expect(listPolice[0]?.actions?.map((a) => a.description)).toEqual(['Extra surveillance op vrijdagavond']);
    expect(listTrajekt[0]?.actions?.map((a) => a.description)).toEqual(['Jongerenwerk zoekt de groep wekelijks op']);
    expect(listTrajekt[1]?.visible).toBe(false);
    expect((await listOf(PD))[0]?.actions).toHaveLength(2);
    const listMunicipality = await listOf('gemeente-eijsden-margraten@maastricht');
    expect(JSON.stringify(listMunicipality)).not.toContain('surveillance');

    // A discussed topic stays; the session with topics is not cancelled without a word.
    expect((await s.request('DELETE', `/api/sessions/${sessionId}/topics/${groupId}`, pd)).statusCode).toBe(400);
  }, 90_000);

  it('000-R85 a table that discusses persons takes no group or theme', async () => {
    const sessionId = await sessionOf('netwerkoverleg-risicojeugd');
    const res = await s.request('POST', `/api/sessions/${sessionId}/topics`, await s.login(PD), { ...GROUP, partnerIds: [pid('politie-limburg')] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('alleen een groepsoverleg');
    expect((await s.request('GET', `/api/sessions/${sessionId}`, await s.login(PD))).json<{ topics: unknown[] }>().topics).toEqual([]);
  });

  it('000-R85 an individual at the PJO is on the agenda only to be routed: proposed as "routing" and its discussion asks where the case goes', async () => {
    const reg = await s.request('POST', '/api/cases', await s.login('gemeente-eijsden-margraten@maastricht'), {
      tableId: 'pjo-eijsden-margraten',
      subjects: [{ name: 'Joris Jeurissen', birthDate: '2009-05-05' }],
      registration: { content: 'Jongere uit de groep bij het winkelcentrum; hulp geweigerd.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId(PD),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = reg.json<{ id: string; subjectIds: string[]; registrationId: string }>();
    await informSubjects(s, c, M, 'gemeente-eijsden-margraten', PD);
    const pd = await s.login(PD);
    const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { before?: string }[] }>();
    const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
      criteriaMet: [0],
      answers: table.followUpQuestions.map(() => 'Alleen bepalen waar de casus wordt opgepakt.'),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'Past bij het PJO voor de routering.',
    });
    expect(screened.statusCode, screened.body).toBe(200);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);

    const sessionId = await sessionOf('pjo-eijsden-margraten');
    const proposals = (await s.request('GET', `/api/sessions/${sessionId}/proposals`, pd)).json<{ caseId: string; reason: string }[]>();
    expect(proposals.find((p) => p.caseId === c.id)?.reason).toBe('routing');
    const added = await s.request('POST', `/api/sessions/${sessionId}/items`, pd, { caseId: c.id });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<{ reason: string }>().reason).toBe('routing');
    const view = (await s.request('GET', `/api/sessions/${sessionId}`, pd)).json<{ items: { caseId?: string; decisionsToTake?: string[] }[] }>();
    expect(view.items.find((i) => i.caseId === c.id)?.decisionsToTake?.[0]).toMatch(/^Aan welke tafel wordt de casus opgepakt/);
  }, 60_000);
});
