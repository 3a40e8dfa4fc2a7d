/**
 * Need-to-know inside a session in the browser, for each shipped body of issue 18's "Done when":
 * Venlo (a work area), Nijmegen (the Regieteam) and two Maastricht tables (Netwerkoverleg
 * risicojeugd, Netwerkoverleg huiselijk geweld). Per body the process director plans a quarter,
 * puts three new cases of its own on one session, invites partner A to items 1 and 3 and partner
 * B to item 2, and holds the session with actions per item (through the API, `call()`). Then A and
 * B each open the session screen: each reads the names of its own items only, the others are
 * "<case number> — niet voor u", and "Mijn actielijst" holds only its own actions.
 *
 * The set-up (registering, accepting, planning, recording) is not what is tested here: it signs in
 * through the API once per user for the whole file (`setUpAs`). A and B sign in through the login
 * screen and read the session screen as a user would.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asByApi, call, launch, pageFetch } from './support/browser.js';
import type { SignedIn } from './support/browser.js';

let browser: Browser;
const userOf: Record<string, string> = {};
const partnerOf: Record<string, string> = {};
/** Set-up users, each signed in once through the API for the whole file. */
const setUp = new Map<string, Promise<SignedIn>>();
const setUpAs = async (username: string): Promise<SignedIn> => {
  const signedIn = setUp.get(username) ?? asByApi(browser, username);
  setUp.set(username, signedIn);
  return signedIn;
};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const signedIn of setUp.values()) await (await signedIn).close();
  await browser.close();
});

async function directory(short: string): Promise<void> {
  if (userOf[`procesregisseur@${short}`] !== undefined) return;
  const admin = await setUpAs(`beheerder@${short}`);
  for (const u of await call<{ id: string; username: string; partnerId: string }[]>(admin.page, 'GET', '/api/users')) {
    userOf[u.username] = u.id;
    partnerOf[u.username] = u.partnerId;
  }
}
const id = (username: string): string => {
  expect(userOf[username], username).toBeDefined();
  return userOf[username] ?? '';
};
const partner = (username: string): string => {
  expect(partnerOf[username], username).toBeDefined();
  return partnerOf[username] ?? '';
};

interface Body {
  readonly label: string;
  readonly short: string;
  readonly bodyKind: 'table' | 'work_area';
  readonly bodyId: string;
  readonly registrant: string;
  readonly a: string;
  readonly b: string;
  readonly registration: (name: string) => object;
}

