/**
 * A table is an executable protocol, in the browser (seed 000 Bijlage 2, Maastricht-Heuvelland):
 * (a) the registration form shows the chosen table's purpose, its age range and responsible officer,
 *     and asks the table's own criteria (not the Landelijk Kader's four);
 * (b) the case page shows the table's rules to the table's own process director (000-R82);
 * (b2) the process director screens the case by the table's criteria and follow-up questions;
 * (c) triage offers only the table's partners, marks the incidental ones and asks a reason for them.
 * Every task is counted (interactions, submissions, refusals) and checked with axe. The case is
 * created here with its own name; demo data is not changed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launch, newPage, pageFetch } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const counter = new Counter();
const REGISTRANT = 'gemeente-eijsden-margraten@maastricht';
const E_M_DIRECTOR = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const TABLE = 'casusoverleg-jeugd-eijsden-margraten';
let caseId = '';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const [step, tally] of counter.steps) console.log(`[tables] ${step}: ${tally.interactions} interactions, ${tally.submissions} submissions, ${tally.refused} refused`);
  await browser.close();
});

async function as(username: string, step: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { page, context, problems } = await newPage(browser);
  counter.step(step);
  await counter.login(page, username, 'demo-casustafel');
  return { page, problems, close: () => context.close() };
}

async function call(page: Page, method: string, path: string, body?: unknown, expected = 200): Promise<unknown> {
  const res = await pageFetch(page, method, path, body);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.json)}`).toBe(expected);
  return res.json;
}

interface Partner {
  id: string;
  slug: string;
  name: string;
  member: boolean;
  active: boolean;
}

describe('seed 000 Bijlage 2: the table in the screens, counted', () => {
  it('000-R03 000-R57 registration: the chosen table shows its purpose, age range and officer, and asks its own criteria', async () => {
    const { page, problems, close } = await as(REGISTRANT, 'register at Casusoverleg Jeugd E-M (municipality)');
    await counter.click(page.getByRole('link', { name: 'Casus aanmelden' }).first());
    await page.locator('#f-tableId option').nth(1).waitFor({ state: 'attached' });
    await counter.select(page.locator('#f-tableId'), TABLE);
    const protocol = page.locator(`[data-testid="table-protocol"][data-table="${TABLE}"]`);
    await protocol.waitFor();
    const rules = await protocol.innerText();
    expect(rules).toContain('Overlegtafel: Casusoverleg Jeugd');
    expect(rules).toContain('Doelstelling');
    expect(rules).toContain('van de geboorte tot 23 jaar');
    expect(rules).toContain('Procesmanager Jeugd, gemeente Eijsden-Margraten');
    expect(rules).toContain('Vervolgvragen bij de screening');
    // The table's own criteria, not the Landelijk Kader's four.
    const criteria = page.locator('fieldset', { has: page.locator('#f-complexCriteria') });
    expect(await criteria.innerText()).toContain('Criteria van deze overlegtafel');
    expect(await page.locator('main').innerText()).not.toContain('Meervoudige problematiek');
    await checkA11y(page, 'register: table protocol and own criteria');

    await counter.fill(page.locator('#f-subjects-0-name'), 'Lotte Tafelproef');
    await counter.fill(page.locator('#f-subjects-0-birthDate'), '10-09-2012');
    await counter.check(page.locator('#f-complexCriteria'));
    await counter.fill(page.locator('#f-registration-content'), 'Zorgen over de ontwikkeling; hulp stagneert op meerdere leefgebieden.');
    await counter.choose(page.getByLabel('Grondslag uit de catalogus van uw organisatie'), 'Gemeentewet');
    const done = page.getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ });
    expect(await counter.submit(page, page.getByRole('button', { name: 'Aanmelden' }), done), await page.locator('main').innerText()).toBe(true);
    caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(caseId).not.toBe('');
    expect(counter.tally('register at Casusoverleg Jeugd E-M (municipality)').interactions).toBeLessThanOrEqual(12);
    expect(problems).toEqual([]);
    await close();
  });

  it('000-R82 000-R03 000-R87 the case page shows the table rules to the table\'s own process director, the procesmanager Jeugd', async () => {
    const { page, problems, close } = await as(E_M_DIRECTOR, 'read the table rules on the case page (E-M director)');
    await page.goto(`/cases/${caseId}`);
    const protocol = page.locator(`[data-testid="table-protocol"][data-table="${TABLE}"]`);
    await protocol.waitFor();
    const rules = await protocol.innerText();
    for (const part of ['Doelstelling', 'Criteria van deze overlegtafel', 'Vervolgvragen bij de screening', 'Randvoorwaarden', 'Leeftijd', 'Voorzitter', 'Regie (verantwoordelijke functionaris)', 'Gegevensset van de overlegtafel', 'Partners aan tafel', 'Apart convenant']) {
      expect(rules, part).toContain(part);
    }
    expect(rules).toContain('Onder regie van de procesmanager Jeugd');
    expect(rules).toMatch(/Politie[^\n]*\(incidenteel, met een reden\)/);
    await checkA11y(page, 'case page: table protocol');

    // 000-R87: whether the consent form is signed is on the case summary, where the decision is taken.
    const consent = page.getByTestId('consent-status');
    await consent.waitFor();
    expect(await consent.innerText()).toContain('Nee, er is geen toestemming vastgelegd');
    const subjects = ((await call(page, 'GET', `/api/cases/${caseId}`)) as { subjects: { id: string }[] }).subjects;
    const dir = ((await call(page, 'GET', '/api/directory')) as { partners: Partner[] }).partners;
    const ids = ['gemeente-eijsden-margraten', 'ggd-zuid-limburg'].map((slug) => dir.find((p) => p.slug === slug)?.id ?? slug);
    await call(page, 'POST', `/api/cases/${caseId}/consents`, { subjectId: subjects[0]?.id, partners: ids, scope: 'Casusoverleg Jeugd', givenAt: new Date().toISOString() }, 201);
    await page.reload();
    await expect.poll(async () => page.getByTestId('consent-status').innerText().catch(() => '')).toContain('Ja, getekend op');
    await checkA11y(page, 'case page: consent status');
    expect(problems).toEqual([]);
    await close();
  });

  it('000-R59 000-R57 the process director screens the case at the table\'s own criteria and follow-up questions on a screen, counted', async () => {
    const step = 'screen the case at the table (E-M director)';
    const { page, problems, close } = await as(E_M_DIRECTOR, step);
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ }).waitFor();
    // Informing is another screen's task: done over the API. Before the screening the case does not go to triage.
    const view = (await call(page, 'GET', `/api/cases/${caseId}`)) as { subjects: { id: string }[] };
    for (const s of view.subjects) await call(page, 'POST', `/api/cases/${caseId}/informing`, { subjectId: s.id, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' }, 201);
    const early = await pageFetch(page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'accept' });
    expect(early.status).toBe(403);
    expect(JSON.stringify(early.json)).toContain('screening_incomplete');
    await counter.click(page.getByRole('link', { name: 'Screening aan de overlegtafel' }).first());
    await page.getByRole('heading', { level: 1, name: 'Screening aan de overlegtafel' }).waitFor();
    const form = page.getByTestId('screening-form');
    await form.waitFor();
    const table = (await call(page, 'GET', `/api/cases/${caseId}/table`)) as { criteria: string[]; followUpQuestions: string[]; preconditions: { kind: string; text: string }[] };
    const text = await form.innerText();
    // The table's own criteria and its five follow-up questions, not the Landelijk Kader's four.
    for (const c of table.criteria) expect(text).toContain(c);
    expect(table.followUpQuestions).toHaveLength(5);
    for (const q of table.followUpQuestions) expect(text).toContain(q);
    expect(text).not.toContain('Meervoudige problematiek');
    // The director confirms only what the records do not show: "Onder regie van de procesmanager Jeugd" is ticked, the consent is checked from the records.
    expect(await form.locator('input[name="preconditionsConfirmed"]').count()).toBe(table.preconditions.filter((p) => p.kind === 'other' || p.kind === 'data_minimisation').length);
    expect(await page.getByTestId('screening-checked').innerText()).toContain('Toestemming vastgelegd in een getekende verklaring');
    await checkA11y(page, 'screening: the table\'s criteria and follow-up questions');

    await counter.check(page.getByLabel(table.criteria[0] ?? '', { exact: true }));
    for (const q of table.followUpQuestions) await counter.fill(page.getByLabel(q, { exact: true }), 'Ja, beoordeeld in het voorbereidend gesprek.');
    await counter.check(page.getByLabel('Onder regie van de procesmanager Jeugd van de gemeente Eijsden-Margraten', { exact: true }));
    // Without the director's own assessment the form refuses before sending, at that field.
    await counter.click(page.getByRole('button', { name: 'Screening vastleggen' }));
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Uw beoordeling als procesregisseur');
    counter.tally(step).refused++;
    await checkA11y(page, 'screening: assessment missing');
    await counter.fill(page.getByLabel('Uw beoordeling als procesregisseur'), 'Voldoet aan de criteria van het Casusoverleg Jeugd; stagnatie in onderwijs en zorg.');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Screening vastleggen' }), page.getByText('De screening is vastgelegd.')), await page.locator('main').innerText()).toBe(true);

    // Stored as answered: the table view gives it back to the director, and the screen shows it again.
    const stored = ((await call(page, 'GET', `/api/cases/${caseId}/table`)) as { screening: { criteriaMet: number[]; answers: string[]; preconditionsConfirmed: number[]; assessment: string } | null }).screening;
    expect(stored?.criteriaMet).toEqual([0]);
    expect(stored?.answers).toEqual(table.followUpQuestions.map(() => 'Ja, beoordeeld in het voorbereidend gesprek.'));
    expect(stored?.preconditionsConfirmed).toEqual([table.preconditions.findIndex((p) => p.text.startsWith('Onder regie van de procesmanager Jeugd'))]);
    expect(stored?.assessment).toContain('stagnatie in onderwijs en zorg');
    await page.reload();
    await page.getByTestId('screening-form').waitFor();
    expect(await page.getByLabel('Uw beoordeling als procesregisseur').inputValue()).toContain('stagnatie in onderwijs en zorg');
    const tally = counter.tally(step);
    expect(tally.refused).toBe(1);
    // Sign-in 3, the link 1, one criterion, five answers, one precondition, the refused click, the assessment, sending.
    expect(tally.submissions).toBe(1);
    expect(tally.interactions).toBeLessThanOrEqual(14);
    expect(problems).toEqual([]);
    await close();
  });

  it('000-R61 triage offers only the table\'s partners, marks the incidental ones and asks the reason for them', async () => {
    const { page, problems, close } = await as(E_M_DIRECTOR, 'ask triage at the table (E-M director)');
    // Acceptance is another screen's task: done over the API here.
    // The screening was recorded on its own screen (the test before).
    await call(page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'accept' });
    const partners = ((await call(page, 'GET', '/api/directory')) as { partners: Partner[] }).partners;
    const name = (slug: string): string => partners.find((p) => p.slug === slug)?.name ?? slug;

    await page.goto(`/cases/${caseId}`);
    await counter.click(page.getByRole('link', { name: 'Triagevraag stellen' }).first());
    await page.getByRole('heading', { level: 1, name: 'Triagevraag stellen' }).waitFor();
    const box = page.locator('input[name="partners"]');
    await box.first().waitFor({ state: 'attached' });
    const offered = await page.locator('fieldset', { has: box.first() }).innerText();
    expect(offered).toContain(name('ggd-zuid-limburg'));
    expect(offered).toContain(`${name('politie-limburg')} (incidenteel: reden nodig)`);
    expect(offered).not.toContain(name('servatius'));
    expect(offered).not.toContain(name('om-limburg'));
    // Exactly the table's partners that are active covenant members, without the registrant.
    const atTable = new Set(((await call(page, 'GET', `/api/cases/${caseId}/table`)) as { partners: { partnerId: string }[] }).partners.map((p) => p.partnerId));
    const expected = partners.filter((p) => atTable.has(p.id) && p.member && p.active && p.slug !== 'gemeente-eijsden-margraten');
    expect(await box.evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value).sort())).toEqual(expected.map((p) => p.id).sort());
    await checkA11y(page, 'triage: the table partners');

    await counter.check(page.getByLabel(name('ggd-zuid-limburg'), { exact: true }));
    await counter.check(page.getByLabel(`${name('politie-limburg')} (incidenteel: reden nodig)`));
    const reason = page.getByLabel('Reden om een incidentele partner te betrekken');
    await reason.waitFor();
    await counter.fill(page.getByLabel('Taak', { exact: true }), 'Triage jeugd');
    await counter.fill(page.getByLabel('Doel', { exact: true }), 'Voorbereiden casusoverleg');
    await counter.fill(page.getByLabel('Waarom is dit nodig', { exact: true }), 'Zicht op lopende hulp en meldingen');
    await counter.fill(page.getByLabel('Vraag', { exact: true }), 'Is de jongere bij u bekend?');
    // Without the reason the form refuses before sending, at the reason field.
    await counter.click(page.getByRole('button', { name: 'Vraag stellen' }));
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Reden om een incidentele partner te betrekken');
    counter.tally('ask triage at the table (E-M director)').refused++;
    await checkA11y(page, 'triage: reason missing');
    await counter.fill(reason, 'Meldingen van overlast door de jongere in de wijk.');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Vraag stellen' }), page.getByText('De vraag is gesteld aan 2 partners.')), await page.locator('main').innerText()).toBe(true);
    const tally = counter.tally('ask triage at the table (E-M director)');
    expect(tally.refused).toBe(1);
    expect(tally.interactions).toBeLessThanOrEqual(14);
    expect(problems).toEqual([]);
    await close();
  });
  it('000-R84 the asked GGD weighs sharing without consent on the weighing screen and names the checklist exception it relies on', async () => {
    const step = 'weighing with an exception (GGD)';
    const { page, problems, close } = await as('ggd-zuid-limburg@maastricht', step);
    // The GGD takes up the question the director asked it (the test before), then weighs on the weighing screen the answer form leads to.
    await counter.click(page.getByRole('button', { name: 'Triagevraag oppakken: Triage jeugd' }));
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    await page.goto(`/cases/${caseId}/weighing`);
    await page.getByRole('heading', { level: 1, name: 'Afweging delen zonder toestemming' }).waitFor();
    const ground = page.getByLabel('Uitzondering waarop u zich beroept');
    await ground.waitFor().catch(async (e: unknown) => {
      throw new Error(`no exception field: ${await page.locator('main').innerText()}`, { cause: e });
    });
    // The table's three exceptions in its own words, and nothing chosen for the user.
    const offered = await ground.locator('option').allInnerTexts();
    expect(offered).toEqual(['Kies een uitzondering', 'a. Ter voorkoming van strafbare feiten', 'b. In het belang van bescherming en veiligheid van jeugdige(n) en/of de omgeving', 'c. In het belang van rechten en vrijheden van anderen']);
    await counter.fill(page.getByLabel(/^Proportionaliteit/), 'Alleen wat nodig is om de jongere te beschermen.');
    await counter.fill(page.getByLabel(/^Subsidiariteit/), 'Toestemming vragen lukte niet; de ouders weigeren contact.');
    await counter.fill(page.getByLabel(/^Doelmatigheid/), 'Zonder deze informatie kan het overleg geen plan maken.');
    await counter.fill(page.getByLabel('Toelichting over het achteraf informeren'), 'Na het overleg in een gesprek met de ouders.');
    // Without an exception the form refuses before sending, at the exception field.
    await counter.click(page.getByRole('button', { name: 'Afweging vastleggen' }));
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Uitzondering waarop u zich beroept');
    counter.tally(step).refused++;
    await counter.select(ground, 'bescherming-jeugdigen');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Afweging vastleggen' }), page.getByText('De afweging is vastgelegd en afgerond.')), await page.locator('main').innerText()).toBe(true);
    await checkA11y(page, 'weighing with an exception');
    expect(counter.tally(step).refused).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });
});
