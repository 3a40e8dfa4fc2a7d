/**
 * The canonical Noord-Limburg story's form-heavy steps as a professional does them, counted:
 * every click, field and choice is an interaction, every refused submission is rework. The user
 * types what a Dutch professional would (a date as dd-mm-jjjj, the law the form suggests) and
 * reacts to what the screen says, so a form that prevents a refusal shows in the counts.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, login, newPage, pageFetch } from './support/browser.js';
import { Counter } from './support/count.js';
import { directorOf } from './support/story.js';
import { base32Decode, totpAt } from '../src/services/auth/totp.js';
import { fillAcceptance } from './support/acceptance.js';

let browser: Browser;
const counter = new Counter();
let caseId = '';
let director = '';
const TASK = 'Zicht op veiligheid rond de woning';
const POLICE_DECISION = 'Art. 20 Wpg-besluit bij het Privacy Protocol Zorg- en Veiligheidshuis Noord-Limburg';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  console.log(`Interactions per step of the canonical story:\n${counter.report()}`);
  await browser.close();
});

const invalid = async (page: Page, id: string): Promise<boolean> => (await page.locator(`#${id}[aria-invalid="true"]`).count()) > 0;

/** The municipality's registration, as a professional fills it in. */
async function fillRegistration(page: Page): Promise<void> {
  await page.locator('#f-subjects-0-name').waitFor();
  await page.waitForLoadState('networkidle');
  await counter.fill(page.locator('#f-subjects-0-name'), 'Sanne Bakkerveld');
  await counter.fill(page.locator('#f-subjects-0-birthDate'), '31-03-1980');
  await counter.fill(page.locator('#f-subjects-0-bsn'), '111222333');
  await counter.check(page.locator('#f-complexCriteria'));
  await counter.check(page.locator('#f-lifeDomains'));
  await counter.fill(page.locator('#f-registration-content'), 'Gemeente: zorgen over vervuiling van de woning en overlast voor de buren.');
  // A form that offers the organisation's own catalogue is used; otherwise the user types the law its hint suggests.
  const catalogue = page.getByLabel('Grondslag uit de catalogus van uw organisatie');
  if ((await catalogue.count()) > 0) {
    const value = await catalogue.locator('option', { hasText: 'Wmo 2015' }).first().getAttribute('value');
    await counter.select(catalogue, value ?? '');
  } else {
    await counter.fill(page.locator('#f-registration-basis-law'), 'Wmo 2015 art. 2.3.2');
  }
}

/** The police answer to the triage question, filling only what is still empty (a kept draft is not retyped). */
async function fillPoliceAnswer(page: Page): Promise<void> {
  const content = page.locator('#f-content');
  await content.waitFor();
  if ((await content.inputValue()) === '') await counter.fill(content, 'Politie: zes meldingen van overlast en een aangifte van bedreiging.');
  if (!(await page.locator('#f-police').isChecked())) await counter.check(page.locator('#f-police'));
  // The kind of data from the table's vocabulary (seed 000 art. 5.1): behaviour, not special by kind.
  const category = page.locator('#f-category');
  if ((await category.inputValue()) === '') await counter.select(category, 'thinking_behaviour_skills');
  const all = page.getByLabel('Vrijgeven aan alle genodigden');
  if (!(await all.isChecked())) await counter.check(all);
}

async function chooseWpg20(page: Page): Promise<void> {
  const catalogue = page.getByLabel('Grondslag uit de catalogus van uw organisatie');
  const wanted = await catalogue.locator('option', { hasText: /Wpg|politiegegevens/ }).first().getAttribute('value');
  if ((await catalogue.inputValue()) !== wanted) await counter.select(catalogue, wanted ?? '');
}

/** The P7 weighing as its questions ask (objections are not set aside, so no motivation for that), in `scope`. */
async function fillWeighing(scope: Page | Locator): Promise<void> {
  await counter.fill(scope.getByLabel(/Proportionaliteit/), 'Alleen wat nodig is voor de veiligheid van de buren.');
  await counter.fill(scope.getByLabel(/Subsidiariteit/), 'Toestemming vragen lukte niet: de betrokkene weigert contact.');
  await counter.fill(scope.getByLabel(/Doelmatigheid/), 'Zonder deze informatie kan het overleg geen plan maken.');
  await counter.fill(scope.getByLabel('Toelichting over het achteraf informeren'), 'Na het overleg per brief.');
}

