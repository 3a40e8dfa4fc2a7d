/**
 * The Venlo and Nijmegen variants in the browser. Venlo: a case lands in its work area, registered
 * with Venlo's own fields (a child among the co-residents refused, its data in the work note); the
 * process director asks every core partner "known / not known" (enrichment), the partners answer
 * that and nothing more, the director reads the answers and closes without a meeting only with a
 * criterion and the reporter's agreement, after which the closed case shows the state of affairs at
 * closing. Nijmegen: nothing is stored before a partner picked the
 * case up; a case that is not picked up leaves nothing identifying behind.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, login, newPage, pageFetch, screenshot } from './support/browser.js';
import { chooseBasis, confirmIfAsked, directorOf, registerThroughForm } from './support/story.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Waits for a text, or fails with what the screen shows instead. */
async function see(page: Page, text: string | RegExp, what: string): Promise<void> {
  await page
    .getByText(text)
    .first()
    .waitFor()
    .catch(async (e: unknown) => {
      throw new Error(`${what}: ${await page.locator('main').innerText()}`, { cause: e });
    });
}

const TASK = 'Verrijken: wie kent betrokkene';

describe('Zorgnetwerk Venlo', () => {
  let caseId = '';
  let director = '';

  it('the municipality registers a case in a work area; the process director finds it in my work', async () => {
    const reg = await newPage(browser);
    await login(reg.page, 'gemeente-venlo@venlo');
    await reg.page.goto('/cases/new');
    await reg.page.locator('#f-workArea option').nth(1).waitFor({ state: 'attached' });
    const area = await reg.page.locator('#f-workArea option').nth(1).getAttribute('value');
    await checkA11y(reg.page, 'register (Venlo, with work area)');
    // 002-B22: Venlo's registration asks its own fields beside the description (Bijlage B §4); a
    // child among the co-residents is refused at its field, its data go in the work note.
    const more = async (page: Page): Promise<void> => {
      await page.getByLabel('Aanleiding').fill('Buren melden sinds maart geluidsoverlast.');
      await page.getByLabel('Verhuurder van de woning').fill('Woonwenz');
      await page.getByRole('button', { name: 'Medebewoner toevoegen' }).click();
      await page.locator('#f-registration-details-coResidents-0-name').fill('Tim Peeters');
      await page.locator('#f-registration-details-coResidents-0-birthDate').fill('01-06-2015');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await see(page, /Medebewoner 1 is een kind: kindgegevens horen in de werknotitie/, 'a child among the co-residents was not refused');
      await checkA11y(page, 'register (Venlo): a child among the co-residents refused');
      await page.getByRole('button', { name: 'Medebewoner 1 verwijderen' }).click();
      await page.getByLabel('Werknotitie').fill('Zoon Tim (01-06-2015) woont op het adres.');
    };
    caseId = await registerThroughForm(reg.page, { workArea: area ?? '', name: 'Karel Peeters', content: 'Ernstige overlast en vervuiling van de woning.', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1', more });
    expect(reg.problems).toEqual([]);
    await reg.context.close();

    director = await directorOf(browser, caseId, 'venlo');
    const pd = await newPage(browser);
    await login(pd.page, director);
    await pd.page.getByText('Karel Peeters').waitFor();
    await pd.page.goto(`/cases/${caseId}`);
    await pd.page.getByText('Ernstige overlast').waitFor();
    // The fields in their own places on the registration, the work note for the process director too.
    const details = pd.page.getByTestId('registration-details');
    await details.getByText('Buren melden sinds maart geluidsoverlast.').waitFor();
    expect(await details.innerText()).toMatch(/Verhuurder van de woning\s+Woonwenz/);
    await details.getByText('Zoon Tim (01-06-2015) woont op het adres.').waitFor();
    await pd.page.goto(`/cases/${caseId}/steps`);
    await pd.page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
    await pd.page.locator('section').first().waitFor();
    await checkA11y(pd.page, 'process steps (Venlo)');
    await pd.context.close();
  });

  it('002-A13 the reporter weighs sharing without consent on both grounds of Bijlage A art. 7.3: the form asks each ground and why without consent, refuses what is missing at its field and records the rest', async () => {
    const { page, close, problems } = await as(browser, 'gemeente-venlo@venlo');
    let interactions = 0;
    const act = async (done: Promise<void>): Promise<void> => {
      interactions += 1;
      await done;
    };
    await page.goto(`/cases/${caseId}/weighing`);
    await page.getByRole('heading', { level: 1, name: 'Afweging delen zonder toestemming' }).waitFor();
    await page.getByRole('group', { name: 'Gronden voor delen zonder toestemming' }).waitFor();
    await checkA11y(page, 'weighing (Venlo, with the grounds of art. 7.3)');
    await act(page.getByLabel(/Proportionaliteit/).fill('Alleen wie betrokken is en welke hulp.'));
    await act(page.getByLabel(/Subsidiariteit/).fill('Betrokkene weigert elk contact.'));
    await act(page.getByLabel(/Doelmatigheid/).fill('Zonder deze informatie komt er geen hulp op gang.'));
    await act(page.getByLabel('Toelichting over het achteraf informeren').fill('Na het overleg per brief.'));
    await act(page.getByRole('button', { name: 'Afweging vastleggen' }).click());
    // Both grounds and the reason are marked at their fields; what was typed stays.
    await see(page, /Gegrond vermoeden: Gegrond vermoeden dat betrokkene in een ernstige/, 'the missing ground was not named');
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByLabel(/Proportionaliteit/).inputValue()).toBe('Alleen wie betrokken is en welke hulp.');
    await checkA11y(page, 'weighing (Venlo): grounds missing');
    await act(page.getByLabel(/Betrokkene heeft geen toestemming gegeven/).check());
    await act(page.getByLabel(/ernstige lichamelijke of geestelijke gezondheidstoestand/).fill('Woning ernstig vervuild, betrokkene vermagerd.'));
    await act(page.getByLabel(/dringende noodzaak is om hulp te bieden/).fill('Uitzetting dreigt binnen een maand.'));
    await act(page.getByRole('button', { name: 'Afweging vastleggen' }).click());
    await see(page, 'De afweging is vastgelegd en afgerond.', 'the weighing was not recorded');
    // Nine interactions: the four questions, a refused press, the reason, the two grounds, the press.
    expect(interactions).toBe(9);
    const stored = await pageFetch(page, 'GET', `/api/cases/${caseId}/weighings`);
    expect(stored.status).toBe(200);
    expect(stored.json).toEqual([expect.objectContaining({ withoutConsentBecause: 'refused', noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Woning ernstig vervuild, betrokkene vermagerd.', 'dringende-noodzaak-hulp': 'Uitzetting dreigt binnen een maand.' } })]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the reporter informs; the process director accepts and asks every core partner "known / not known"', async () => {
    // Seed 002 Bijlage B §1: the reporter informs the subject at registration, not the director.
    const reporter = await as(browser, 'gemeente-venlo@venlo');
    await reporter.page.goto(`/cases/${caseId}/informing`);
    await reporter.page.locator('#f-inform-subjectId option').first().waitFor({ state: 'attached' });
    await reporter.page.getByRole('button', { name: 'Informeren vastleggen' }).click();
    await see(reporter.page, 'Het informeren is vastgelegd.', 'informing failed');
    expect(reporter.problems).toEqual([]);
    await reporter.close();
    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}/steps`);
    await page.getByRole('button', { name: 'Accepteren (screening): uitvoeren' }).click();
    await see(page, 'Uitgevoerd: Accepteren (screening).', 'accept failed');

    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Triagevraag stellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag stellen' }).waitFor();
    await page.locator('input[name="partners"]').first().waitFor();
    await page.getByLabel('Taak').fill(TASK);
    await page.getByLabel('Doel', { exact: true }).fill('Voorbereiden van het zorgnetwerk-overleg');
    await page.getByLabel('Waarom is dit nodig').fill('Weten welke partners betrokkene kennen.');
    await page.getByLabel('Vraag', { exact: true }).fill('Is Karel Peeters bij u bekend?');
    const boxes = page.locator('input[name="partners"]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(2);
    // 002-B03: the enrichment goes to the core partners by default: the form opens with every one ticked.
    await expect.poll(() => page.locator('input[name="partners"]:checked').count()).toBe(count);
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    // Enrichment asks every core partner without a justification: only "known / not known" comes back.
    await see(page, `De vraag is gesteld aan ${count} partners.`, 'enrichment question refused');
    expect(problems).toEqual([]);
    await close();
  });

  it('the police answers "known" with the keyboard; the form offers "Bekend / Niet bekend" and no free text', async () => {
    const { page, close, problems } = await as(browser, 'politie-limburg@venlo');
    await page.getByRole('heading', { level: 2, name: 'Mijn triagevragen' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(TASK) });
    expect(await row.innerText()).toContain('Alleen bekend of niet bekend');
    await checkA11y(page, 'my work with an enrichment question');
    await page.getByRole('button', { name: `Triagevraag oppakken: ${TASK}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    const group = page.getByRole('group', { name: 'Is betrokkene bij uw organisatie bekend?' });
    await group.waitFor();
    await page.getByText('Is Karel Peeters bij u bekend?').waitFor();
    expect(await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''))).toEqual(['Bekend', 'Niet bekend']);
    // Nothing but the answer and the organisation's legal basis: no content, no flags, no release.
    expect(await page.locator('main form textarea').count()).toBe(0);
    expect(await page.locator('#f-content').count()).toBe(0);
    expect(await page.locator('#f-special, #f-police, input[name="purposes"], input[name="releasedForRto"]').count()).toBe(0);
    // Seed 002 Bijlage A art. 10.1: in Venlo the police provide only on the art. 20 Wpg decision.
    await chooseBasis(page, 'basis', 'Zorgnetwerk Venlo');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Kies bekend of niet bekend.');
    await summary.locator('a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-known');
    await group.getByLabel('Bekend', { exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await group.getByLabel('Bekend', { exact: true }).isChecked()).toBe(true);
    await checkA11y(page, 'enrichment answer');
    await screenshot(page, 'venlo-enrichment');
    await page.getByRole('button', { name: 'Antwoord versturen' }).focus();
    await page.keyboard.press('Enter');
    await see(page, 'Uw antwoord is vastgelegd: alleen bekend of niet bekend.', 'answer failed');
    expect(problems).toEqual([]);
    await close();
  });

  it('the housing corporation answers "not known", in English', async () => {
    const { page, close, problems } = await as(browser, 'woonwenz@venlo');
    await page.getByRole('button', { name: `Triagevraag oppakken: ${TASK}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Answer a triage question' }).waitFor();
    const group = page.getByRole('group', { name: 'Is the person known to your organisation?' });
    await group.waitFor();
    expect(await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''))).toEqual(['Known', 'Not known']);
    await page.getByLabel('Not known').check();
    await chooseBasis(page, 'basis', 'Legitimate interest');
    await page.locator('#f-basis-motivation').fill('Overlast in en rond de woning');
    await checkA11y(page, 'enrichment answer (en)');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await see(page, 'Your answer has been recorded: only known or not known.', 'answer (en) failed');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('the process director reads the answers', async () => {
    const { page, close, problems } = await as(browser, director);
    // The directory (partner names) is held back until the case has been shown: the answers table
    // must not show the partners' ids meanwhile (it waits for the names).
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/directory', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/cases/${caseId}/triage`);
    // The form below the answers shows once the case is there.
    await page.getByLabel('Taak', { exact: true }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    release();
    await page.getByRole('heading', { level: 2, name: 'Antwoorden: bekend of niet bekend' }).waitFor();
    const rows = page.getByRole('table', { name: 'Antwoorden: bekend of niet bekend' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect((await rows.allInnerTexts()).join(' ')).toContain('Woonwenz');
    const text = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    expect(text.find((r) => r.includes('Politie'))).toContain('Bekend');
    expect(text.find((r) => r.includes('Politie'))).not.toContain('Niet bekend');
    expect(text.find((r) => r.includes('Woonwenz'))).toContain('Niet bekend');
    await checkA11y(page, 'triage with enrichment answers');
    expect(problems).toEqual([]);
    await close();
  });

  it('closing without a meeting: refused until the reporter itself agrees; then closes on a criterion', async () => {
    const name = 'Sluiten zonder overleg: een partner pakt het op';
    const director1 = await as(browser, director);
    await director1.page.goto(`/cases/${caseId}/steps`);
    const refused = director1.page.locator('section', { has: director1.page.getByRole('heading', { level: 2, name }) });
    // The step in Venlo's own words, and why it cannot be taken yet.
    await refused.getByText('1 Afsluiten zonder overleg: partners pakken de melding op zonder opschaling').waitFor();
    await refused.getByText('De melder heeft een beslissende stem bij afsluiten en heeft nog niet zelf ingestemd.').waitFor();
    expect(await refused.locator('[data-rule="process"]').count()).toBe(1);
    await checkA11y(director1.page, 'closing refused without the reporter');
    expect(director1.problems).toEqual([]);
    await director1.close();

    // Seed 002 Bijlage B §5: the reporter decides, and says so itself.
    const reporter = await as(browser, 'gemeente-venlo@venlo');
    await reporter.page.goto(`/cases/${caseId}`);
    await reporter.page.getByRole('button', { name: 'Ik stem in met afsluiten' }).click();
    await see(reporter.page, 'Vastgelegd: u stemt in met afsluiten.', 'the reporter could not agree');
    await checkA11y(reporter.page, 'the reporter agreed to closing');
    expect(reporter.problems).toEqual([]);
    await reporter.close();

    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}/steps`);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
    await section.getByRole('button', { name: `${name}: uitvoeren` }).waitFor();
    const picker = section.getByLabel('Partner die het oppakt');
    await picker.locator('option', { hasText: 'Woonwenz' }).waitFor({ state: 'attached' });
    const options = await picker.locator('option').allInnerTexts();
    // The partners of the case by name: the registrant and the two that answered.
    expect(options).toEqual(expect.arrayContaining(['Gemeente Venlo', 'Politie eenheid Limburg, basisteam Venlo-Beesel', 'Woonstichting Woonwenz']));
    expect(options.some((o) => /[0-9a-f]{8}-[0-9a-f]{4}/.test(o))).toBe(false);
    await picker.selectOption({ label: 'Politie eenheid Limburg, basisteam Venlo-Beesel' });
    await section.getByLabel('Sluitcriterium').selectOption('hulpverlening-opgestart');
    await section.getByLabel('Toelichting').fill('Politie heeft hulpverlening ingeschakeld; overlast is afgenomen.');
    await section.getByRole('button', { name: `${name}: uitvoeren` }).click();
    await confirmIfAsked(section);
    await see(page, `Uitgevoerd: ${name}.`, 'closing failed');
    const view = await pageFetch(page, 'GET', `/api/cases/${caseId}`);
    expect((view.json as { phase: string }).phase).toBe('archived');
    // 002-B22: the closing and the state of affairs at closing stay on the closed case's page.
    await page.goto(`/cases/${caseId}`);
    const closing = page.getByTestId('closing');
    await closing.getByText('Politie heeft hulpverlening ingeschakeld; overlast is afgenomen.').waitFor();
    expect(await closing.innerText()).toContain('De hulpverlening is opgestart');
    await checkA11y(page, 'closed Venlo case with its closing');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('Regieteams Nijmegen', () => {
  const LAW = 'Jeugdwet art. 2.3 en 2.4';

  /** The registrant contributes through the contribute screen. */
  async function contribute(page: Page, caseId: string, content: string): Promise<void> {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Bijdrage leveren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bijdrage leveren' }).waitFor();
    await page.locator('#f-content').fill(content);
    // Nijmegen keeps a process file: its core data set, no life domains (004-P26).
    await page.getByLabel('Soort gegevens').selectOption('problematiek');
    await chooseBasis(page, 'basis', LAW);
    await page.getByRole('button', { name: 'Bijdrage opslaan' }).click();
  }

  it('a signal that is not taken up: a contribution is refused with its rule; after "not accepted" the name is gone', async () => {
    const reg = await newPage(browser);
    await login(reg.page, 'gemeente-nijmegen@nijmegen');
    // Step 1: only the name and the "dat"-gegevens; the form offers nothing more (seed 004 Bijlage 3).
    await reg.page.goto('/cases/new');
    await reg.page.locator('#f-tableId option').first().waitFor({ state: 'attached' });
    expect(await reg.page.locator('#f-registration-content').count()).toBe(0);
    expect(await reg.page.locator('#f-subjects-0-bsn').count()).toBe(0);
    const caseId = await registerThroughForm(reg.page, { name: 'Fatima El Amrani', law: LAW });
    await see(reg.page, 'Nog niet opgepakt', 'the case page does not say it is not picked up');
    expect(await reg.page.locator('[data-rule="P12"]').count()).toBe(1);
    await checkA11y(reg.page, 'case page not picked up');
    await contribute(reg.page, caseId, 'Aanvulling: huurachterstand bekend bij de gemeente.');
    const summary = reg.page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.locator('[data-rule="P12"]').count()).toBe(1);
    await checkA11y(reg.page, 'contribution refused before pickup');

    const pd = await newPage(browser);
    await login(pd.page, await directorOf(browser, caseId, 'nijmegen'));
    await pd.page.goto(`/cases/${caseId}/steps`);
    await pd.page.getByRole('heading', { level: 2, name: 'Oppakken vastleggen' }).waitFor();
    await pd.page.getByRole('button', { name: 'Niet accepteren: uitvoeren' }).click();
    await pd.page.getByText('Alle identificerende gegevens van de betrokkenen worden direct verwijderd').waitFor();
    await confirmIfAsked(pd.page);
    await pd.page.getByText('Uitgevoerd: Niet accepteren.').waitFor();
    const after = await pageFetch(pd.page, 'GET', `/api/cases/${caseId}`);
    expect(JSON.stringify(after.json)).not.toContain('Fatima');
    expect(JSON.stringify(after.json)).not.toContain('huurachterstand');
    const list = await pageFetch(pd.page, 'GET', '/api/cases');
    expect(JSON.stringify(list.json)).not.toContain('Fatima');
    expect(pd.problems).toEqual([]);
    await pd.context.close();

    await reg.page.goto(`/cases/${caseId}`);
    await reg.page.getByRole('heading', { level: 1 }).waitFor();
    await reg.page.waitForLoadState('networkidle');
    expect(await reg.page.locator('main').innerText()).not.toContain('Fatima');
    expect(JSON.stringify((await pageFetch(reg.page, 'GET', `/api/cases/${caseId}`)).json)).not.toContain('Fatima');
    expect(reg.problems).toEqual([]);
    await reg.context.close();
  });

  it('picked up through the UI by a partner: then a contribution is stored and readable', async () => {
    const reg = await newPage(browser);
    await login(reg.page, 'gemeente-nijmegen@nijmegen');
    const caseId = await registerThroughForm(reg.page, { name: 'Huishouden Janssen', law: LAW });

    const pd = await newPage(browser);
    await login(pd.page, await directorOf(browser, caseId, 'nijmegen'));
    await pd.page.goto(`/cases/${caseId}`);
    await pd.page.getByRole('link', { name: 'Processtappen' }).click();
    await pd.page.getByRole('heading', { level: 2, name: 'Oppakken vastleggen' }).waitFor();
    const picker = pd.page.getByLabel('Partner die de casus oppakt');
    await picker.locator('option').first().waitFor({ state: 'attached' });
    expect(await picker.locator('option').allInnerTexts()).toContain('College van B&W van de gemeente Nijmegen');
    await picker.selectOption({ label: 'College van B&W van de gemeente Nijmegen' });
    await checkA11y(pd.page, 'pickup form');
    await screenshot(pd.page, 'nijmegen-pickup');
    await pd.page.getByRole('button', { name: 'Oppakken vastleggen' }).focus();
    await pd.page.keyboard.press('Enter');
    await see(pd.page, 'Vastgelegd: College van B&W van de gemeente Nijmegen pakt de casus op.', 'pickup failed');
    await see(pd.page, /Opgepakt door College van B&W van de gemeente Nijmegen op/, 'pickup not shown');
    expect(await pd.page.getByRole('heading', { level: 2, name: 'Oppakken vastleggen' }).count()).toBe(0);
    await checkA11y(pd.page, 'process steps after pickup');

    await contribute(reg.page, caseId, 'Aanvulling: schuldhulp is gestart.');
    await see(reg.page, 'Uw bijdrage is opgeslagen.', 'contribution after pickup failed');
    // The contribution is given for triage and later: it is read once the case is accepted.
    // Seed 004 Bijlage 3 stap 1: the one who brought the signal informs the household.
    await reg.page.goto(`/cases/${caseId}/informing`);
    await reg.page.locator('#f-inform-subjectId option').first().waitFor({ state: 'attached' });
    await reg.page.getByRole('button', { name: 'Informeren vastleggen' }).click();
    await see(reg.page, 'Het informeren is vastgelegd.', 'informing failed');
    // Step 2 (seed 004 Bijlage 3): the regieteam's judgement against its criteria, art. 3 included, recorded before step 3.
    await pd.page.goto(`/cases/${caseId}/screening`);
    const form = pd.page.getByTestId('screening-form');
    await form.waitFor();
    await see(pd.page, 'Deze criteria gelden samen', 'the screening does not say the criteria apply together');
    const table = (await pageFetch(pd.page, 'GET', `/api/cases/${caseId}/table`)).json as { criteria: string[]; followUpQuestions: string[] };
    for (const c of table.criteria) await pd.page.getByLabel(c, { exact: true }).check();
    for (const q of table.followUpQuestions) await pd.page.getByLabel(q, { exact: true }).fill('Ja, besproken in het regieteam.');
    await pd.page.getByLabel('Uw beoordeling als procesregisseur').fill('Het huishouden valt binnen de doelgroep van art. 3; het signaal hoort bij het regieteam.');
    await pd.page.getByRole('button', { name: 'Screening vastleggen' }).click();
    await see(pd.page, 'De screening is vastgelegd.', 'screening failed');
    await pd.page.goto(`/cases/${caseId}/steps`);
    await pd.page.getByRole('button', { name: 'Accepteren (screening): uitvoeren' }).click();
    await see(pd.page, 'Uitgevoerd: Accepteren (screening).', 'accept failed');
    expect(pd.problems).toEqual([]);
    await pd.context.close();

    await reg.page.goto(`/cases/${caseId}`);
    await see(reg.page, 'Aanvulling: schuldhulp is gestart.', 'the stored contribution is not readable');
    await see(reg.page, /Opgepakt door College van B&W van de gemeente Nijmegen op/, 'the case page does not show the pickup');
    expect(await reg.page.locator('[data-rule="P12"]').count()).toBe(0);
    await checkA11y(reg.page, 'case page after pickup');
    expect(reg.problems).toEqual([]);
    await reg.context.close();
  });
});
