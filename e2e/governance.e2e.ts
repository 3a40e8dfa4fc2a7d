/**
 * Governance in the browser, on the shipped configurations as their demo users: the administrator
 * of Noord-Limburg excludes a partner by the steering group's decision after a notice of default
 * (ADR 0201; seed 003 art. 21.2), after a confirmation that says what follows, and a user of that
 * partner is refused on the next request; the manager reads the decision in the history. A dispute
 * about a case director (ADR 0210; seed 003 art. 10.4) is raised by the police, reaches the
 * process director's inbox and list but not the case director's, and is decided; the police read
 * the outcome. Roles the screens are not for get no menu item and a 403. Where a configuration
 * lacks an article its form is not offered. Nester is the partner excluded: no other browser test
 * uses it. Interactions are counted per task.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asByApi, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const counter = new Counter();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const [step, tally] of counter.steps) console.log(`[governance] ${step}: ${tally.interactions} interactions, ${tally.submissions} submissions, ${tally.refused} refused`);
  await browser.close();
});

const nav = (page: Page) => page.getByRole('navigation');
const isoDay = (daysAgo: number): string => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe('003-36 the steering group excludes a partner (Noord-Limburg)', () => {
  it('003-36 the admin records the exclusion with the notice of default after a confirmation; the partner’s user is refused on its next request; the manager reads it in the history', async () => {
    // A professional of Nester, signed in before the decision.
    const nester = await asByApi(browser, 'nester@noord-limburg');
    expect((await pageFetch(nester.page, 'GET', '/api/cases')).status).toBe(200);

    const admin = await as(browser, 'beheerder@noord-limburg');
    const { page } = admin;
    counter.step('exclude a partner');
    await counter.click(nav(page).getByRole('link', { name: 'Partners' }));
    await counter.click(page.getByRole('link', { name: 'Details van Nester' }));
    await page.getByRole('heading', { level: 1, name: 'Nester' }).waitFor();
    const section = page.getByRole('region', { name: 'Uitsluiten door de Stuurgroep' });
    await section.waitFor();
    expect(await section.innerText()).toContain('seed 003 art. 21.2');
    // Noord-Limburg has no immediate termination with unanimous consent: not offered.
    expect(await page.getByRole('region', { name: 'Direct opzeggen met instemming van alle partners' }).count()).toBe(0);
    await checkA11y(page, 'partner page with exclusion (admin)');

    // Sent empty: every required field says so, in Dutch, before anything reaches the API.
    await counter.click(section.getByRole('button', { name: 'Uitsluiting vastleggen' }));
    await section.locator('.utrecht-form-field-error-message').first().waitFor();
    const errors = await section.locator('.utrecht-form-field-error-message').allInnerTexts();
    expect(errors).toContain('Vul dit veld in.');
    expect(errors.some((e) => e.startsWith('Aantal stemmen voor: vul een geheel getal'))).toBe(true);
    await checkA11y(page, 'exclusion field errors');

    await counter.fill(section.getByLabel('Reden van de uitsluiting'), 'Houdt zich niet aan de geheimhoudingsafspraken (art. 11).');
    await counter.fill(section.getByLabel('Aantal stemmen voor'), '9');
    await counter.fill(section.getByLabel('Aantal stemmen tegen'), '2');
    await counter.fill(section.getByLabel('Datum van de ingebrekestelling'), isoDay(14));
    await counter.fill(section.getByLabel('Kenmerk van de ingebrekestelling'), 'Brief Stuurgroep 2026-17');
    await counter.click(section.getByRole('button', { name: 'Uitsluiting vastleggen' }));
    // The confirmation says what will happen.
    const warning = section.getByText('Na vastleggen is Nester met onmiddellijke ingang');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('vanaf hun volgende verzoek geen toegang meer');
    await checkA11y(page, 'exclusion confirmation');
    await screenshot(page, 'partner-exclusion');
    const done = section.getByText('De uitsluiting van Nester is vastgelegd en geldt direct');
    expect(await counter.submit(page, section.getByRole('button', { name: 'Ja, uitsluiting vastleggen' }), done)).toBe(true);
    // Focus moves to the result.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('De uitsluiting van Nester is vastgelegd');
    // Once the partner list is read again, the partner is no member to exclude.
    await expect.poll(() => section.getByRole('button', { name: 'Uitsluiting vastleggen' }).count()).toBe(0);
    await checkA11y(page, 'exclusion recorded');
    expect(admin.problems).toEqual([]);
    await admin.close();

    // Nester's user, in the session it already had, is refused on its next request.
    const refused = await pageFetch(nester.page, 'GET', '/api/cases');
    expect(refused.status).toBe(403);
    expect((refused.json as { error: { rule?: string } }).error.rule).toBe('P1');
    await nester.close();

    // The manager reads the decision in the history.
    const manager = await as(browser, 'manager@noord-limburg');
    counter.step('read the membership history');
    await counter.click(nav(manager.page).getByRole('link', { name: 'Lidmaatschapsbesluiten' }));
    await manager.page.getByRole('heading', { level: 1, name: 'Besluiten over het lidmaatschap' }).waitFor();
    const history = manager.page.getByRole('table', { name: 'Besluiten over het lidmaatschap' });
    await expect.poll(() => history.innerText()).toContain('Nester');
    const text = await history.innerText();
    expect(text).toContain('uitsluiting door de Stuurgroep');
    expect(text).toContain('stemmen voor 9, tegen 2');
    expect(text).toContain('Brief Stuurgroep 2026-17');
    await checkA11y(manager.page, 'membership history (manager)');
    expect(manager.problems).toEqual([]);
    await manager.close();
  });

  it('P1 a professional gets no membership menu item and a 403; the admin of a covenant without these articles is offered none of the forms; Maastricht offers only the unanimous termination', async () => {
    const police = await as(browser, 'politie-limburg@noord-limburg');
    expect(await nav(police.page).getByRole('link', { name: 'Lidmaatschapsbesluiten' }).count()).toBe(0);
    expect((await pageFetch(police.page, 'GET', '/api/membership-decisions')).status).toBe(403);
    await police.close();

    const venlo = await as(browser, 'beheerder@venlo');
    expect(await nav(venlo.page).getByRole('link', { name: 'Lidmaatschapsbesluiten' }).count()).toBe(0);
    const partners = (await pageFetch(venlo.page, 'GET', '/api/partners')).json as { id: string; slug: string }[];
    await venlo.page.goto(`/admin/partners/${partners.find((p) => p.slug === 'antares')?.id ?? ''}`);
    await venlo.page.getByRole('heading', { level: 1, name: 'Antares' }).waitFor();
    await venlo.page.getByRole('region', { name: 'Opzeggen' }).waitFor();
    for (const title of ['Uitsluiten door de Stuurgroep', 'Opzeggen wegens een onaanvaardbare wijziging', 'Direct opzeggen met instemming van alle partners']) {
      expect(await venlo.page.getByRole('region', { name: title }).count(), title).toBe(0);
    }
    await venlo.close();

    const maastricht = await as(browser, 'beheerder@maastricht');
    const mp = (await pageFetch(maastricht.page, 'GET', '/api/partners')).json as { id: string; slug: string }[];
    await maastricht.page.goto(`/admin/partners/${mp.find((p) => p.slug === 'gemeente-vaals')?.id ?? ''}`);
    const unanimous = maastricht.page.getByRole('region', { name: 'Direct opzeggen met instemming van alle partners' });
    await unanimous.waitFor();
    // No partner is ticked for the user.
    expect(await unanimous.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(await unanimous.getByRole('checkbox').count()).toBeGreaterThan(1);
    expect(await maastricht.page.getByRole('region', { name: 'Uitsluiten door de Stuurgroep' }).count()).toBe(0);
    await checkA11y(maastricht.page, 'partner page with unanimous termination (Maastricht)');
    expect(maastricht.problems).toEqual([]);
    await maastricht.close();
  });
});

describe('003-29 disputes about the directors (Noord-Limburg)', () => {
  it('003-29 the police raise a dispute about the case director; the process director finds it in the inbox and the list and decides it after a confirmation; the case director does not see it; the police read the outcome', async () => {
    const police = await as(browser, 'politie-limburg@noord-limburg');
    const monitoring = (await pageFetch(police.page, 'GET', '/api/cases?phase=monitoring')).json as { id: string; number: string }[];
    const target = monitoring[0];
    expect(target, 'a monitoring case of the demo data the police work in').toBeDefined();
    const { page } = police;
    counter.step('raise a dispute');
    await counter.click(nav(page).getByRole('link', { name: 'Geschillen' }));
    await page.getByRole('heading', { level: 1, name: 'Geschillen over regisseurs' }).waitFor();
    const raise = page.getByRole('region', { name: 'Een geschil voorleggen' });
    await raise.waitFor();
    // Nothing is chosen for the user: no case, no director.
    expect(await raise.getByRole('radio', { checked: true }).count()).toBe(0);
    await checkA11y(page, 'disputes (raise)');
    await counter.click(raise.getByRole('button', { name: 'Geschil voorleggen' }));
    await raise.locator('.utrecht-form-field-error-message').first().waitFor();
    expect(await raise.locator('.utrecht-form-field-error-message').count()).toBe(3);
    await counter.choose(raise.getByLabel('Casus', { exact: true }), target?.number ?? '');
    await counter.check(raise.getByLabel('de casusregisseur (behandeld door de procesregisseur)'));
    await counter.fill(raise.getByLabel('Wat is het geschil'), 'De casusregisseur deelt de actielijst niet en reageert niet op vragen.');
    expect(await counter.submit(page, raise.getByRole('button', { name: 'Geschil voorleggen' }), raise.getByText('Het geschil is voorgelegd'))).toBe(true);
    const item = page.getByRole('region', { name: /^Geschil over de casusregisseur, voorgelegd op/ }).first();
    await item.waitFor();
    expect(await item.innerText()).toContain('bij de procesregisseur');
    // The one who raised it decides nothing.
    expect(await item.getByRole('button', { name: 'Uitkomst vastleggen' }).count()).toBe(0);
    await checkA11y(page, 'disputes (raised)');
    const mine = (await pageFetch(page, 'GET', '/api/disputes')).json as { id: string; aboutUserId: string; caseId: string }[];
    const dispute = mine.find((d) => d.caseId === target?.id);
    expect(dispute).toBeDefined();

    // The case director it is about does not list it.
    const admin = await asByApi(browser, 'beheerder@noord-limburg');
    const users = (await pageFetch(admin.page, 'GET', '/api/users')).json as { id: string; username: string }[];
    // The administrator neither sees the menu item nor lists disputes.
    expect((await pageFetch(admin.page, 'GET', '/api/disputes')).status).toBe(403);
    await admin.page.goto('/');
    expect(await nav(admin.page).getByRole('link', { name: 'Geschillen' }).count()).toBe(0);
    await admin.close();
    const director = users.find((u) => u.id === dispute?.aboutUserId)?.username ?? '';
    expect(director).not.toBe('');
    const caseDirector = await asByApi(browser, director);
    const theirs = (await pageFetch(caseDirector.page, 'GET', '/api/disputes')).json as { id: string }[];
    expect(theirs.map((d) => d.id)).not.toContain(dispute?.id);
    await caseDirector.close();

    // The process director: the notice in the inbox, then the list; decides after a confirmation.
    const pd = await as(browser, 'procesregisseur@noord-limburg');
    counter.step('decide a dispute');
    await counter.click(nav(pd.page).getByRole('link', { name: 'Berichten' }));
    await pd.page.getByText('Geschil over een regisseur, voor u ter behandeling').first().waitFor();
    await counter.click(nav(pd.page).getByRole('link', { name: 'Geschillen' }));
    const held = pd.page.getByRole('region', { name: /^Geschil over de casusregisseur, voorgelegd op/ }).filter({ hasText: 'De casusregisseur deelt de actielijst niet' }).first();
    await held.waitFor();
    await held.getByRole('button', { name: 'Voorleggen aan de Manager' }).waitFor();
    await counter.fill(held.getByLabel('De uitkomst van het geschil'), 'De casusregisseur verstuurt de actielijst binnen een week na elk overleg.');
    await counter.click(held.getByRole('button', { name: 'Uitkomst vastleggen' }));
    await held.getByText('wie het voorlegde, krijgt de uitkomst bij Berichten').waitFor();
    await checkA11y(pd.page, 'disputes (decide confirmation)');
    await screenshot(pd.page, 'disputes');
    expect(await counter.submit(pd.page, held.getByRole('button', { name: 'Ja, uitkomst vastleggen' }), held.getByText('De uitkomst is vastgelegd'))).toBe(true);
    await expect.poll(() => pd.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('De uitkomst is vastgelegd');
    await expect.poll(() => held.innerText()).toContain('beslist');
    expect(await held.getByRole('button', { name: 'Uitkomst vastleggen' }).count()).toBe(0);
    await checkA11y(pd.page, 'disputes (decided)');
    expect(pd.problems).toEqual([]);
    await pd.close();

    // The police are told and read the outcome.
    counter.step('read the outcome');
    await counter.click(nav(page).getByRole('link', { name: 'Berichten' }));
    await page.getByText('Uitkomst van een geschil dat u voorlegde').first().waitFor();
    await counter.click(nav(page).getByRole('link', { name: 'Geschillen' }));
    const decided = page.getByRole('region', { name: /^Geschil over de casusregisseur, voorgelegd op/ }).filter({ hasText: 'binnen een week na elk overleg' }).first();
    await decided.waitFor();
    expect(await decided.innerText()).toContain('beslist');
    expect(police.problems).toEqual([]);
    await police.close();
  });
});