const BODIES: readonly Body[] = [
  {
    label: 'Venlo, work area Tegelen, Belfeld, Steyl',
    short: 'venlo',
    bodyKind: 'work_area',
    bodyId: 'tegelen-belfeld-steyl',
    registrant: 'gemeente-venlo',
    a: 'politie-limburg',
    b: 'woonwenz',
    registration: (name) => ({
      tableId: 'zorgnetwerk-overleg',
      workArea: 'tegelen-belfeld-steyl',
      subjects: [{ name }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    }),
  },
  {
    label: 'Nijmegen, Regieteam',
    short: 'nijmegen',
    bodyKind: 'table',
    bodyId: 'regieteam',
    registrant: 'gemeente-nijmegen',
    a: 'talis',
    b: 'pro-persona',
    registration: (name) => ({
      tableId: 'regieteam',
      subjects: [{ name }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['income_debts', 'housing'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    }),
  },
  {
    label: 'Maastricht, Netwerkoverleg risicojeugd',
    short: 'maastricht',
    bodyKind: 'table',
    bodyId: 'netwerkoverleg-risicojeugd',
    registrant: 'gemeente-maastricht',
    a: 'politie-limburg',
    b: 'trajekt',
    registration: (name) => ({
      tableId: 'netwerkoverleg-risicojeugd',
      subjects: [{ name, birthDate: '2010-03-04' }],
      registration: { content: 'Aanmelding voor het netwerkoverleg.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    }),
  },
  {
    label: 'Maastricht, Netwerkoverleg huiselijk geweld',
    short: 'maastricht',
    bodyKind: 'table',
    bodyId: 'netwerkoverleg-huiselijk-geweld',
    registrant: 'gemeente-maastricht',
    a: 'trajekt',
    b: 'xonar',
    registration: (name) => ({
      tableId: 'netwerkoverleg-huiselijk-geweld',
      subjects: [{ name, birthDate: '1984-07-08' }],
      registration: { content: 'Zorgmelding na huiselijk geweld.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    }),
  },
];

const stamp = Date.now().toString(36).slice(-4);

async function acceptedCase(b: Body, name: string): Promise<string> {
  const pdName = `procesregisseur@${b.short}`;
  const reg = await setUpAs(`${b.registrant}@${b.short}`);
  const created = await call<{ id: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', { ...b.registration(name), processDirectorId: id(pdName) });
  for (const subjectId of created.subjectIds) {
    await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
  }
  const pd = await setUpAs(pdName);
  // Where the table screens first (seed 000 Bijlage 2), the director records the screening.
  const found = await pageFetch(pd.page, 'GET', `/api/cases/${created.id}/table`);
  const table = found.status === 200 ? (found.json as { criteria: string[]; followUpQuestions: string[]; preconditions: { before?: string }[] }) : null;
  if (table !== null && (table.followUpQuestions.length > 0 || table.preconditions.some((p) => p.before === 'accept'))) {
    await call(pd.page, 'PUT', `/api/cases/${created.id}/screening`, {
      criteriaMet: table.criteria.map((_, i) => i),
      answers: table.followUpQuestions.map((q) => `Beoordeeld: ${q.slice(0, 40)}`),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'De casus past bij deze overlegtafel.',
    });
  }
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, { event: 'accept' });
  return created.id;
}

describe('issue 18: each partner reads only its items and its own actions on the session screen, per shipped body', () => {
  for (const b of BODIES) {
    it(`${b.label}: three cases on one session, partner A invited to items 1 and 3, partner B to item 2`, async () => {
      await directory(b.short);
      const [pdName, aName, bName, regName] = [`procesregisseur@${b.short}`, `${b.a}@${b.short}`, `${b.b}@${b.short}`, `${b.registrant}@${b.short}`];
      const names = ['Greet Gielen', 'Henk Hoeben', 'Ilse Ickx'].map((n) => `${n} ${b.bodyId.slice(0, 5)} ${stamp}`);
      const caseIds: string[] = [];
      for (const n of names) caseIds.push(await acceptedCase(b, n));

      const pd = await setUpAs(pdName);
      const today = new Date().toISOString().slice(0, 10);
      const planned = await call<{ sessions: { id: string; scheduledAt: string }[] }>(pd.page, 'POST', '/api/sessions/plan', { bodyKind: b.bodyKind, bodyId: b.bodyId, from: today, days: 91 });
      // The second session of the horizon: the first may be taken by other browser tests.
      const session = planned.sessions.filter((x) => Date.parse(x.scheduledAt) > Date.now())[1];
      if (session === undefined) throw new Error('fewer than two sessions planned');
      const items: { caseId: string; meetingId: string }[] = [];
      for (const caseId of caseIds) items.push({ caseId, ...(await call<{ meetingId: string }>(pd.page, 'POST', `/api/sessions/${session.id}/items`, { caseId }, 201)) });
      const invite = [aName, bName, aName];
      const owner = [aName, bName, regName];
      for (const [i, item] of items.entries()) {
        await call(pd.page, 'POST', `/api/cases/${item.caseId}/meetings/${item.meetingId}/invitations`, { userId: id(invite[i] ?? ''), role: 'informant' }, 201);
        await call(pd.page, 'POST', `/api/cases/${item.caseId}/transitions`, { event: 'schedule_rto' });
        await call(pd.page, 'PUT', `/api/cases/${item.caseId}/meetings/${item.meetingId}/record`, {
          version: 1,
          date: session.scheduledAt,
          status: 'held',
          reason: `Besproken in het overleg (${String(i + 1)})`,
          present: [id(invite[i] ?? '')],
          plan: {
            goals: [{ domain: 'housing', goal: `Doel ${String(i + 1)}` }],
            actions: [
              { description: `Actie ${String(i + 1)} ${stamp} voor ${owner[i] ?? ''}`, ownerPartnerId: partner(owner[i] ?? ''), dueAt: '2027-06-30' },
              { description: `Actie ${String(i + 1)} ${stamp} voor de gemeente`, ownerPartnerId: partner(regName), dueAt: '2027-06-30' },
            ],
          },
        });
      }

      const reads = async (who: string, mine: readonly number[]) => {
        const u = await as(browser, who);
        await u.page.goto(`/sessions/${session.id}`);
        await u.page.getByRole('heading', { level: 1, name: /^Overleg / }).waitFor();
        const agenda = u.page.getByRole('table', { name: 'Agenda' });
        for (const i of mine) await agenda.getByText(names[i] ?? '').waitFor();
        expect(await agenda.getByText('niet voor u').count()).toBe(3 - mine.length);
        const actions = u.page.getByRole('table', { name: 'Mijn actielijst' });
        await actions.waitFor();
        const listed = await actions.innerText();
        const html = await u.page.content();
        for (const [i, n] of names.entries()) {
          if (mine.includes(i)) continue;
          expect(html, `${who} must not read ${n}`).not.toContain(n);
          expect(html).not.toContain(`Actie ${String(i + 1)} ${stamp}`);
        }
        expect(u.problems).toEqual([]);
        await u.close();
        return listed;
      };
      const listA = await reads(aName, [0, 2]);
      const listB = await reads(bName, [1]);
      // Each list holds the reader's own actions only: A's of item 1 (item 3's are the municipality's), B's of item 2.
      expect(listA).toContain(`Actie 1 ${stamp} voor ${aName}`);
      expect(listA).not.toContain('voor de gemeente');
      expect(listB).toContain(`Actie 2 ${stamp} voor ${bName}`);
      expect(listB).not.toContain('voor de gemeente');
      expect(listA).not.toEqual(listB);
    });
  }
});

describe('000-R85 the PJO puts a group on its agenda in the browser; only the invited partners read it', () => {
  it('000-R85 the process director adds a youth group for the police and youth work; the municipality sees "Groep — niet voor u"', async () => {
    await directory('maastricht');
    const title = `Jeugdgroep bij het winkelcentrum ${stamp}`;
    const pd = await as(browser, 'procesregisseur-gemeente-eijsden-margraten@maastricht');
    const today = new Date().toISOString().slice(0, 10);
    const planned = await call<{ sessions: { id: string; scheduledAt: string }[] }>(pd.page, 'POST', '/api/sessions/plan', { bodyKind: 'table', bodyId: 'pjo-eijsden-margraten', from: today, days: 120 });
    const session = planned.sessions.filter((x) => Date.parse(x.scheduledAt) > Date.now())[1];
    if (session === undefined) throw new Error('fewer than two PJO sessions planned');
    await pd.page.goto(`/sessions/${session.id}`);
    await pd.page.getByRole('heading', { level: 2, name: "Groepen en thema's" }).waitFor();
    await pd.page.getByLabel('Naam van de groep of het thema').fill(title);
    await pd.page.getByLabel('Wat speelt er').fill('Overlast in de avonduren en vernielingen bij de bushalte.');
    await pd.page.getByRole('checkbox', { name: /Politie/ }).check();
    await pd.page.getByRole('checkbox', { name: /Trajekt/ }).check();
    await pd.page.getByRole('button', { name: 'Groep of thema agenderen' }).click();
    await pd.page.getByText(`${title} staat op de agenda.`).waitFor();
    await pd.page.getByRole('table', { name: "Groepen en thema's" }).getByText(title).waitFor();
    expect(pd.problems).toEqual([]);
    await pd.close();

    const police = await as(browser, 'politie-limburg@maastricht');
    await police.page.goto(`/sessions/${session.id}`);
    await police.page.getByRole('table', { name: "Groepen en thema's" }).getByText(title).waitFor();
    await police.close();

    const municipality = await as(browser, 'gemeente-eijsden-margraten@maastricht');
    await municipality.page.goto(`/sessions/${session.id}`);
    const topics = municipality.page.getByRole('table', { name: "Groepen en thema's" });
    await topics.getByText(/^Groep \d+ — niet voor u$/).first().waitFor();
    expect(await municipality.page.content()).not.toContain(title);
    await municipality.close();
  });
});
