/**
 * The functional administrator's screens in the browser (§4, §6, P1): a table of the
 * configuration changed with a field error first; a new partner that asks to join, gets the
 * approvals its covenant requires, signs and becomes active, and then gives notice with the end
 * date the domain computes; a new user's role, checks and deactivation; the admin refused case
 * content; and the collaboration's own theme tokens. Every change is to data this file creates:
 * a new table, a new partner, a new user (other files rely on the demo data).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';
import { registerThroughForm } from './support/story.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const unique = Date.now().toString(36);

describe('administration: tables (§6)', () => {
  it('lists the tables; editing one shows the error at its field, then saves (keyboard)', async () => {
    // Noord-Limburg: its admin changes a table alone. In Maastricht a change waits for every
    // partner's written consent (seed 000 art. 16.2, test/api/table-amendments.test.ts).
    const { page, close, problems } = await as(browser, 'beheerder@noord-limburg');
    const tableId = `beheer-test-${unique}`;
    const created = await pageFetch(page, 'PUT', `/api/collaboration/tables/${tableId}`, {
      name: 'Testtafel beheer',
      purpose: 'Een tafel om het beheerscherm te controleren.',
      frequency: { description: 'Maandelijks', meetingsPerYear: { min: 10, max: 12 } },
      criteria: ['Meervoudige problematiek'],
      followUpQuestions: [],
      preconditions: [],
      structuralPartners: [],
      incidentalPartners: [],
      anyMemberMayJoin: true,
      individualsDiscussed: 'full',
      allowedDataSet: [{ id: 'naw', label: 'Naam en adres', special: false }],
      sharedInformation: [],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(200);

    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByRole('table', { name: 'Gebruikers' }).waitFor();
    await checkA11y(page, 'admin overview');
    await page.getByRole('navigation', { name: 'Beheertaken' }).getByRole('link', { name: 'Overlegtafels bekijken en wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overlegtafels' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Testtafel beheer' }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Testtafel beheer' }) });
    expect(await section.innerText()).toContain('10 tot 12 keer per jaar');
    expect(await section.innerText()).toContain('Meervoudige problematiek');
    await checkA11y(page, 'admin tables');
    await screenshot(page, 'admin-tables');

    await page.getByRole('link', { name: 'Testtafel beheer wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tafel wijzigen: Testtafel beheer' }).waitFor();
    await page.getByLabel('Doel').fill('');
    await page.getByRole('button', { name: 'Tafel opslaan' }).click();
    await page.locator('.ct-error-summary').waitFor();
    await page.locator('#f-purpose-error').waitFor();
    expect(await page.locator('#f-purpose').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.ct-error-summary').innerText()).toContain('Doel');
    await checkA11y(page, 'admin table edit (with an error)');

    // The error summary links to the field; fill it in and save with the keyboard alone.
    await page.locator('.ct-error-summary a', { hasText: 'Doel' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-purpose');
    await page.keyboard.type('Samen overlast en zorgen aanpakken.');
    await page.getByLabel('Maximaal aantal overleggen per jaar').fill('24');
    await tabTo(page, 'f-anyMemberMayJoin');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('De tafel is opgeslagen.').waitFor();
    expect(await page.locator('#f-purpose-error').count()).toBe(0);

    const config = (await pageFetch(page, 'GET', '/api/collaboration')).json as { config: { tables: { id: string; purpose: string; frequency: { meetingsPerYear: { max: number } } }[] } };
    const saved = config.config.tables.find((x) => x.id === tableId);
    expect(saved?.purpose).toBe('Samen overlast en zorgen aanpakken.');
    expect(saved?.frequency.meetingsPerYear.max).toBe(24);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('administration: partners joining and leaving (P1)', () => {
  it('a new partner asks to join, gets every partner’s and then the steering group’s approval, signs, becomes active; then gives notice and the end date shows', async () => {
    // Midden-Limburg (seed 001): the steering group decides after all partners agreed (art. 17.4);
    // notice ends the membership at the end of the running yearly term (art. 20.1). No other
    // browser test uses this collaboration, so its new partner changes nobody else's story.
    const { page, close, problems } = await as(browser, 'beheerder@midden-limburg');
    const name = `Stichting Buurtkracht ${unique}`;
    await page.goto('/admin/partners');
    await page.getByRole('heading', { level: 1, name: 'Partners: toetreden en opzeggen' }).waitFor();
    await page.getByRole('table', { name: 'Partners en hun lidmaatschap' }).waitFor();
    await page.getByText('de stuurgroep besluit nadat alle convenantpartners hebben ingestemd').waitFor();
    await page.getByLabel('Naam van de organisatie').fill(name);
    await page.getByLabel('Korte naam (slug)').fill(`buurtkracht-${unique}`);
    await page.getByLabel('Soort organisatie').selectOption('welzijn');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const partnerId = /\/admin\/partners\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(partnerId).not.toBe('');
    await page.getByText('kandidaat: toetreding loopt').first().waitFor();
    await page.getByText('instemming van partners').waitFor();
    await checkA11y(page, 'admin partner (candidate)');

    const voters = await page.locator('#f-d-by-partnerId option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'steering_group'));
    expect(voters.length).toBeGreaterThan(20);
    for (const [i, voter] of voters.entries()) {
      await page.locator('#f-d-by-partnerId').selectOption(voter);
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await expect.poll(() => page.locator('li', { hasText: 'ingestemd op' }).count()).toBe(i + 1);
    }
    // All partners agreed: now the steering group's decision is what is missing.
    await page.getByText('het besluit van de stuurgroep').waitFor();
    expect(await page.getByText(/^actief lid/).count()).toBe(0);
    await page.locator('#f-d-by-partnerId').selectOption('steering_group');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('de ondertekende toetredingsverklaring').waitFor();
    expect(await page.getByText(/^actief lid/).count()).toBe(0);
    await page.getByRole('button', { name: 'Ondertekening vastleggen' }).click();
    await page.getByText('De partner is nu lid van het convenant.').waitFor();
    await page.getByText(/^actief lid sinds /).waitFor();

    // Notice: the period and the end date as the domain computes them.
    await page.getByRole('heading', { level: 2, name: 'Opzeggen', exact: true }).waitFor();
    await page.getByText(/het lidmaatschap eindigt aan het einde van het lopende jaar/).waitFor();
    await checkA11y(page, 'admin partner (member)');
    await page.getByRole('button', { name: 'Opzegging vastleggen', exact: true }).click();
    await page.getByText(/^De opzegging is vastgelegd\. Het lidmaatschap eindigt op /).waitFor();
    const partners = (await pageFetch(page, 'GET', '/api/partners')).json as { id: string; active: boolean; endsAt: string | null; noticeGivenAt: string | null }[];
    const joined = partners.find((p) => p.id === partnerId);
    expect(joined?.active).toBe(true);
    expect(joined?.noticeGivenAt).not.toBeNull();
    const endsAt = joined?.endsAt ?? '';
    expect(endsAt).toBe(`${new Date().getUTCFullYear() + 1}-01-01T00:00:00.000Z`);
    const shown = new Date(endsAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(await page.locator('main').innerText()).toContain(`Lidmaatschap eindigt op\n${shown}`);
    expect(await page.getByText(`opgezegd; lid tot ${shown}`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Opzegging vastleggen', exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Terug naar de partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners: toetreden en opzeggen' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText(`opgezegd; lid tot ${shown}`).waitFor();
    await checkA11y(page, 'admin partners');
    await screenshot(page, 'admin-partners');

    // In English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners: joining and leaving' }).waitFor();
    await page.getByRole('table', { name: 'Partners and their membership' }).waitFor();
    await page.getByText('the steering group decides after all covenant partners agreed').waitFor();
    await checkA11y(page, 'admin partners (en)');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('administration: users (§4)', () => {
  it('a new user: role changed, confidentiality and VOG recorded, then deactivated', async () => {
    const { page, close, problems } = await as(browser, 'beheerder@maastricht');
    const partners = (await pageFetch(page, 'GET', '/api/partners')).json as { id: string; active: boolean }[];
    const partnerId = partners.find((p) => p.active)?.id ?? '';
    const username = `test-gebruiker-${unique}@maastricht`;
    const created = await pageFetch(page, 'POST', '/api/users', { partnerId, username, displayName: 'Test Gebruiker', role: 'professional', password: 'een-lang-wachtwoord-voor-test' });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const userId = (created.json as { id: string }).id;

    await page.goto('/admin');
    await page.getByRole('link', { name: 'Test Gebruiker wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruiker: Test Gebruiker' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('niet vastgelegd');
    await checkA11y(page, 'admin user');

    await page.getByLabel('Rol', { exact: true }).selectOption('support');
    await page.getByRole('button', { name: 'Rol opslaan' }).click();
    await page.getByText(/^De rol is gewijzigd/).waitFor();
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await page.getByText('De datums zijn vastgelegd.').waitFor();
    await page.getByRole('button', { name: 'Account uitzetten' }).click();
    // Irreversible here: the screen says what happens and asks first.
    await page.getByRole('group', { name: 'Account uitzetten: weet u het zeker?' }).waitFor();
    await page.getByRole('button', { name: 'Ja, account uitzetten' }).click();
    await page.getByText('Het account is uitgezet.').waitFor();

    const users = (await pageFetch(page, 'GET', '/api/users')).json as { id: string; role: string; active: boolean; confidentialityDeclaredAt: string | null; vogCheckedAt: string | null }[];
    const user = users.find((u) => u.id === userId);
    expect(user).toMatchObject({ role: 'support', active: false });
    expect(user?.confidentialityDeclaredAt).not.toBeNull();
    expect(user?.vogCheckedAt).not.toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it('negative path: the admin is refused the content of a case, even by its own fetch', async () => {
    const reg = await as(browser, 'gemeente-venlo@venlo');
    await reg.page.goto('/cases/new');
    await reg.page.locator('#f-workArea option').nth(1).waitFor({ state: 'attached' });
    const area = await reg.page.locator('#f-workArea option').nth(1).getAttribute('value');
    const content = `Beheertest ${unique}: zorgen over de woning.`;
    const caseId = await registerThroughForm(reg.page, { workArea: area ?? '', name: 'Anna Beheertest', content, law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' });
    await reg.close();

    const { page, close } = await as(browser, 'beheerder@venlo');
    const one = await pageFetch(page, 'GET', `/api/cases/${caseId}`);
    expect(one.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(one.json)).not.toContain('Anna Beheertest');
    expect(JSON.stringify(one.json)).not.toContain(content);
    await close();
  });
});

describe('the collaboration theme (§6, NL Design System tokens)', () => {
  const header = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('.ct-header') as Element).backgroundColor);
  const primary = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('.utrecht-button--primary-action') as Element).backgroundColor);

  it('a Venlo user gets Venlo’s colour from its stylesheet; it is gone after signing out', async () => {
    const { page, close, problems } = await as(browser, 'politie-limburg@venlo');
    await page.locator('link#ct-collaboration-theme').waitFor({ state: 'attached' });
    await expect.poll(() => header(page)).toBe('rgb(138, 21, 56)');
    await page.goto('/cases/new');
    await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
    // A full page load: the stylesheet is linked again after the session is known, so wait for it.
    await expect.poll(() => primary(page)).toBe('rgb(138, 21, 56)');
    await checkA11y(page, 'register (Venlo theme)');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('link#ct-collaboration-theme').count()).toBe(0);
    await expect.poll(() => header(page)).not.toBe('rgb(138, 21, 56)');
    expect(problems).toEqual([]);
    await close();
  });

  it('a user of another collaboration does not get it', async () => {
    const { page, close, problems } = await as(browser, 'procesregisseur@noord-limburg');
    await page.locator('link#ct-collaboration-theme').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (document.getElementById('ct-collaboration-theme') as HTMLLinkElement | null)?.sheet !== null);
    expect(await header(page)).toBe('rgb(29, 70, 114)');
    expect(problems).toEqual([]);
    await close();
  });
});
