/**
 * Carrying out a rights request in the browser (issue 13 item 1, issue 16 item 1; P15; AVG art.
 * 16 and 18), in ZVH Noord-Limburg: the routed partner corrects its own contribution about one
 * member of a household on the request's screen, and the old text is not served any more; the
 * partner restricts its data about that member, which is then refused outside the request; the
 * privacy officer lifts the restriction after informing the subject (art. 18.3), and the data is
 * read again. The other member's data is untouched throughout. Each household is created here
 * with its own names; demo users' state is not changed. Interactions are counted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, pageFetch } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const counter = new Counter();
const RN = 'reclassering-nederland@noord-limburg';
const PO = 'privacy@noord-limburg';
const basis = { kind: 'public_task', law: 'Reclasseringsregeling 1995' };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const [step, tally] of counter.steps) console.log(`[rights-execution] ${step}: ${tally.interactions} interactions, ${tally.submissions} submissions, ${tally.refused} refused`);
  await browser.close();
});

interface Household {
  readonly caseId: string;
  readonly alfa: string;
  readonly aboutAlfa: string;
  readonly aboutBeta: string;
}

async function household(tag: string): Promise<Household> {
  const admin = await as(browser, 'beheerder@noord-limburg');
  const users = await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users');
  await admin.close();
  const director = users.find((u) => u.username === 'procesregisseur@noord-limburg')?.id ?? '';
  const rn = await as(browser, RN);
  const c = await call<{ id: string; subjectIds: [string, string] }>(rn.page, 'POST', '/api/cases', {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: `Alfa ${tag}`, relation: 'ouder' }, { name: `Beta ${tag}`, relation: 'kind' }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    registration: { content: `Zorgen over het gezin ${tag}.`, basis },
    processDirectorId: director,
  });
  const add = async (content: string, subject: string): Promise<string> =>
    (await call<{ id: string }>(rn.page, 'POST', `/api/cases/${c.id}/contributions`, { content, category: 'income_debts', purposes: ['screening'], basis, subjects: [subject] })).id;
  const aboutAlfa = await add(`Alfa ${tag}: schuld van 12.000 euro bij de woningcorporatie.`, c.subjectIds[0]);
  const aboutBeta = await add(`Beta ${tag}: bijbaan bij de supermarkt.`, c.subjectIds[1]);
  await rn.close();
  return { caseId: c.id, alfa: c.subjectIds[0], aboutAlfa, aboutBeta };
}

async function request(kind: string, subjectId: string): Promise<string> {
  const po = await as(browser, PO);
  const id = (await call<{ id: string }>(po.page, 'POST', '/api/rights-requests', { kind, subjectId, requester: 'Per brief' }, 201)).id;
  await po.close();
  return id;
}

const read = async (page: Page, h: Household, id: string) => pageFetch(page, 'GET', `/api/cases/${h.caseId}/contributions/${id}?purpose=screening`);

describe('rights requests carried out on their screens (P15, Noord-Limburg)', () => {
  it('16.1 13.1 rectification: the partner corrects its text about Alfa on the request screen; the old text is not served, Beta\'s is untouched', async () => {
    const h = await household('Rectificatiescherm');
    const id = await request('rectification', h.alfa);
    const step = 'rectify own contribution (partner)';
    const { page, problems, close } = await as(browser, RN);
    counter.step(step);
    await page.goto(`/privacy/rights-requests/${id}`);
    const form = page.getByRole('form', { name: 'Uitvoeren voor de gegevens van uw organisatie' });
    await form.waitFor();
    // Only its own items about Alfa (and the household's registration): never Beta's.
    const items = await form.innerText();
    expect(items).toContain('schuld van 12.000 euro');
    expect(items).not.toContain('bijbaan bij de supermarkt');
    await checkA11y(page, 'rights request: rectification form');
    // Each own item has its corrected text, filled in with the text as it stands.
    const boxes = form.locator('textarea');
    const texts = await boxes.evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    const n = texts.findIndex((v) => v.includes('12.000'));
    expect(n).toBeGreaterThanOrEqual(0);
    await counter.fill(form.getByLabel(`Verbeterde tekst ${n + 1}`, { exact: true }), 'Alfa Rectificatiescherm: schuld van 1.200 euro, regeling loopt.');
    expect(await counter.submit(page, form.getByRole('button', { name: 'Uitvoeren' }), page.getByText('Uitgevoerd en vastgelegd als antwoord van uw organisatie.').first()), await page.locator('main').innerText()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Wat is gewijzigd' }).waitFor();
    expect(await page.getByRole('table', { name: 'Wat is gewijzigd' }).innerText()).toContain('Verbeterd');
    const old = await read(page, h, h.aboutAlfa);
    expect(old.status).toBe(403);
    expect(JSON.stringify(old.json)).not.toContain('12.000');
    expect((await read(page, h, h.aboutBeta)).status).toBe(200);
    expect(counter.tally(step).interactions).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await close();
  });

  it('16.1 13.1 restriction and its lifting: the partner restricts its data about Alfa on the screen; the privacy officer lifts it after informing Alfa; then it is read again', async () => {
    const h = await household('Beperkingscherm');
    const id = await request('restriction', h.alfa);
    const restrict = 'restrict own contribution (partner)';
    const rn = await as(browser, RN);
    counter.step(restrict);
    await rn.page.goto(`/privacy/rights-requests/${id}`);
    const form = rn.page.getByRole('form', { name: 'Uitvoeren voor de gegevens van uw organisatie' });
    await form.waitFor();
    expect((await read(rn.page, h, h.aboutAlfa)).status).toBe(200);
    expect(await counter.submit(rn.page, form.getByRole('button', { name: 'Uitvoeren' }), rn.page.getByRole('table', { name: 'Wat is gewijzigd' })), await rn.page.locator('main').innerText()).toBe(true);
    expect(await rn.page.getByRole('table', { name: 'Wat is gewijzigd' }).innerText()).toContain('Verwerking beperkt');
    const refused = await read(rn.page, h, h.aboutAlfa);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.json)).toContain('P15');
    expect((await read(rn.page, h, h.aboutBeta)).status).toBe(200);
    expect(rn.problems).toEqual([]);
    await rn.close();

    const lift = 'lift the restriction (privacy officer)';
    const po = await as(browser, PO);
    counter.step(lift);
    await po.page.goto(`/privacy/rights-requests/${id}`);
    const liftForm = po.page.getByRole('form', { name: 'Beperking opheffen (art. 18 lid 3 AVG)' });
    await liftForm.waitFor();
    await checkA11y(po.page, 'rights request: lift the restriction');
    // Without the date the subject was informed and a reason, nothing is lifted.
    await counter.click(liftForm.getByRole('button', { name: 'Beperking opheffen' }));
    await po.page.locator('.ct-error-summary').first().waitFor();
    counter.tally(lift).refused++;
    await counter.fill(liftForm.getByLabel('Datum waarop de betrokkene is geïnformeerd'), new Date().toISOString().slice(0, 10));
    await counter.fill(liftForm.getByLabel('Reden'), 'De juistheid van de gegevens is vastgesteld.');
    expect(await counter.submit(po.page, liftForm.getByRole('button', { name: 'Beperking opheffen' }), po.page.getByText('De beperking is opgeheven.').first()), await po.page.locator('main').innerText()).toBe(true);
    expect(po.problems).toEqual([]);
    await po.close();

    const again = await as(browser, RN);
    expect((await read(again.page, h, h.aboutAlfa)).status).toBe(200);
    await again.close();
    expect(counter.tally(lift).refused).toBe(1);
    expect(counter.tally(lift).interactions).toBeLessThanOrEqual(4);
  });
});
