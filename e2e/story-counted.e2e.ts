/**
 * The whole canonical Noord-Limburg story through the browser only, counted (issue 15, measured):
 * registration by the municipality, screening (informing, presence lookup, accepting), triage
 * questions to the police and the housing corporation and their answers, the RTO prepared,
 * participants invited and scheduled, the record with the plan of approach, the case director
 * appointed and the plan adopted, the case director's monitoring and the de-escalation.
 *
 * Every sign-in, click, field and choice is an interaction (count.ts); nothing is done through the
 * API. The user reacts to what the screen says (a weighing the form asks for is recorded on the
 * way). The target is ≤ 60 interactions with 0 refused submissions; the test asserts the refusals
 * and prints the counts (a benchmark, not a timed test).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launch, newPage, pageFetch, PASSWORD } from './support/browser.js';
import { Counter } from './support/count.js';
import { directorOf } from './support/story.js';
import { fillAcceptance } from './support/acceptance.js';

let browser: Browser;
const counter = new Counter();
let caseId = '';
let caseNumber = '';
let director = '';
const CASE_DIRECTOR = 'gemeente-venlo@noord-limburg';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  const total = counter.total();
  console.log(
    `Canonical story through the UI, per step:\n${counter.report()}\nTOTAL: ${total.interactions} interactions (target ≤ 60), ${total.submissions} submissions, ${total.refused} refused, ${total.logins ?? 0} sign-ins`,
  );
  await browser.close();
});

async function as(username: string, step: string): Promise<{ page: Page; close: () => Promise<void>; problems: string[] }> {
  counter.step(step);
  const { page, context, problems } = await newPage(browser);
  await counter.login(page, username, PASSWORD);
  return { page, problems, close: () => context.close() };
}

/** From "Mijn werk" to the case, by its link (one click). */
async function openCase(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
  await counter.click(page.getByRole('link', { name: `Casus ${caseNumber} openen` }));
  await page.getByRole('heading', { level: 1, name: `Casus ${caseNumber}` }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** A named step of the process: on the case page when offered there, otherwise behind "Processtappen". */
async function runStep(page: Page, event: string): Promise<void> {
  // The step's own section: the one its heading opens (step lists may sit inside other sections).
  const section = page.locator(`#step-${event}`).locator('xpath=ancestor::section[1]');
  const onPage = section.getByRole('button');
  if ((await onPage.count()) === 0) {
    await counter.click(page.getByRole('link', { name: 'Processtappen' }));
    await page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
  }
  const button = section.getByRole('button').first();
  const yes = page.getByRole('button', { name: /^Ja, / });
  await counter.click(button);
  if ((await yes.count()) > 0) {
    expect(await counter.submit(page, yes.first(), page.getByText(/^Uitgevoerd: /))).toBe(true);
    return;
  }
  await page.getByText(/^Uitgevoerd: /).or(page.locator('.ct-error-summary, [role="alert"]')).first().waitFor();
}

/** Item 7: no rule numbers, snake_case codes, "(null)", seed names or table ids in what the user reads. */
async function noInternalCodes(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('main').innerText();
  const codes = text.match(/\bP\d{1,2}\b|\bseed \d{3}\b|\b[a-z]+_[a-z_]+\b|\(null\)|rto-complexe-casuistiek/g) ?? [];
  expect(codes, `internal codes on ${screen}`).toEqual([]);
}

async function submitted(page: Page, button: Locator, success: Locator): Promise<void> {
  const ok = await counter.submit(page, button, success);
  if (!ok) throw new Error(`refused: ${await page.locator('main').innerText()}`);
}

/**
 * The P7 weighing the answer form asks for, inside the form: its four questions (objections are
 * not set aside, so their motivation is not asked); it is recorded with the answer.
 */
async function weighingInForm(page: Page): Promise<void> {
  const needs = page.locator('[data-needs="weighing"]');
  if ((await needs.count()) === 0) return;
  await counter.fill(needs.getByLabel(/Proportionaliteit/), 'Alleen wat nodig is voor de veiligheid van de buren.');
  await counter.fill(needs.getByLabel(/Subsidiariteit/), 'Toestemming vragen lukte niet: de betrokkene weigert contact.');
  await counter.fill(needs.getByLabel(/Doelmatigheid/), 'Zonder deze informatie kan het overleg geen plan maken.');
  await counter.fill(needs.getByLabel('Toelichting over het achteraf informeren'), 'Na het overleg per brief.');
}

describe('the canonical story through the browser, counted (issue 15 measured)', () => {
  it('S1-S2: the municipality signs in and registers the case', async () => {
    const { page, close, problems } = await as('gemeente-venlo@noord-limburg', 'S1-2 sign in and register (municipality)');
    await counter.click(page.getByRole('link', { name: 'Casus aanmelden' }).first());
    await page.locator('#f-subjects-0-name').waitFor();
    await page.waitForLoadState('networkidle');
    await counter.fill(page.locator('#f-subjects-0-name'), 'Sanne Bakker');
    await counter.fill(page.locator('#f-subjects-0-birthDate'), '31-03-1980');
    await counter.fill(page.locator('#f-subjects-0-bsn'), '111222333');
    await counter.check(page.locator('#f-complexCriteria'));
    await counter.check(page.locator('#f-lifeDomains'));
    await counter.fill(page.locator('#f-registration-content'), 'Gemeente: zorgen over vervuiling van de woning en overlast voor de buren.');
    await counter.choose(page.getByLabel('Grondslag uit de catalogus van uw organisatie'), 'Wmo 2015');
    const done = page.getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ });
    await submitted(page, page.getByRole('button', { name: 'Aanmelden' }), done);
    caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    caseNumber = /Casus (\d{4}-\d{4})/.exec((await done.innerText()) ?? '')?.[1] ?? '';
    expect(caseNumber).not.toBe('');
    expect(problems).toEqual([]);
    await close();
    director = await directorOf(browser, caseId, 'noord-limburg');
  });

  it('S3-S7: the process director informs the subject, looks up presence, accepts and asks police and Woonwenz', async () => {
    const { page, close, problems } = await as(director, 'S3-7 screening and triage questions (process director)');
    await openCase(page);
    await noInternalCodes(page, 'case page in screening');
    await counter.click(page.getByRole('link', { name: 'Informeren van de betrokkene' }).first());
    await submitted(page, page.getByRole('button', { name: 'Informeren vastleggen' }), page.getByText('Het informeren is vastgelegd.'));
    // The next step of the screening follows where the informing was recorded: the presence lookup's form, no other screen.
    await page.getByRole('heading', { level: 2, name: 'Aanwezigheidsvraag' }).waitFor();
    const bsn = page.getByLabel('BSN', { exact: false }).first();
    await bsn.waitFor();
    // The BSN the case holds is filled in: not retyped.
    expect(await bsn.inputValue()).toBe('111222333');
    await submitted(page, page.getByRole('button', { name: 'Vraag stellen' }).first(), page.getByTestId('presence-answer'));
    // Accepting is offered with the answer; done, the case page shows the new phase and its actions.
    await page.locator('#step-accept').waitFor();
    await fillAcceptance(page, counter);
    await runStep(page, 'accept');
    await page.getByRole('heading', { level: 1, name: `Casus ${caseNumber}` }).waitFor();
    await page.getByText(/^Uitgevoerd: /).waitFor();
    await counter.click(page.getByRole('link', { name: 'Triagevraag stellen' }));
    await page.getByRole('heading', { level: 1, name: 'Triagevraag stellen' }).waitFor();
    await page.locator('input[name="partners"]').first().waitFor();
    await counter.fill(page.getByLabel('Taak'), 'Zicht op veiligheid rond de woning');
    await counter.fill(page.getByLabel('Doel', { exact: true }), 'Voorbereiden Ronde Tafel Overleg');
    await counter.fill(page.getByLabel('Waarom is dit nodig'), 'Om te bepalen wie kan bijdragen aan een plan.');
    await counter.fill(page.getByLabel('Vraag', { exact: true }), 'Is deze persoon bij u bekend en wat kunt u bijdragen?');
    await counter.check(page.getByLabel('Politie Eenheid Limburg'));
    await counter.check(page.getByLabel('Woonwenz'));
    await submitted(page, page.getByRole('button', { name: 'Vraag stellen' }), page.getByText('De vraag is gesteld aan 2 partners.'));
    expect(problems).toEqual([]);
    await close();
  });

  it('S8: the police take up the question and answer it, released to the invitees under the Wpg art. 20 decision', async () => {
    const { page, close, problems } = await as('politie-limburg@noord-limburg', 'S8 police answer');
    await counter.click(page.getByRole('button', { name: 'Triagevraag oppakken: Zicht op veiligheid rond de woning' }));
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    await counter.fill(page.locator('#f-content'), 'Politie: zes meldingen van overlast en een aangifte van bedreiging.');
    await counter.check(page.locator('#f-police'));
    await counter.select(page.locator('#f-category'), 'thinking_behaviour_skills');
    await counter.check(page.getByLabel('Vrijgeven aan alle genodigden'));
    await weighingInForm(page);
    await noInternalCodes(page, 'police answer form');
    const catalogue = page.getByLabel('Grondslag uit de catalogus van uw organisatie');
    const wanted = await catalogue.locator('option', { hasText: /Wpg|politiegegevens/ }).first().getAttribute('value');
    if ((await catalogue.inputValue()) !== wanted) await counter.select(catalogue, wanted ?? '');
    await submitted(page, page.getByRole('button', { name: 'Antwoord versturen' }), page.getByText('Uw antwoord is vastgelegd.'));
    expect(problems).toEqual([]);
    await close();
  });

  it('S9: Woonwenz takes up its question and answers it', async () => {
    const { page, close, problems } = await as('woonwenz@noord-limburg', 'S9 housing corporation answer');
    await counter.click(page.getByRole('button', { name: 'Triagevraag oppakken: Zicht op veiligheid rond de woning' }));
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    await counter.fill(page.getByLabel('Uw antwoord'), 'Woonwenz: huurachterstand van drie maanden en klachten van buren.');
    await counter.select(page.getByLabel('Soort gegevens'), 'housing');
    await counter.check(page.getByLabel('Vrijgeven aan alle genodigden'));
    await weighingInForm(page);
    await counter.choose(page.getByLabel('Grondslag uit de catalogus van uw organisatie'), 'Gerechtvaardigd belang');
    const motivation = page.getByLabel(/Motivering/);
    if ((await motivation.count()) > 0 && (await motivation.first().inputValue()) === '') await counter.fill(motivation.first(), 'Leefbaarheid en huurbeheer');
    await submitted(page, page.getByRole('button', { name: 'Antwoord versturen' }), page.getByText('Uw antwoord is vastgelegd.'));
    expect(problems).toEqual([]);
    await close();
  });

  it('S10-S13: the process director prepares the RTO, invites four people, schedules it, records the plan, appoints the case director and adopts the plan', async () => {
    const { page, close, problems } = await as(director, 'S10-13 RTO, plan and case director (process director)');
    await openCase(page);
    await counter.click(page.getByRole('link', { name: 'Ronde Tafel Overleg voorbereiden' }));
    await page.getByRole('heading', { level: 1, name: 'Ronde Tafel Overleg voorbereiden' }).waitFor();
    await counter.fill(page.locator('#f-scheduledAt'), '2026-12-15');
    await counter.fill(page.getByLabel('Doel van het overleg'), 'Samen een plan maken voor wonen en veiligheid');
    // The themes come from what the contributions are about and the first RTO's decision is filled in; the director keeps them.
    expect(await page.getByLabel("Thema's").inputValue()).toContain('Wonen');
    expect(await page.getByLabel('Te nemen besluiten').inputValue()).toBe('Wie wordt casusregisseur');
    await counter.fill(page.getByLabel('Zorgvuldigheidsafspraken'), 'Gegevens blijven in het systeem.');
    await submitted(page, page.getByRole('button', { name: 'Overleg voorbereiden' }), page.getByRole('heading', { level: 1, name: 'Ronde Tafel Overleg', exact: true }));

    // One form for all four: the partners that contributed (the municipality, the police, Woonwenz) are ticked as informant.
    const table = page.getByRole('table', { name: 'Partners uitnodigen' });
    await table.waitFor();
    for (const partner of ['Politie Eenheid Limburg', 'Woonwenz', 'Gemeente Venlo']) expect(await table.getByRole('checkbox', { name: partner, exact: true }).isChecked()).toBe(true);
    expect(await table.getByRole('checkbox', { name: 'Vincent van Gogh voor geestelijke gezondheid', exact: true }).isChecked()).toBe(false);
    await counter.select(page.getByLabel('Rol van Gemeente Venlo'), 'intended_executor');
    await counter.check(table.getByRole('checkbox', { name: 'Vincent van Gogh voor geestelijke gezondheid', exact: true }));
    await counter.select(page.getByLabel('Rol van Vincent van Gogh voor geestelijke gezondheid'), 'expert');
    await submitted(page, page.getByRole('button', { name: 'Nodig 4 partners uit' }), page.getByText('4 deelnemers zijn uitgenodigd.'));
    await checkA11y(page, 'story: meeting with participants');
    await noInternalCodes(page, 'meeting with participants');
    const meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    // The next step is offered where the work for it was done.
    await page.locator('#step-schedule_rto').waitFor();
    await runStep(page, 'schedule_rto');
    await page.getByText(/^Uitgevoerd: /).waitFor();

    await page.getByRole('heading', { level: 2, name: 'Verslag en plan van aanpak' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The record date is the planned date; the actions of a goal take its life domain.
    expect(await page.locator('#f-date').inputValue()).toBe('2026-12-15');
    await counter.fill(page.getByLabel('Aanleiding en bespreking'), 'Zorgen over wonen en overlast; partners bespreken wat nodig is.');
    await counter.check(page.getByRole('group', { name: 'Aanwezig' }).getByRole('checkbox').first());
    expect(await page.locator('#f-plan-goals-0-domain').inputValue()).toBe('housing');
    await counter.fill(page.locator('#f-plan-goals-0-goal'), 'Huisuitzetting voorkomen');
    // An empty next goal and an empty next action row follow the filled ones: no "add" buttons to press.
    expect(await page.getByRole('region', { name: 'Verslag en plan van aanpak' }).getByRole('button', { name: /toevoegen/ }).count()).toBe(0);
    await counter.select(page.locator('#f-plan-goals-1-domain'), 'police_justice');
    await counter.fill(page.locator('#f-plan-goals-1-goal'), 'Overlast voor de buren stopt');
    const actions: [number, number, string, string, string][] = [
      [0, 0, 'Betalingsregeling treffen met de verhuurder', 'Woonwenz', '2027-01-15'],
      [0, 1, 'Huisbezoek en hulp bij opruimen', 'Gemeente Venlo', '2027-01-08'],
      [1, 0, 'Gesprek over overlast met de wijkagent', 'Politie Eenheid Limburg', '2027-01-22'],
    ];
    for (const [goal, i, description, owner, due] of actions) {
      await page.locator(`#f-plan-goals-${goal}-actions-${i}-description`).waitFor();
      // No owner is pre-selected: each row names its own.
      expect(await page.locator(`#f-plan-goals-${goal}-actions-${i}-ownerPartnerId`).inputValue()).toBe('');
      await counter.fill(page.locator(`#f-plan-goals-${goal}-actions-${i}-description`), description);
      await counter.choose(page.locator(`#f-plan-goals-${goal}-actions-${i}-ownerPartnerId`), owner);
      await counter.fill(page.locator(`#f-plan-goals-${goal}-actions-${i}-dueAt`), due);
    }
    await submitted(page, page.getByRole('button', { name: 'Verslag opslaan' }), page.getByText('Het verslag en het plan van aanpak zijn opgeslagen.'));

    // Offered first as case director: the professional invited as intended executor (Gemeente Venlo).
    expect(await page.locator('#f-director-userId option:checked').innerText()).toContain('(Gemeente Venlo)');
    await submitted(page, page.getByRole('button', { name: 'Aanwijzen' }), page.getByText('De casusregisseur is aangewezen.'));
    await page.locator('#step-adopt_plan').waitFor();
    await runStep(page, 'adopt_plan');
    await page.getByText(/^Uitgevoerd: /).waitFor();
    const listed = await pageFetch(page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}/action-list`);
    expect(listed.status, `${page.url()} ${JSON.stringify(listed.json)}`).toBe(200);
    const plan = listed.json as { actions: { lifeDomain: string | null; description: string }[] };
    expect(plan.actions.map((a) => [a.description, a.lifeDomain]).sort()).toEqual([
      ['Betalingsregeling treffen met de verhuurder', 'housing'],
      ['Gesprek over overlast met de wijkagent', 'police_justice'],
      ['Huisbezoek en hulp bij opruimen', 'housing'],
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  it('S14: the case director marks the actions done; "Gedaan" can be undone', async () => {
    const { page, close, problems } = await as(CASE_DIRECTOR, 'S14 monitoring (case director)');
    await openCase(page);
    // Item 4: the case page says who directs it, shows the plan with its actions, deadlines and what happened.
    await page.getByText('U bent casusregisseur van deze casus').waitFor();
    await page.getByRole('table', { name: 'Acties uit het plan van aanpak: 3 van 3 nog open' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Termijnen' }).waitFor();
    const timeline = await page.locator('.ct-timeline').innerText();
    expect(timeline).toContain('Aangemeld door Gemeente Venlo');
    expect(timeline).toContain('Ronde Tafel Overleg');
    await checkA11y(page, 'case overview (case director)');
    await noInternalCodes(page, 'case overview (case director)');
    // The actions are marked done in the plan on the case page, where they are shown: no detour via the action list.
    for (const description of ['Betalingsregeling treffen met de verhuurder', 'Huisbezoek en hulp bij opruimen', 'Gesprek over overlast met de wijkagent']) {
      await counter.click(page.getByRole('button', { name: `Markeer als gedaan: ${description}` }));
      const yes = page.getByRole('button', { name: /^Ja, / });
      if ((await yes.count()) > 0) await counter.click(yes.first());
      await page.getByText('De actie is gedaan.').first().waitFor();
      await expect.poll(async () => page.getByRole('button', { name: `Markeer als gedaan: ${description}` }).count()).toBe(0);
    }
    // Item 1: "Gedaan" says what happened and can be undone (WCAG 3.3.4); outside the story's count.
    const last = 'Gesprek over overlast met de wijkagent';
    await page.getByText(`Maak het ongedaan, dan staat „${last}” weer open.`).waitFor();
    await checkA11y(page, 'action done, with undo');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(`De actie staat weer open: ${last}.`).waitFor();
    await page.getByRole('button', { name: `Markeer als gedaan: ${last}` }).click();
    await page.getByText(`Maak het ongedaan, dan staat „${last}” weer open.`).waitFor();
    await page.getByRole('table', { name: 'Acties uit het plan van aanpak: 0 van 3 nog open' }).waitFor();
    // The action list shows the same (outside the count).
    await page.getByRole('link', { name: /^Actielijst van het overleg van / }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
    await expect.poll(async () => page.getByRole('button', { name: /^Markeer als gedaan: / }).count()).toBe(0);
    await noInternalCodes(page, 'action list');
    expect(problems).toEqual([]);
    await close();
  });

  it('S15: the process director de-escalates, confirming first', async () => {
    const { page, close, problems } = await as(director, 'S15 de-escalation (process director)');
    await openCase(page);
    // De-escalation is offered on the case page as the planned end of monitoring, confirmed first;
    // the case page shows the new phase after it (no click back).
    await page.locator('#step-deescalate').waitFor();
    await runStep(page, 'deescalate');
    await page.getByRole('heading', { level: 1, name: `Casus ${caseNumber}` }).waitFor();
    await page.getByText('Fase 4, stap 1: 0-6 maanden na besluit tot afschaling, dossier blijft actief', { exact: true }).first().waitFor();
    await noInternalCodes(page, 'case page after de-escalation');
    expect(problems).toEqual([]);
    await close();
    const total = counter.total();
    // Every submission the forms let through was accepted: nothing for the user to redo.
    expect(total.refused).toBe(0);
    expect(total.logins).toBe(7);
  });
});
