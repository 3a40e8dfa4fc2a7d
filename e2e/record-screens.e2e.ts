/**
 * Screens for case facts the API already kept: the status of the police's art. 20 Wpg decision
 * (002-D10, 002-A23), the correction of a subject with a reason (000-R27), the weighings of a case
 * (000-R23) and the wijken of a user with the statistician's case-process rows (004-C06, 004-R09).
 * Each on a shipped configuration with its demo users, driven through the screens, the
 * interactions counted, axe on every state, and a role that may not use the screen refused.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asByApi, call, checkA11y, launch, pageFetch } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Interactions per task, reported when the run ends. */
const counted: Record<string, number> = {};
afterAll(() => {
  console.info(`interactions: ${JSON.stringify(counted)}`);
});

async function partnerIdOf(page: Page): Promise<string> {
  const me = await pageFetch(page, 'GET', '/api/auth/me');
  return (me.json as { partnerId: string }).partnerId;
}

describe('Zorgnetwerk Venlo: the art. 20 Wpg decision on the police screen (ADR 0190)', () => {
  it('002-D10 002-A23 the police see the decision in force, record a suspension after a confirmation and lift it; the privacy officer reads it without a form; the housing corporation has no screen and is refused', async () => {
    const police = await as(browser, 'politie-limburg@venlo');
    const { page, problems } = police;
    const region = page.getByRole('region', { name: /Art\. 20 Wpg-beslissing: / });
    let steps = 0;
    await page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).click();
    steps++;
    await region.getByText('In werking', { exact: true }).waitFor();
    await checkA11y(page, 'art. 20 Wpg decision in force (police)');

    // Nothing chosen: the form names both fields in Dutch.
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('2 velden zijn niet goed ingevuld. Ze staan hieronder.').waitFor();
    await checkA11y(page, 'art. 20 Wpg decision: field errors');
    steps++;

    await page.getByRole('radio', { name: 'Opgeschort' }).check();
    await page.getByLabel('Reden').fill('Onderzoek naar een mogelijk datalek bij een partner');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    steps += 3;
    await page.getByRole('button', { name: 'Ja, beslissing opschorten' }).waitFor();
    await checkA11y(page, 'art. 20 Wpg decision: confirming the suspension');
    await page.getByRole('button', { name: 'Ja, beslissing opschorten' }).click();
    steps++;
    await page.getByText('Vastgelegd: de beslissing is nu opgeschort.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Vastgelegd: de beslissing is nu opgeschort.');
    await region.getByRole('row').filter({ hasText: 'Onderzoek naar een mogelijk datalek' }).waitFor();
    expect(await region.locator('.utrecht-status-badge').first().innerText()).toBe('Opgeschort');
    await checkA11y(page, 'art. 20 Wpg decision suspended (police)');
    counted['002-D10 suspend'] = steps;
    expect(steps).toBeLessThanOrEqual(6);

    // Lifting the suspension asks for no confirmation: police data flows again.
    let lift = 0;
    await page.getByRole('radio', { name: /^In werking/ }).check();
    await page.getByLabel('Reden').fill('Onderzoek afgerond, geen datalek');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    lift += 3;
    await page.getByText('Vastgelegd: de beslissing is nu in werking.').waitFor();
    await region.getByRole('row').filter({ hasText: 'Onderzoek afgerond, geen datalek' }).waitFor();
    expect(await region.getByRole('row').count()).toBe(3);
    counted['002-D10 lift'] = lift;
    expect(problems).toEqual([]);
    const policePartner = await partnerIdOf(page);
    await police.close();

    // The privacy officer reads status and history, with no form.
    const po = await as(browser, 'privacy@venlo');
    await po.page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).click();
    await po.page.getByRole('row').filter({ hasText: 'Onderzoek afgerond, geen datalek' }).waitFor();
    expect(await po.page.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    await checkA11y(po.page, 'art. 20 Wpg decision (privacy officer)');
    expect((await pageFetch(po.page, 'POST', `/api/wpg20-decisions/${policePartner}/status`, { status: 'suspended', reason: 'Proef' })).status).toBe(403);
    await po.close();

    // The housing corporation: no screen in its menu, and the API refuses it.
    const woon = await as(browser, 'woonwenz@venlo');
    await woon.page.getByRole('navigation').waitFor();
    expect(await woon.page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).count()).toBe(0);
    expect(await woon.page.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    const refused = await pageFetch(woon.page, 'POST', `/api/wpg20-decisions/${policePartner}/status`, { status: 'suspended', reason: 'Proef' });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { rule: 'P9', reason: 'wpg20_not_decision_holder' } });
    await woon.close();
  });
});

