/**
 * Requirement 002-A24 in the browser: the police professional records an oral provision of police
 * data (told in the meeting) on the provision-log screen, one line per receiving partner, and finds
 * it in the log marked oral; the privacy officer reads it but has no form (she provided nothing).
 * Axe on the screen; the steps are counted.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch } from './support/browser.js';
import { directorOf } from './support/story.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('002-A24 oral provisions of police data (Noord-Limburg)', () => {
  it('002-A24 the police record an oral provision to two partners and find it in the log marked oral; the privacy officer reads it without a form', async () => {
    const police = await as(browser, 'politie-limburg@noord-limburg');
    const created = await call<{ id: string }>(police.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Karel Mondeling', birthDate: '1979-03-04' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'police_justice'],
      registration: { content: 'Politie: meldingen van overlast.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } },
    });
    await directorOf(browser, created.id, 'noord-limburg');
    const caseNumber = (await call<{ number: string }>(police.page, 'GET', `/api/cases/${created.id}`)).number;

    let steps = 0;
    const { page, problems } = police;
    await page.goto('/');
    steps++;
    await page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mondelinge verstrekking vastleggen' }).waitFor();
    await checkA11y(page, 'provision log with the oral form (police)');
    steps++;
    await page.getByLabel('Nummer van de casus').fill(caseNumber);
    const recipients = page.getByRole('group', { name: 'Aan welke partners?' }).getByRole('checkbox');
    steps += 2;
    await recipients.nth(0).check();
    await recipients.nth(1).check();
    steps++;
    await page.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
    await page.getByText('De verstrekking is vastgelegd: 2 regels in het log.').waitFor();
    steps++;
    await page.getByLabel('Casusnummer').fill(caseNumber);
    steps++;
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const oral = page.getByRole('row').filter({ hasText: '(mondeling)' });
    await oral.first().waitFor();
    expect(await oral.count()).toBe(2);
    expect(await oral.first().innerText()).toMatch(/politiegegevens \(politie en justitie\), mondeling verstrekt/);
    await checkA11y(page, 'provision log after recording (police)');
    expect(problems).toEqual([]);
    expect(steps).toBeLessThanOrEqual(7);
    await police.close();

    const po = await as(browser, 'privacy@noord-limburg');
    await po.page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).click();
    await po.page.getByRole('row').filter({ hasText: caseNumber }).filter({ hasText: '(mondeling)' }).first().waitFor();
    expect(await po.page.getByRole('button', { name: 'Verstrekking vastleggen' }).count()).toBe(0);
    await po.close();
  });
});
