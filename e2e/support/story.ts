/** Steps of the stories that the UI performs the same way each time. */
import type { Browser, Locator, Page } from 'playwright-core';
import { asByApi, pageFetch } from './browser.js';
import { expect } from 'vitest';

export interface Registration {
  readonly table?: string;
  readonly workArea?: string;
  readonly name: string;
  readonly bsn?: string;
  /** Left out where only the minimal set is registered before pickup (Nijmegen). */
  readonly content?: string;
  readonly special?: boolean;
  readonly police?: boolean;
  readonly law: string;
  /** Fills more of the form (e.g. a table's structured registration fields) before the form is sent. */
  readonly more?: (page: Page) => Promise<void>;
}

/** Registers a case through the form; returns the new case id from the URL. */
export async function registerThroughForm(page: Page, r: Registration): Promise<string> {
  await page.goto('/cases/new');
  await page.getByRole('heading', { level: 1, name: 'Casus aanmelden' }).waitFor();
  await page.locator('#f-tableId option').first().waitFor({ state: 'attached' });
  if (r.table !== undefined) await page.locator('#f-tableId').selectOption(r.table);
  if (r.workArea !== undefined) await page.locator('#f-workArea').selectOption(r.workArea);
  await page.locator('#f-subjects-0-name').fill(r.name);
  if (r.bsn !== undefined) await page.locator('#f-subjects-0-bsn').fill(r.bsn);
  await page.locator('#f-complexCriteria').check();
  await page.locator('#f-lifeDomains').check();
  if (r.content !== undefined) await page.locator('#f-registration-content').fill(r.content);
  if (r.special === true) await page.locator('#f-registration-special').check();
  if (r.police === true) await page.locator('#f-registration-police').check();
  await chooseBasis(page, 'registration.basis', r.law);
  if (r.more !== undefined) await r.more(page);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page
    .getByRole('heading', { level: 1, name: /^Casus \d{4}-\d{4}/ })
    .waitFor({ timeout: 15_000 })
    .catch(async (e: unknown) => {
      throw new Error(`registration did not show the case: ${await page.locator('main').innerText()}`, { cause: e });
    });
  const id = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(id).toBeDefined();
  return id ?? '';
}

/** The process director the case was assigned to (registration spreads the load over them); asked through the API. */
export async function directorOf(browser: Browser, caseId: string, short: string): Promise<string> {
  for (const who of ['procesregisseur', 'tweede-procesregisseur']) {
    const username = `${who}@${short}`;
    const { page, close } = await asByApi(browser, username);
    const view = await pageFetch(page, 'GET', `/api/cases/${caseId}`);
    await close();
    if (view.status === 200 && (view.json as { abilities?: { screen?: boolean } }).abilities?.screen === true) return username;
  }
  throw new Error(`no process director of ${short} acts in case ${caseId}`);
}

/** After an irreversible step's button: confirms the step ("Ja, …") when the screen asks for it. */
export async function confirmIfAsked(scope: Page | Locator): Promise<void> {
  const yes = scope.getByRole('button', { name: /^Ja, / });
  if ((await yes.count()) > 0) await yes.first().click();
}

/**
 * Chooses a legal basis from the organisation's own catalogue (the select under `prefix`) by a
 * text its label contains, e.g. the law or the kind ("Gerechtvaardigd belang").
 */
export async function chooseBasis(page: Page, prefix: string, text: string): Promise<void> {
  const select = page.locator(`#f-${prefix.replace(/[^a-zA-Z0-9_-]+/g, '-')}-kind`);
  await select.locator('option').nth(1).waitFor({ state: 'attached' });
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
  const hit = options.find((o) => o.value !== '' && o.label.toLowerCase().includes(text.toLowerCase()));
  if (hit === undefined) throw new Error(`no catalogue entry with "${text}" among: ${options.map((o) => o.label).join(' | ')}`);
  await select.selectOption(hit.value);
}
