/**
 * The Venlo and Nijmegen variants in the browser: a Venlo case lands in its work area for the
 * process director; a Nijmegen case that is not taken up leaves nothing identifying behind.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launch, login, newPage, pageFetch } from './support/browser.js';
import { directorOf, registerThroughForm } from './support/story.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('Zorgnetwerk Venlo', () => {
  it('the municipality registers a case in a work area; the process director finds it in my work', async () => {
    const reg = await newPage(browser);
    await login(reg.page, 'gemeente-venlo@venlo');
    await reg.page.goto('/cases/new');
    await reg.page.locator('#f-workArea option').nth(1).waitFor({ state: 'attached' });
    const area = await reg.page.locator('#f-workArea option').nth(1).getAttribute('value');
    await checkA11y(reg.page, 'register (Venlo, with work area)');
    const caseId = await registerThroughForm(reg.page, { workArea: area ?? '', name: 'Karel Peeters', content: 'Ernstige overlast en vervuiling van de woning.', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' });
    expect(reg.problems).toEqual([]);
    await reg.context.close();

    const pd = await newPage(browser);
    await login(pd.page, await directorOf(browser, caseId, 'venlo'));
    await pd.page.getByText('Karel Peeters').waitFor();
    await pd.page.goto(`/cases/${caseId}`);
    await pd.page.getByText('Ernstige overlast').waitFor();
    await pd.page.goto(`/cases/${caseId}/steps`);
    await pd.page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
    await pd.page.locator('section').first().waitFor();
    await checkA11y(pd.page, 'process steps (Venlo)');
    await pd.context.close();
  });
});

describe('Regieteams Nijmegen', () => {
  it('a signal that is not taken up leaves nothing identifying: after "not accepted" the name is gone', async () => {
    const reg = await newPage(browser);
    await login(reg.page, 'gemeente-nijmegen@nijmegen');
    const caseId = await registerThroughForm(reg.page, { name: 'Fatima El Amrani', content: 'Signaal: zorgen over het gezin, schulden en schooluitval.', law: 'Jeugdwet art. 2.3 en 2.4' });

    const pd = await newPage(browser);
    await login(pd.page, await directorOf(browser, caseId, 'nijmegen'));
    await pd.page.goto(`/cases/${caseId}/steps`);
    await pd.page.getByRole('button', { name: 'Niet accepteren: uitvoeren' }).click();
    await pd.page.getByText('Uitgevoerd: Niet accepteren.').waitFor();
    const after = await pageFetch(pd.page, 'GET', `/api/cases/${caseId}`);
    expect(JSON.stringify(after.json)).not.toContain('Fatima');
    const list = await pageFetch(pd.page, 'GET', '/api/cases');
    expect(JSON.stringify(list.json)).not.toContain('Fatima');
    await pd.context.close();

    await reg.page.goto(`/cases/${caseId}`);
    await reg.page.getByRole('heading', { level: 1 }).waitFor();
    await reg.page.waitForLoadState('networkidle');
    expect(await reg.page.locator('main').innerText()).not.toContain('Fatima');
    expect(JSON.stringify((await pageFetch(reg.page, 'GET', `/api/cases/${caseId}`)).json)).not.toContain('Fatima');
    await reg.context.close();
  });
});