describe('Veiligheidshuis Maastricht-Heuvelland: correcting a subject with a reason (ADR 0206)', () => {
  it('000-R27 the process director corrects the name, is asked for the reason at its field, saves it and reads the correction in the history; the privacy officer has no link and is refused', async () => {
    const pd = await as(browser, 'procesregisseur@maastricht');
    const pdId = (await call<{ userId: string }>(pd.page, 'GET', '/api/auth/me')).userId;
    const gemeente = await asByApi(browser, 'gemeente-maastricht@maastricht');
    const created = await call<{ id: string }>(gemeente.page, 'POST', '/api/cases', {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: 'Harrie Wijnands', birthDate: '1969-04-02' }],
      registration: { content: 'Teloorgang op meerdere leefgebieden.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: pdId,
    });
    await gemeente.close();
    const { page, problems } = pd;
    let steps = 0;
    await page.goto(`/cases/${created.id}`);
    steps++;
    await page.getByRole('link', { name: 'Gegevens van betrokkene aanvullen of verbeteren' }).click();
    steps++;
    await page.getByRole('heading', { level: 1, name: 'Gegevens van betrokkene aanvullen of verbeteren' }).waitFor();
    await page.getByText('Er is nog niets verbeterd.').waitFor();
    await checkA11y(page, 'subject details: nothing corrected yet');
    await page.getByLabel(/^Naam/).fill('Harry Wijnandts');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    steps += 2;
    // The name always had a value: the API asks for the reason, at its field, in Dutch.
    await page.locator('#subject\\.reason-error, [id$="reason-error"]').first().waitFor();
    expect(await page.locator('[id$="reason-error"]').first().innerText()).toMatch(/reden/i);
    await checkA11y(page, 'subject details: the reason is missing');
    await page.getByLabel('Reden van de verbetering').fill('Naam verkeerd overgenomen uit de melding; nagevraagd bij de BRP.');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    steps += 2;
    await page.getByText('De gegevens van Harry Wijnandts zijn verbeterd.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('zijn verbeterd');
    const row = page.getByRole('row').filter({ hasText: 'nagevraagd bij de BRP' });
    await row.waitFor();
    expect(await row.innerText()).toContain('naam');
    expect(await row.innerText()).not.toContain('Harrie');
    await checkA11y(page, 'subject details: the correction in the history');
    counted['000-R27 correct the name'] = steps;
    expect(steps).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await pd.close();

    // The privacy officer sees every case but does not act in it: no link, and the API refuses.
    const po = await as(browser, 'privacy@maastricht');
    await po.page.goto(`/cases/${created.id}`);
    await po.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await po.page.getByRole('link', { name: 'Gegevens van betrokkene aanvullen of verbeteren' }).count()).toBe(0);
    expect((await pageFetch(po.page, 'GET', `/api/cases/${created.id}/subject-corrections`)).status).toBe(403);
    await po.close();
  });
});

describe('Veiligheidshuis Maastricht-Heuvelland: the weighings on the case page (P7)', () => {
  it('000-R23 the process director and the housing corporation that weighed read the weighing on the case page; the privacy officer, who sees the case, is offered none and is refused', async () => {
    const gemeente = await as(browser, 'servatius@maastricht');
    const pdUser = await asByApi(browser, 'procesregisseur@maastricht');
    const pdId = (await call<{ userId: string }>(pdUser.page, 'GET', '/api/auth/me')).userId;
    await pdUser.close();
    const created = await call<{ id: string }>(gemeente.page, 'POST', '/api/cases', {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: 'Frans Lemmens', birthDate: '1971-03-15' }],
      registration: { content: 'Huurachterstand en signalen van verwaarlozing.', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging: de huurachterstand weegt zwaarder dan de inbreuk.' } },
      processDirectorId: pdId,
    });
    await call(gemeente.page, 'POST', `/api/cases/${created.id}/weighings`, {
      proportionality: 'Alleen de huurachterstand en de signalen van verwaarlozing.',
      subsidiarity: 'Betrokkene weigert elk contact; toestemming vragen lukte niet.',
      effectiveness: 'Zonder deze gegevens is geen plan van aanpak mogelijk.',
      informAfterwardsReason: 'Na het overleg mondeling en per brief.',
    });

    // The housing corporation reads its own weighing back.
    await gemeente.page.goto(`/cases/${created.id}`);
    const own = gemeente.page.getByRole('region', { name: 'Afwegingen in het dossier' });
    await own.getByText('Alleen de huurachterstand en de signalen van verwaarlozing.').waitFor();
    expect(gemeente.problems).toEqual([]);
    await gemeente.close();

    const pd = await as(browser, 'procesregisseur@maastricht');
    let steps = 0;
    await pd.page.goto(`/cases/${created.id}`);
    steps++;
    const region = pd.page.getByRole('region', { name: 'Afwegingen in het dossier' });
    await region.getByRole('heading', { level: 3, name: /^Afweging van / }).waitFor();
    expect(await region.innerText()).toContain('Betrokkene weigert elk contact; toestemming vragen lukte niet.');
    expect(await region.innerText()).toMatch(/Afgerond op /);
    await checkA11y(pd.page, 'case page with the weighings (process director)');
    counted['000-R23 read the weighings'] = steps;
    expect(pd.problems).toEqual([]);
    await pd.close();

    const po = await as(browser, 'privacy@maastricht');
    await po.page.goto(`/cases/${created.id}`);
    await po.page.getByRole('heading', { level: 1 }).first().waitFor();
    await po.page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await po.page.getByRole('region', { name: 'Afwegingen in het dossier' }).count()).toBe(0);
    await checkA11y(po.page, 'case page without the weighings (privacy officer)');
    const refused = await pageFetch(po.page, 'GET', `/api/cases/${created.id}/weighings`);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { rule: 'P7', reason: 'weighing_not_yours' } });
    await po.close();
  });
});