/** The P7 weighing on its own screen. */
async function recordWeighing(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Afweging delen zonder toestemming' }).waitFor();
  await fillWeighing(page);
  await counter.submit(page, page.getByRole('button', { name: 'Afweging vastleggen' }), page.getByText('De afweging is vastgelegd en afgerond.'));
}

describe('canonical story, counted (Noord-Limburg)', () => {
  it('002-A registration: the municipality registers a case as a professional would type it', async () => {
    const { page, close, problems } = await as(browser, 'gemeente-venlo@noord-limburg');
    counter.step('S2 registration');
    await counter.click(page.getByRole('link', { name: 'Casus aanmelden' }).first());
    await page.getByRole('heading', { level: 1, name: 'Casus aanmelden' }).waitFor();
    await fillRegistration(page);
    const done = page.getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ });
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await counter.submit(page, page.getByRole('button', { name: 'Aanmelden' }), done)) break;
      await checkA11y(page, 'registration refused');
      // The user corrects what the form marks: the date as its hint shows, the law as the catalogue has it.
      if (await invalid(page, 'f-subjects-0-birthDate')) await counter.fill(page.locator('#f-subjects-0-birthDate'), '1980-03-31');
      if ((await page.locator('[data-rule="P5"]').count()) > 0) await counter.fill(page.locator('#f-registration-basis-law'), 'Wmo 2015 art. 2.1.1 en 2.3.1-2.3.5');
    }
    await done.waitFor();
    // The form took the Dutch date and offered only the catalogue: one submission, nothing refused.
    expect(counter.tally('S2 registration')).toMatchObject({ submissions: 1, refused: 0 });
    caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(caseId).not.toBe('');
    expect(problems).toEqual([]);
    await close();
    director = await directorOf(browser, caseId, 'noord-limburg');
  });

  it('the process director informs the subject and accepts; then asks the police (set up through the API)', async () => {
    const { page, close } = await as(browser, director);
    const view = (await pageFetch(page, 'GET', `/api/cases/${caseId}`)).json as { subjects: { id: string }[]; registrantPartnerId: string; version: number };
    const informed = await pageFetch(page, 'POST', `/api/cases/${caseId}/informing`, { subjectId: view.subjects[0]?.id, informedAt: new Date().toISOString(), method: 'phone' });
    expect(informed.status, JSON.stringify(informed.json)).toBe(201);

    counter.step('S6 accept');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    // The accept step, in the collaboration's own words, on the case page or behind "Processtappen".
    await page.waitForLoadState('networkidle');
    const acceptStep = page.locator('section', { has: page.locator('#step-accept') }).getByRole('button');
    if ((await acceptStep.count()) === 0) {
      await counter.click(page.getByRole('link', { name: 'Processtappen' }));
      await page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
    }
    await fillAcceptance(page, counter);
    await counter.submit(page, acceptStep.first(), page.getByText(/^Uitgevoerd: /));

    const dir = (await pageFetch(page, 'GET', '/api/directory')).json as { partners: { id: string; slug: string }[] };
    const police = dir.partners.find((p) => p.slug === 'politie-limburg')?.id;
    const asked = await pageFetch(page, 'POST', `/api/cases/${caseId}/triage-questions`, {
      partners: [police],
      onBehalfOf: view.registrantPartnerId,
      task: TASK,
      purpose: 'Voorbereiden Ronde Tafel Overleg',
      whyNeeded: 'Om te bepalen wie kan bijdragen aan een plan.',
      question: 'Is deze persoon bij u bekend en wat kunt u bijdragen?',
    });
    expect(asked.status, JSON.stringify(asked.json)).toBe(201);
    await close();
  });

  it('002-B police answer: released to the invitees under the Wpg art. 20 decision, which needs a weighing (P7)', async () => {
    const { page, close, problems } = await as(browser, 'politie-limburg@noord-limburg');
    counter.step('S8 police answer');
    const takeUp = async (): Promise<void> => {
      await counter.click(page.getByRole('button', { name: `Triagevraag oppakken: ${TASK}` }));
      await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    };
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await takeUp();
    await fillPoliceAnswer(page);
    // A form that says a weighing is needed before sending asks its questions itself; it is recorded with the answer.
    const needs = page.locator('[data-needs="weighing"]');
    if ((await needs.count()) > 0) {
      await checkA11y(page, 'triage answer with the weighing questions');
      await fillWeighing(needs);
    }
    await chooseWpg20(page);
    const done = page.getByText('Uw antwoord is vastgelegd.');
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await counter.submit(page, page.getByRole('button', { name: 'Antwoord versturen' }), done)) break;
      if ((await page.locator('[data-rule="P7"]').count()) > 0) {
        // The detour the refusal asks for: the weighing lives on the case, then back through My work.
        await counter.click(page.getByRole('link', { name: /^Terug naar casus/ }));
        await counter.click(page.getByRole('link', { name: 'Afweging delen zonder toestemming' }));
        await recordWeighing(page);
        await counter.click(page.getByRole('link', { name: 'Mijn werk' }));
        await takeUp();
        await fillPoliceAnswer(page);
        await chooseWpg20(page);
      }
      if (await invalid(page, 'f-basis-decision')) await counter.fill(page.locator('#f-basis-decision'), POLICE_DECISION);
    }
    await done.waitFor();
    // The form asked the weighing's questions before sending and recorded them with the answer.
    expect(counter.tally('S8 police answer')).toMatchObject({ refused: 0 });
    expect(problems).toEqual([]);
    await close();
  });

  it('item 1: "Niet accepteren" says what happens and asks first; "Nee, terug" keeps the case, "Ja" removes the names', async () => {
    const reg = await as(browser, 'gemeente-venlo@noord-limburg');
    const first = (await pageFetch(reg.page, 'GET', `/api/cases/${caseId}`)).json as { tableId: string };
    const created = await pageFetch(reg.page, 'POST', '/api/cases', {
      tableId: first.tableId,
      subjects: [{ name: 'Joop Verhoeven' }],
      registration: { content: 'Gemeente: een melding die niet bij de tafel hoort.', basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.1.1 en 2.3.1-2.3.5' } },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const otherId = (created.json as { id: string }).id;
    await reg.close();
    const { page, close, problems } = await as(browser, await directorOf(browser, otherId, 'noord-limburg'));
    await page.goto(`/cases/${otherId}/steps`);
    const step = page.locator('section', { has: page.locator('#step-reject') }).getByRole('button');
    await step.click();
    await page.getByRole('group', { name: /: weet u het zeker\?$/ }).waitFor();
    await page.getByText('Alle identificerende gegevens van de betrokkenen worden direct verwijderd').waitFor();
    await checkA11y(page, 'confirmation of an irreversible step');
    await page.getByRole('button', { name: 'Nee, terug' }).click();
    expect(JSON.stringify((await pageFetch(page, 'GET', `/api/cases/${otherId}`)).json)).toContain('Joop Verhoeven');
    await step.click();
    await page.getByRole('button', { name: /^Ja, / }).click();
    await page.getByText(/^Uitgevoerd: /).waitFor();
    expect(JSON.stringify((await pageFetch(page, 'GET', `/api/cases/${otherId}`)).json)).not.toContain('Joop Verhoeven');
    expect(problems).toEqual([]);
    await close();
  });

  it('item 5/7/8: My work searches by case number or name, filters by phase, names the table, and each screen has its own title', async () => {
    const { page, close, problems } = await as(browser, director);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(await page.title()).toBe('Mijn werk - Casustafel');
    const number = ((await pageFetch(page, 'GET', `/api/cases/${caseId}`)).json as { number: string }).number;
    const search = page.getByRole('search', { name: 'Zoeken en filteren' });
    await search.getByLabel('Zoek op casusnummer of naam').fill('sanne bakkerv');
    // The case lists, one per phase (My work also lists my plan actions, in a table of its own).
    const rows = page.locator('main section[aria-labelledby^="phase-"] table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(number);
    await expect.poll(() => rows.first().innerText()).toContain('Ronde Tafel Overleg');
    expect(await page.locator('main').innerText()).not.toContain('rto-complexe-casuistiek');
    await search.getByLabel('Zoek op casusnummer of naam').fill('9999-9999');
    await search.getByText('Geen casussen gevonden met deze zoekopdracht.').waitFor();
    await search.getByLabel('Zoek op casusnummer of naam').fill(number);
    await search.getByLabel('Fase').selectOption({ label: 'Triage' });
    await expect.poll(() => rows.count()).toBe(1);
    await checkA11y(page, 'my work with search');
    await page.getByRole('link', { name: `Casus ${number} openen` }).click();
    await page.getByRole('heading', { level: 1, name: `Casus ${number}` }).waitFor();
    expect(await page.title()).toBe(`Casus ${number} - Casustafel`);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('item 5: the work list pages through many cases', () => {
  it('item 5: My work shows 25 cases a page with "Volgende pagina"; a search starts again on page 1', async () => {
    const { page, close, problems } = await as(browser, 'reclassering-nederland@noord-limburg');
    const dir = (await pageFetch(page, 'GET', '/api/collaboration')).json as { config: { tables: { id: string }[] } };
    const tableId = dir.config.tables[0]?.id ?? '';
    const numbers: string[] = [];
    for (let i = 0; i < 27; i++) {
      const created = await pageFetch(page, 'POST', '/api/cases', {
        tableId,
        subjects: [{ name: `Pagina Proef ${String(i).padStart(2, '0')}` }],
        registration: { content: 'Reclassering: een melding om door de lijst te bladeren.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.json));
      numbers.push((created.json as { number: string }).number);
    }
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    const pager = page.getByRole('navigation', { name: 'Pagina’s' });
    await pager.getByText(/^Pagina 1 van \d+$/).waitFor();
    // The case lists, one per phase (My work also lists my plan actions, in a table of its own).
    const rows = page.locator('main section[aria-labelledby^="phase-"] table tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    await pager.getByRole('button', { name: 'Volgende pagina' }).click();
    await pager.getByText(/^Pagina 2 van \d+$/).waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await checkA11y(page, 'my work, page 2');
    await page.getByLabel('Zoek op casusnummer of naam').fill(numbers[0] ?? '');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await pager.count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('item 6: two-step verification in the browser', () => {
  it('item 6: a user sets up TOTP from the header: QR code and secret, a code that is not six digits is caught by the form, then ten recovery codes once', async () => {
    // A fresh account: a demo user with a second factor could no longer sign in with its password alone in later browser tests.
    const admin = await as(browser, 'beheerder@noord-limburg');
    const partners = (await pageFetch(admin.page, 'GET', '/api/partners')).json as { id: string; slug?: string; active: boolean }[];
    const partnerId = partners.find((p) => p.active)?.id ?? '';
    const username = `tweestaps-${Date.now().toString(36)}@noord-limburg`;
    const password = 'een-lang-wachtwoord-voor-test';
    const created = await pageFetch(admin.page, 'POST', '/api/users', { partnerId, username, displayName: 'Tweestaps Test', role: 'professional', password });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    await admin.close();
    const { page, context, problems } = await newPage(browser);
    const close = () => context.close();
    await login(page, username, password);
    await page.getByRole('link', { name: 'Tweestapsverificatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor();
    expect(await page.title()).toBe('Tweestapsverificatie - Casustafel');
    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await page.getByRole('img', { name: 'QR-code om de app te koppelen' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await page.getByLabel('Code uit de app').fill('12345');
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
    await page.locator('.ct-error-summary').getByText('Code uit de app: Vul de zes cijfers uit de app in.').waitFor();
    await checkA11y(page, 'second factor: code refused by the form');
    await page.getByLabel('Code uit de app').fill(totpAt(base32Decode(secret), Date.now()));
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
    const codes = page.getByRole('list', { name: 'Uw herstelcodes' }).locator('li');
    await expect.poll(() => codes.count()).toBe(10);
    await checkA11y(page, 'second factor: recovery codes');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard, verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    // The header no longer offers the set-up; the screen says it is on.
    expect(await page.getByRole('link', { name: 'Tweestapsverificatie' }).count()).toBe(0);
    await page.goto('/account/second-factor');
    await page.getByText('Tweestapsverificatie staat aan voor uw account.').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
