/**
 * The team's work queue of every kind (issue 15 item 5): a process director opens "Werkvoorraad
 * team", finds a case by its subject's name, narrows to overdue actions and opens the action list
 * where the work is done. Two fresh cases for this file (one with an overdue action, one with a
 * meeting to prepare); the shared demo users themselves are not changed. The interactions are
 * counted and printed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, screenshot } from './support/browser.js';
import { Counter } from './support/count.js';
import { directorOf } from './support/story.js';
import { ACCEPT_BODY } from './support/acceptance.js';

let browser: Browser;
/** The case of the first test (an overdue action) and its director, for the address test. */
let found: { name: string; number: string; director: string } | null = null;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();
const preparation = { goal: 'Plan maken', themes: [], decisionsToTake: [], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' };

/** A case registered by the probation service, informed and accepted by its process director; that director. */
async function acceptedCase(name: string): Promise<{ caseId: string; number: string; director: string }> {
  const reg = await as(browser, 'reclassering-nederland@noord-limburg');
  const created = await call<{ id: string; number: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Werkvoorraad: overlast en schulden.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  });
  await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId: created.subjectIds[0], topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
  await reg.close();
  const director = await directorOf(browser, created.id, 'noord-limburg');
  const pd = await as(browser, director);
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, ACCEPT_BODY);
  await pd.close();
  return { caseId: created.id, number: created.number, director };
}

describe('team work queue (Noord-Limburg)', () => {
  it('015-queue-kinds: the process director finds the case by name in the team work queue, narrows to overdue actions and opens the action list', async () => {
    const stamp = String(Date.now());
    const name = `Werkvoorraad ${stamp}`;
    const overdue = await acceptedCase(name);
    const admin = await as(browser, 'beheerder@noord-limburg');
    const users = await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users');
    await admin.close();
    const officer = users.find((u) => u.username === 'politie-limburg@noord-limburg')?.id ?? '';
    const pd = await as(browser, overdue.director);
    const directory = await call<{ partners: { id: string; slug: string }[] }>(pd.page, 'GET', '/api/directory');
    const police = directory.partners.find((p) => p.slug === 'politie-limburg')?.id ?? '';
    const meetingId = (await call<{ id: string }>(pd.page, 'POST', `/api/cases/${overdue.caseId}/meetings`, { scheduledAt: inDays(-20), preparation })).id;
    await call(pd.page, 'POST', `/api/cases/${overdue.caseId}/meetings/${meetingId}/invitations/batch`, { invitations: [{ userId: officer, role: 'intended_executor' }] });
    await call(pd.page, 'POST', `/api/cases/${overdue.caseId}/transitions`, { event: 'schedule_rto' });
    const m = await call<{ version: number }>(pd.page, 'GET', `/api/cases/${overdue.caseId}/meetings/${meetingId}`);
    await call(pd.page, 'PUT', `/api/cases/${overdue.caseId}/meetings/${meetingId}/record`, {
      version: m.version,
      date: inDays(-20).slice(0, 10),
      status: 'held',
      reason: 'Overlast bespreken',
      present: [officer],
      plan: { goals: [{ domain: 'police_justice', goal: 'Overlast stopt' }], actions: [{ description: 'Werkvoorraad: huisbezoek', ownerPartnerId: police, dueAt: inDays(-3).slice(0, 10) }] },
    });
    await pd.close();

    const counter = new Counter();
    const { page, close, problems } = await as(browser, overdue.director);
    await page.getByRole('heading', { level: 1 }).waitFor();
    counter.step('open the team work queue');
    await counter.click(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad team' }));
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad van het team' }).waitFor();
    const table = page.getByRole('table', { name: /in de werkvoorraad/ });
    await table.waitFor();
    await checkA11y(page, 'team work queue');

    counter.step('find the case by name and narrow to overdue actions');
    await counter.fill(page.getByLabel('Zoeken', { exact: true }), name);
    await counter.click(page.getByRole('button', { name: 'Zoeken' }));
    await table.locator('tbody tr', { hasText: overdue.number }).first().waitFor();
    await expect.poll(async () => (await table.locator('tbody tr').allInnerTexts()).every((r) => r.includes(overdue.number))).toBe(true);
    await counter.select(page.getByLabel('Soort werk'), 'action_overdue');
    const row = table.locator('tbody tr', { hasText: 'Actie te laat' });
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(1);
    expect(await row.innerText()).toContain(name);
    expect(await row.innerText()).toContain('Te laat');
    await screenshot(page, 'team-work-queue');

    counter.step('open where the work is done');
    await counter.click(row.getByRole('link', { name: `Actie te laat: casus ${overdue.number} openen` }));
    await page.getByRole('heading', { level: 1, name: /Actielijst/ }).waitFor();
    await page.getByText('Werkvoorraad: huisbezoek').first().waitFor();

    const total = [...counter.steps.values()].reduce((a, t) => a + t.interactions, 0);
    for (const [step, tally] of counter.steps) console.log(`[work-queue] ${step}: ${tally.interactions} interactions, ${tally.submissions} submissions, ${tally.refused} refused`);
    console.log(`[work-queue] TOTAL: ${total} interactions from signed in to the overdue action's list`);
    expect(total).toBeLessThanOrEqual(5);
    expect(problems).toEqual([]);
    await close();
    found = { name, number: overdue.number, director: overdue.director };
  });

  it('015-queue-url: the search, kind, order and page are in the address; a reload and a shared link show the same', async () => {
    if (found === null) throw new Error('the first test did not set up its case');
    const { name, number, director } = found;
    const { page, close, problems } = await as(browser, director);
    await page.goto('/team');
    const table = page.getByRole('table', { name: /in de werkvoorraad/ });
    await table.waitFor();
    await page.getByLabel('Zoeken', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByLabel('Soort werk').selectOption('action_overdue');
    await page.getByLabel('Sorteren op').selectOption('case');
    await expect.poll(() => new URL(page.url()).searchParams.get('sorteer')).toBe('case');
    const address = new URL(page.url());
    expect(address.pathname).toBe('/team');
    expect(Object.fromEntries(address.searchParams)).toEqual({ q: name, soort: 'action_overdue', sorteer: 'case' });
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(1);

    const sameView = async (p: typeof page): Promise<void> => {
      await p.getByRole('table', { name: /in de werkvoorraad/ }).locator('tbody tr', { hasText: number }).waitFor();
      expect(await p.getByLabel('Zoeken', { exact: true }).inputValue()).toBe(name);
      expect(await p.getByLabel('Soort werk').inputValue()).toBe('action_overdue');
      expect(await p.getByLabel('Sorteren op').inputValue()).toBe('case');
      expect(await p.getByRole('table', { name: /in de werkvoorraad/ }).locator('tbody tr').count()).toBe(1);
    };
    await page.reload();
    await sameView(page);
    await checkA11y(page, 'team work queue from the address');

    // A colleague's browser opening the shared link (a fresh sign-in) shows the same view.
    const shared = await as(browser, director);
    await shared.page.goto(address.pathname + address.search);
    await sameView(shared.page);
    // The page is in the address too: a link to page 2 asks the API for page 2.
    const asked = shared.page.waitForRequest((r) => new URL(r.url()).pathname === '/api/work-queue');
    await shared.page.goto('/team?sorteer=due&pagina=2');
    const query = new URL((await asked).url()).searchParams;
    expect([query.get('page'), query.get('sort')]).toEqual(['2', 'due']);
    expect(await shared.page.getByLabel('Sorteren op').inputValue()).toBe('due');
    expect(shared.problems).toEqual([]);
    await shared.close();
    expect(problems).toEqual([]);
    await close();
  });
});
