/**
 * Rows 002-C07 (ADR 0116), 003-52 and 004-R05 in the browser: the process director assigns the
 * ondersteuner to a case on its support screen (sending without a choice is refused by the form
 * first, in Dutch naming the field), then records an absence with a substitute and dates typed the
 * Dutch way. Axe on each screen; the steps are counted.
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

/** A day from today in Amsterdam as dd-mm-jjjj. */
function dutchDay(daysFromToday: number): string {
  const iso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + daysFromToday * 86_400_000));
  const [y = '', m = '', d = ''] = iso.split('-');
  return `${d}-${m}-${y}`;
}

describe('002-C07 / 003-52 substitutes and support staff (Noord-Limburg)', () => {
  it('003-52 004-R05 002-C07 the process director assigns the ondersteuner (one refusal first) and records an absence with a substitute', async () => {
    const rn = await as(browser, 'reclassering-nederland@noord-limburg');
    const created = await call<{ id: string }>(rn.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Sanne Vervanging', birthDate: '1985-02-03' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Schulden en dreigende uithuiszetting.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    await rn.close();
    const director = await directorOf(browser, created.id, 'noord-limburg');

    let steps = 0;
    const pd = await as(browser, director);
    const { page, problems } = pd;
    await page.goto(`/cases/${created.id}`);
    steps++;
    await page.getByRole('link', { name: 'Ondersteuning' }).click();
    steps++;
    await page.getByRole('heading', { level: 1, name: 'Ondersteuning bij deze casus' }).waitFor();
    await checkA11y(page, 'support staff of a case (process director)');
    await page.getByRole('button', { name: 'Ondersteuner toewijzen' }).click();
    steps++;
    await page.getByText('Vul dit veld in.').first().waitFor();
    await page.getByLabel('Ondersteuner').selectOption({ label: 'Ondersteunend medewerker (Zorg- en Veiligheidshuis Noord-Limburg)' }).catch(async () => {
      await page.getByLabel('Ondersteuner').selectOption({ index: 1 });
    });
    steps++;
    await page.getByRole('button', { name: 'Ondersteuner toewijzen' }).click();
    steps++;
    await page.getByText('De ondersteuner is toegewezen en ziet de casus nu.').waitFor();
    await page.getByRole('button', { name: /weghalen$/ }).waitFor();
    await checkA11y(page, 'support staff assigned');

    await page.getByRole('navigation').getByRole('link', { name: 'Afwezigheid' }).click();
    steps++;
    await page.getByRole('heading', { level: 1, name: 'Afwezigheid en vervanging' }).waitFor();
    await checkA11y(page, 'absence and substitution (process director)');
    await page.getByLabel('Vervanger').selectOption({ index: 1 });
    await page.getByLabel('Van', { exact: true }).fill(dutchDay(1));
    await page.getByLabel('Tot en met').fill(dutchDay(3));
    steps += 3;
    await page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
    steps++;
    await page.getByText('De afwezigheid is vastgelegd.', { exact: false }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Gepland' }).first().waitFor();
    await checkA11y(page, 'absence recorded');
    expect(problems).toEqual([]);
    expect(steps).toBeLessThanOrEqual(10);
    await pd.close();

    const sup = await as(browser, 'ondersteuner@noord-limburg');
    const view = await call<{ id: string }>(sup.page, 'GET', `/api/cases/${created.id}`);
    expect(view.id).toBe(created.id);
    await sup.close();
  });
});
