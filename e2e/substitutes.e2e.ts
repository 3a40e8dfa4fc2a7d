/**
 * Rows 002-C07 (ADR 0116), 003-52 and 004-R05 in the browser: the process director assigns the
 * ondersteuner to a case on its support screen (sending without a choice is refused by the form
 * first, in Dutch naming the field), then records an absence with a substitute and dates typed the
 * Dutch way. Axe on each screen; the steps are counted. The admin then records another process
 * director's absence on its own screen (issue 15 item 5), after a confirmation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, pageFetch } from './support/browser.js';
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
  it('003-52 004-R05 002-C07 the process director assigns the ondersteuner (one refusal first) and records an absence with a substitute; the admin records another director\'s absence after a confirmation', async () => {
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

    // The admin records the absence of a process director who cannot do it: the user, the
    // substitute and the period, a refusal by the form first, then a confirmation that says what
    // will happen; the absent director finds it on its own screen.
    const admin = await as(browser, 'beheerder@noord-limburg');
    const users = await call<{ id: string; username: string; displayName: string }[]>(admin.page, 'GET', '/api/users');
    const absent = users.find((u) => u.username === 'tweede-procesregisseur@noord-limburg');
    const substitute = users.find((u) => u.username === 'procesregisseur@noord-limburg');
    expect(absent).toBeDefined();
    await admin.page.getByRole('navigation').getByRole('link', { name: 'Afwezigheid' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Afwezigheid van medewerkers vastleggen' }).waitFor();
    await admin.page.getByLabel('Medewerker').selectOption(absent?.id ?? '');
    await admin.page.getByRole('heading', { level: 2, name: `Afwezigheid van ${absent?.displayName ?? ''}` }).waitFor();
    await admin.page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
    await admin.page.getByText('Vul dit veld in.').first().waitFor();
    await admin.page.getByLabel('Vervanger').selectOption(substitute?.id ?? '');
    await admin.page.getByLabel('Van', { exact: true }).fill(dutchDay(10));
    await admin.page.getByLabel('Tot en met').fill(dutchDay(12));
    await admin.page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
    const confirmation = admin.page.getByRole('group', { name: `Afwezigheid van ${absent?.displayName ?? ''} vastleggen: weet u het zeker?` });
    await confirmation.getByText(`is afwezig van ${dutchDay(10)} tot en met ${dutchDay(12)}`).waitFor();
    await confirmation.getByText('U kunt de afwezigheid later weer intrekken.').waitFor();
    // Nothing is recorded before the confirmation (the director may already have an absence of its own from above).
    const periods = async (): Promise<string[]> => (await call<{ absences: { startsOn: string }[] }>(admin.page, 'GET', `/api/users/${absent?.id ?? ''}/absences`)).absences.map((x) => x.startsOn);
    expect((await periods()).some((d) => d.split('-').reverse().join('-') === dutchDay(10))).toBe(false);
    await checkA11y(admin.page, 'admin records an absence: confirmation');
    await confirmation.getByRole('button', { name: `Ja, afwezigheid van ${absent?.displayName ?? ''} vastleggen` }).click();
    await admin.page.getByText(`De afwezigheid van ${absent?.displayName ?? ''} is vastgelegd.`).waitFor();
    await admin.page.getByRole('table', { name: `Afwezigheid van ${absent?.displayName ?? ''}` }).getByRole('row').filter({ hasText: `${dutchDay(10)} – ${dutchDay(12)}` }).waitFor();
    await checkA11y(admin.page, 'admin records an absence: recorded');
    expect(admin.problems).toEqual([]);
    await admin.close();

    const away = await as(browser, 'tweede-procesregisseur@noord-limburg');
    await away.page.goto('/absence');
    await away.page.getByRole('row').filter({ hasText: `${dutchDay(10)} – ${dutchDay(12)}` }).waitFor();
    // A process director may not record another user's absence (only the absent person or the admin).
    const refused = await pageFetch(away.page, 'POST', `/api/users/${substitute?.id ?? ''}/absences`, { substituteUserId: absent?.id, startsOn: '2099-01-01', endsOn: '2099-01-02' });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { rule: 'P2', reason: 'absence_not_yours' } });
    await away.close();
  });
});
