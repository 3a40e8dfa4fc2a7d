/**
 * Login and registration in the browser: the login screen and its errors, keyboard-only
 * registration with the BSN 11-test message from the API, and the case page afterwards.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launch, login, newPage, screenshot } from './support/browser.js';
import { tabTo, tabToText } from './support/keyboard.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('login', () => {
  it('shows a Dutch error summary for a wrong password, linked to the form, and no session', async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await checkA11y(page, 'login');
    await screenshot(page, 'login');
    await page.getByLabel('Gebruikersnaam').fill('procesregisseur@noord-limburg');
    await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Er is een probleem').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ct-error-summary'))).toBe(true);
    await checkA11y(page, 'login with error');
    expect((await context.cookies()).some((c) => c.name === 'casustafel_session')).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English and back', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkA11y(page, 'login (en)');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await context.close();
  });
});

describe('registration', () => {
  it('keyboard only: a probation officer registers a case; the BSN 11-test message comes back at its field', async () => {
    const { page, context, problems } = await newPage(browser);
    await login(page, 'reclassering-nederland@noord-limburg');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await checkA11y(page, 'my work (professional)');
    await page.goto('/cases/new');
    await page.getByRole('heading', { level: 1, name: 'Casus aanmelden' }).waitFor();
    await page.getByLabel('Overlegtafel').locator('option').nth(1).waitFor({ state: 'attached' });
    await checkA11y(page, 'register');

    await tabTo(page, 'f-subjects-0-name');
    await page.keyboard.type('Jan de Vries');
    await tabTo(page, 'f-subjects-0-birthDate');
    await page.keyboard.type('1980-03-31');
    await tabTo(page, 'f-subjects-0-address');
    await page.keyboard.type('Kerkstraat 1, Venlo');
    await tabTo(page, 'f-subjects-0-bsn');
    await page.keyboard.type('123456789');
    await tabTo(page, 'f-complexCriteria');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-complexCriteria-impact_on_surroundings');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-lifeDomains');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-lifeDomains-addiction');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-registration-content');
    await page.keyboard.type('Overlast in de buurt, schulden en middelengebruik; reclasseringstoezicht loopt.');
    // The legal basis from the organisation's own catalogue: type-ahead on the focused list.
    await tabTo(page, 'f-registration-basis-kind');
    await page.keyboard.type('Publieke taak');
    expect(await page.locator('#f-registration-basis-kind option:checked').textContent()).toContain('Reclasseringsregeling 1995');
    await tabToText(page, 'Aanmelden');
    await page.keyboard.press('Enter');

    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('elfproef');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ct-error-summary'))).toBe(true);
    await expect.poll(() => page.locator('#f-subjects-0-bsn-error').textContent()).toContain('elfproef');
    expect(await page.locator('#f-subjects-0-bsn').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, 'register with errors');
    await screenshot(page, 'register-errors');

    // From the summary to the field, by keyboard.
    await tabToText(page, 'Betrokkene 1, BSN: Dit BSN voldoet niet aan de elfproef.');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-subjects-0-bsn');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('111222333');
    await tabToText(page, 'Aanmelden');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ }).waitFor();
    await page.getByText(/is aangemeld/).waitFor();
    await page.getByText('Aanmelding en screening').first().waitFor();
    await page.getByText('Overlast in de buurt').waitFor();
    await checkA11y(page, 'case page (registrant)');
    await screenshot(page, 'case-page-registrant');
    expect(problems).toEqual([]);
    await context.close();
  });
});
