/**
 * Changes of Maastricht's tables in the browser (seed 000 art. 16.2, 000-R50): the administrator
 * proposes a change (over the API: editing is the table screen's task); the manager of gemeente
 * Maastricht reads what changes, refuses one proposal after a confirmation and consents to another,
 * signing with its function; the administrator sees the change is not yet adoptable while partners
 * are missing. Two tables get a proposal of their own; no other browser test changes them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface ConfigTable {
  id: string;
  name: string;
  purpose: string;
}

/** The region of one proposed change, by its heading (table names hold parentheses). */
const proposal = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, voorgesteld op`);

async function propose(tableId: string, purpose: string): Promise<string> {
  const admin = await as(browser, 'beheerder@maastricht');
  const config = (await pageFetch(admin.page, 'GET', '/api/collaboration')).json as { config: { tables: ConfigTable[] } };
  const table = config.config.tables.find((x) => x.id === tableId);
  expect(table).toBeDefined();
  const { id: _id, ...rest } = table as ConfigTable;
  const res = await pageFetch(admin.page, 'PUT', `/api/collaboration/tables/${tableId}`, { ...rest, purpose });
  expect(res.status, JSON.stringify(res.json)).toBe(202);
  await admin.close();
  return (table as ConfigTable).name;
}

describe('000-R50 changes of the tables need every partner’s written consent', () => {
  it('000-R50 the manager refuses one proposal after a confirmation and consents to another, signing with its function; the admin cannot adopt yet', async () => {
    const refusedTable = await propose('netwerkoverleg-stadsdelen', 'Woonoverlast aanpakken, ook zonder zorgvraag.');
    const consentedTable = await propose('jco-huiselijk-geweld', 'Huiselijk geweld stoppen en herhaling voorkomen.');

    const { page, close, problems } = await as(browser, 'manager@maastricht');
    await page.getByRole('navigation').getByRole('link', { name: 'Convenantwijzigingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijzigingen van de overlegtafels' }).waitFor();
    const refused = page.getByRole('region', { name: proposal(refusedTable) });
    await refused.waitFor();
    // What changes, field by field, and who has not consented yet.
    const diff = await refused.getByRole('table', { name: `Wat verandert aan ${refusedTable}` }).innerText();
    expect(diff).toContain('purpose');
    expect(diff).toContain('Woonoverlast aanpakken, ook zonder zorgvraag.');
    expect(await refused.innerText()).toContain('Nog niet ingestemd');
    await checkA11y(page, 'table amendments (manager)');
    await screenshot(page, 'table-amendments');

    // Refusing ends the proposal: it asks first, and the function is required.
    await refused
      .getByLabel('Uw functie')
      .fill('Burgemeester')
      .catch(async (e: unknown) => {
        throw new Error(`no consent form: ${await refused.innerText()}`, { cause: e });
      });
    await refused.getByRole('button', { name: 'Weigeren' }).click();
    await refused.getByText('Weigeren beëindigt het voorstel').waitFor();
    await refused.getByRole('button', { name: 'Ja, weigeren' }).click();
    await page.getByText('Uw weigering is vastgelegd; het voorstel is beëindigd.').waitFor();
    const history = page.getByRole('table', { name: 'Eerdere wijzigingen' });
    await expect.poll(() => history.innerText()).toContain('geweigerd');
    expect(await history.innerText()).toContain('Burgemeester');

    const consented = page.getByRole('region', { name: proposal(consentedTable) });
    await consented.getByRole('button', { name: 'Instemmen' }).click();
    await consented.locator('.utrecht-form-field-error-message').waitFor();
    await consented.getByLabel('Uw functie').fill('Burgemeester');
    await consented.getByRole('button', { name: 'Instemmen' }).click();
    await page.getByText('Uw instemming is vastgelegd.').waitFor();
    await expect.poll(() => consented.innerText()).toContain('stemt in (');
    // Consented once: the form is gone for this organisation.
    expect(await consented.getByRole('button', { name: 'Instemmen' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();

    // The administrator sees the consent but no adopt button while partners are missing.
    const admin = await as(browser, 'beheerder@maastricht');
    await admin.page.goto('/amendments');
    const pending = admin.page.getByRole('region', { name: proposal(consentedTable) });
    await expect.poll(() => pending.innerText()).toContain('Burgemeester');
    expect(await pending.getByRole('button', { name: 'Wijziging vaststellen' }).count()).toBe(0);
    await checkA11y(admin.page, 'table amendments (admin)');
    expect(admin.problems).toEqual([]);
    await admin.close();
  });
});
