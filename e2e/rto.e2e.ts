/**
 * The canonical Noord-Limburg story past triage, all through the UI: the process director asks
 * selected partners (ticking every partner needs a justification), the housing corporation takes
 * up and answers its question, the RTO is prepared, participants invited and the RTO scheduled;
 * the record with a plan of approach per life domain (and a stale save refused with 409), the
 * action list, the case director appointed, the plan adopted, the case director marks an action
 * done, and the process director de-escalates.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { chooseBasis, confirmIfAsked, directorOf, registerThroughForm } from './support/story.js';
import { fillAcceptance } from './support/acceptance.js';

let browser: Browser;
let caseId = '';
let meetingId = '';
let director = 'procesregisseur@noord-limburg';
const userOf: Record<string, string> = {};
const partnerOf: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function runStep(page: Page, name: string): Promise<void> {
  await page.goto(`/cases/${caseId}/steps`);
  await page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
  // Accepting in Noord-Limburg carries the judgement by the criteria and the consultation (art. 9.2a).
  if (name === 'Accepteren (screening)') await fillAcceptance(page);
  await page.getByRole('button', { name: `${name}: uitvoeren` }).click();
  await confirmIfAsked(page);
  await page
    .getByText(`Uitgevoerd: ${name}.`)
    .waitFor()
    .catch(async (e: unknown) => {
      throw new Error(`step ${name} failed: ${await page.locator('main').innerText()}`, { cause: e });
    });
}

describe('RTO story (Noord-Limburg)', () => {
  it('a case is registered, the subject informed and the case accepted', async () => {
    const { page, close } = await as(browser, 'politie-limburg@noord-limburg');
    caseId = await registerThroughForm(page, { name: 'Kees Hendriks', content: 'Politie: overlast in de wijk en zorgen over de woonsituatie.', law: 'Politiewet 2012 art. 3' });
    const users = (await pageFetch(page, 'GET', '/api/directory')).json as { people: { id: string; displayName: string; partnerId: string }[]; partners: { id: string; slug: string }[] };
    for (const p of users.partners) partnerOf[p.slug] = p.id;
    await close();
    director = await directorOf(browser, caseId, 'noord-limburg');
    const pd = await as(browser, director);
    await pd.page.goto(`/cases/${caseId}/informing`);
    await pd.page.locator('#f-inform-subjectId option').first().waitFor({ state: 'attached' });
    await pd.page.getByRole('button', { name: 'Informeren vastleggen' }).click();
    await pd.page.getByText('Het informeren is vastgelegd.').waitFor();
    await runStep(pd.page, 'Accepteren (screening)');
    await pd.close();
  });

  it('triage: the process director ticks partners; all of them needs a justification; asks two', async () => {
    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Triagevraag stellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag stellen' }).waitFor();
    await page.locator('input[name="partners"]').first().waitFor();
    expect(await page.getByText(/iedereen/i).count()).toBe(0);
    await page.getByLabel('Taak').fill('Aanpak overlast en wonen');
    await page.getByLabel('Doel', { exact: true }).fill('Voorbereiden Ronde Tafel Overleg');
    await page.getByLabel('Waarom is dit nodig').fill('Om te bepalen wie kan bijdragen aan een plan.');
    await page.getByLabel('Vraag', { exact: true }).fill('Is deze persoon bij u bekend en wat kunt u bijdragen?');
    const boxes = page.locator('input[name="partners"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    await page.locator('.ct-error-summary').waitFor();
    expect(await page.locator('.ct-error-summary').innerText()).toContain('Onderbouwing voor het vragen van alle partners');
    await page.locator('.ct-error-summary a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-allPartnersJustification');
    await checkA11y(page, 'triage question: all partners without justification');
    await screenshot(page, 'triage-all-partners-refused');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
    await page.getByLabel('Woonwenz').check();
    await page.getByLabel('Reclassering Nederland').check();
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    await page.getByText('De vraag is gesteld aan 2 partners.').waitFor();
    await checkA11y(page, 'triage question asked');
    await screenshot(page, 'triage-ask');
    expect(problems).toEqual([]);
    await close();
  });

  it('the housing corporation takes up its question from My work and answers it', async () => {
    const { page, close, problems } = await as(browser, 'woonwenz@noord-limburg');
    await page.getByRole('heading', { level: 2, name: 'Mijn triagevragen' }).waitFor();
    await checkA11y(page, 'my work with triage inbox');
    await screenshot(page, 'triage-inbox');
    await page.getByRole('button', { name: 'Triagevraag oppakken: Aanpak overlast en wonen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Triagevraag beantwoorden' }).waitFor();
    await page.getByText('Is deze persoon bij u bekend').waitFor();
    await page.getByLabel('Uw antwoord').fill('Woonwenz: huurachterstand van drie maanden en klachten van buren.');
    // The kind of data comes from the table's vocabulary, never free text (seed 000 art. 5.1).
    await page.getByLabel('Soort gegevens').selectOption('housing');
    await chooseBasis(page, 'basis', 'Gerechtvaardigd belang');
    await page.getByLabel(/Motivering/).fill('Leefbaarheid en huurbeheer');
    await checkA11y(page, 'triage answer form');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page
      .getByText('Uw antwoord is vastgelegd.')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`answer failed: ${await page.locator('main').innerText()}`, { cause: e });
      });
    await screenshot(page, 'triage-answer');
    expect(problems).toEqual([]);
    await close();
  });

  it('the process director prepares the RTO, invites participants with a role and schedules it', async () => {
    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Ronde Tafel Overleg voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ronde Tafel Overleg voorbereiden' }).waitFor();
    await page.getByLabel('Doel van het overleg').fill('Samen een plan maken voor wonen en veiligheid');
    await page.getByLabel("Thema's").fill('wonen\nveiligheid');
    await page.getByLabel('Te nemen besluiten').fill('wie wordt casusregisseur');
    await page.getByLabel('Zorgvuldigheidsafspraken').fill('Gegevens blijven in het systeem; niemand neemt gegevens van anderen mee.');
    await checkA11y(page, 'prepare RTO');
    await screenshot(page, 'rto-prepare');
    await page.getByRole('button', { name: 'Overleg voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ronde Tafel Overleg', exact: true }).waitFor();
    meetingId = /\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(meetingId).not.toBe('');

    // One form for all chosen partners; those that contributed come ticked, the director chooses exactly these two.
    const table = page.getByRole('table', { name: 'Partners uitnodigen' });
    await table.waitFor();
    for (const box of await table.getByRole('checkbox').all()) await box.setChecked(false);
    for (const [who, partner, role] of [
      ['politie-limburg@noord-limburg', 'Politie Eenheid Limburg', 'informant'],
      ['vincent-van-gogh@noord-limburg', 'Vincent van Gogh voor geestelijke gezondheid', 'intended_executor'],
    ] as const) {
      await table.getByRole('checkbox', { name: partner, exact: true }).check();
      await page.getByLabel(`Persoon van ${partner}`).selectOption(await userId(page, who));
      await page.getByLabel(`Rol van ${partner}`).selectOption(role);
    }
    await page.getByRole('button', { name: 'Nodig 2 partners uit' }).click();
    await page.getByText('2 deelnemers zijn uitgenodigd.').waitFor();
    const participants = page.getByRole('heading', { level: 2, name: 'Deelnemers' }).locator('xpath=..');
    await expect.poll(() => participants.innerText()).toContain('informant');
    await expect.poll(() => participants.innerText()).toContain('beoogd uitvoerder');
    await checkA11y(page, 'RTO meeting with participants');
    await screenshot(page, 'rto-meeting');
    await runStep(page, 'Ronde Tafel Overleg inplannen');
    expect(problems).toEqual([]);
    await close();
  });

  it('the record with a plan of approach per life domain and actions; a stale save is refused clearly', async () => {
    const { page, close, problems } = await as(browser, director);
    // A second tab opened before the save still holds the old version.
    const stale = await as(browser, director);
    await stale.page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await stale.page.getByRole('heading', { level: 2, name: 'Verslag en plan van aanpak' }).waitFor();
    await page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Verslag en plan van aanpak' }).waitFor();
    await page.getByLabel('Aanleiding en bespreking').fill('Zorgen over wonen en overlast; partners bespreken wat nodig is.');
    await page.getByRole('group', { name: 'Aanwezig' }).getByRole('checkbox').first().check();
    await page.locator('#f-plan-goals-0-domain').selectOption('housing');
    await page.locator('#f-plan-goals-0-goal').fill('Huisuitzetting voorkomen');
    await page.locator('#f-plan-goals-0-actions-0-description').fill('Betalingsregeling treffen met de verhuurder');
    await page.locator('#f-plan-goals-0-actions-0-ownerPartnerId').selectOption(partnerOf['woonwenz'] ?? '');
    await page.locator('#f-plan-goals-0-actions-0-dueAt').fill('2027-01-15');
    // 000-R68: the action is assigned to a worker of the partner that owns it; 000-R70: when the case is discussed again.
    const worker = page.locator('#f-plan-goals-0-actions-0-ownerUserId');
    await worker.selectOption({ index: 1 });
    const workerName = (await worker.locator('option:checked').innerText()).trim();
    await page.getByLabel('Opnieuw bespreken binnen (dagen)').fill('30');
    // 003-92: the meeting says what stays available for the monitoring and what the monitoring is for.
    await page.getByLabel('Wat blijft beschikbaar voor de monitoring?').selectOption('chosen');
    await page.getByRole('group', { name: 'Bijdragen die beschikbaar blijven' }).getByRole('checkbox').first().check();
    await page.getByLabel('Doel van de monitoring').fill('Volgen of de betalingsregeling binnen drie maanden staat.');
    await checkA11y(page, 'RTO record form');
    // One primary button per view (issue 15 item 8): saving the record; inviting, appointing and the next steps are secondary.
    expect(await page.locator('main .utrecht-button--primary-action').allInnerTexts()).toEqual(['Verslag opslaan']);
    await screenshot(page, 'rto-record');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page
      .getByText('Het verslag en het plan van aanpak zijn opgeslagen.')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`record failed: ${await page.locator('main').innerText()}`, { cause: e });
      });
    await screenshot(page, 'plan');

    await stale.page.getByLabel('Aanleiding en bespreking').fill('Een verslag uit een oud tabblad.');
    await stale.page.locator('#f-plan-goals-0-goal').fill('Schulden in beeld');
    await stale.page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await stale.page.getByText('Iemand anders heeft het verslag intussen gewijzigd.').waitFor();
    await checkA11y(stale.page, 'RTO record stale');
    await screenshot(stale.page, 'rto-record-stale');
    await stale.close();

    await page.goto(`/cases/${caseId}/meetings/${meetingId}/actions`);
    await page.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
    await page.getByText('Betalingsregeling treffen met de verhuurder').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Actielijst' }).innerText()).toContain(`Woonwenz (${workerName})`);
    await page.getByRole('button', { name: 'Actielijst is verstuurd' }).click();
    await page.getByText('Vastgelegd dat de actielijst is verstuurd.').waitFor();
    await checkA11y(page, 'action list');
    await screenshot(page, 'action-list');
    expect(problems).toEqual([]);
    await close();
  });

  it('the process director appoints the case director and adopts the plan', async () => {
    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Casusregisseur aanwijzen' }).waitFor();
    await page.locator('#f-director-userId').selectOption(await userId(page, 'vincent-van-gogh@noord-limburg'));
    await page.getByRole('button', { name: 'Aanwijzen' }).click();
    await page.getByText('De casusregisseur is aangewezen.').waitFor();
    await checkA11y(page, 'case director appointed');
    await screenshot(page, 'case-director');
    await runStep(page, 'Plan van aanpak vaststellen');
    await page.goto(`/cases/${caseId}`);
    await page.getByText('Fase 3: plan van aanpak, casusregie en monitoring in vervolg-RTO', { exact: true }).first().waitFor();
    // The overview shows what the monitoring is for and how much stays available for it (003-92).
    const monitoring = page.getByRole('region', { name: 'Monitoring' });
    await expect.poll(() => monitoring.innerText()).toContain('Volgen of de betalingsregeling binnen drie maanden staat.');
    expect(await monitoring.innerText()).toContain('1 bijdrage, gekozen in het overleg');
    expect(problems).toEqual([]);
    await close();
  });

  it('the case director marks an action done', async () => {
    const { page, close, problems } = await as(browser, 'vincent-van-gogh@noord-limburg');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 2, name: 'Overleggen' }).waitFor();
    await checkA11y(page, 'case page (case director)');
    await page.getByRole('link', { name: /^Actielijst van het overleg van / }).click();
    await page.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
    await page.getByRole('button', { name: 'Markeer als gedaan: Betalingsregeling treffen met de verhuurder' }).click();
    await page.getByText('De actie is gedaan.').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Actielijst' }).innerText()).toContain('gedaan');
    await checkA11y(page, 'case director action list');
    await screenshot(page, 'monitoring-actions');
    expect(problems).toEqual([]);
    await close();
  });

  it('the process director de-escalates (step 1: the dossier stays active)', async () => {
    const { page, close, problems } = await as(browser, director);
    await runStep(page, 'Afschalen');
    await checkA11y(page, 'de-escalated');
    await screenshot(page, 'deescalation');
    await page.goto(`/cases/${caseId}`);
    await page.getByText('Fase 4, stap 1: 0-6 maanden na besluit tot afschaling, dossier blijft actief', { exact: true }).first().waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});

async function userId(page: Page, username: string): Promise<string> {
  const found = userOf[username];
  if (found !== undefined) return found;
  const admin = await as(browser, 'beheerder@noord-limburg');
  const users = (await pageFetch(admin.page, 'GET', '/api/users')).json as { id: string; username: string }[];
  await admin.close();
  for (const u of users) userOf[u.username] = u.id;
  expect(userOf[username], `${username} on ${page.url()}`).toBeDefined();
  return userOf[username] ?? '';
}
