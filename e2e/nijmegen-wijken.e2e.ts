/**
 * Nijmegen's regieteamwijken in the browser (004-C06, 004-R09; ADR 0195), on the shipped
 * configuration. The administrator gives a process director several wijken and the statistician
 * one, on the user's page; the statistician then reads the process information per case of that
 * one wijk under its statistics, with no case number; the manager gets no such section, a
 * professional's page offers no wijken. The assignments are cleared afterwards (one server serves
 * the whole browser suite). Axe on each state; interactions counted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Counter } from './support/count.js';
import { as, call, checkA11y, launch } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function userIdOf(page: Page, username: string): Promise<string> {
  const users = await call<{ id: string; username: string }[]>(page, 'GET', '/api/users');
  const id = users.find((u) => u.username === username)?.id;
  if (id === undefined) throw new Error(`no user ${username}`);
  return id;
}

describe('Regieteams Nijmegen: wijken (004-C06, 004-R09)', () => {
  it('004-C06 004-R09 the administrator assigns wijken; the statistician reads the process information per case of its one wijk without case numbers; the manager and a professional get none', async () => {
    const admin = await as(browser, 'beheerder@nijmegen');
    const director = await userIdOf(admin.page, 'procesregisseur@nijmegen');
    const statistician = await userIdOf(admin.page, 'statisticus@nijmegen');
    const professional = await userIdOf(admin.page, 'gemeente-nijmegen@nijmegen');

    // A process director directs several wijken.
    const assignDirector = new Counter();
    assignDirector.step('assignDirector');
    await admin.page.goto(`/admin/users/${director}`);
    const directorSection = admin.page.getByRole('region', { name: 'Werkgebieden (regieteamwijken)' });
    await directorSection.waitFor();
    await assignDirector.check(directorSection.getByRole('checkbox', { name: 'Oost', exact: true }));
    await assignDirector.check(directorSection.getByRole('checkbox', { name: 'Dukenburg', exact: true }));
    await assignDirector.click(directorSection.getByRole('button', { name: 'Wijken opslaan' }));
    await directorSection.getByText('De wijken zijn opgeslagen.').waitFor();
    await directorSection.getByText('Oost, Dukenburg').waitFor();
    await checkA11y(admin.page, 'user page: wijken of a process director');

    // The statistician sees one wijk: a choice of one.
    const assignStatistician = new Counter();
    assignStatistician.step('assignStatistician');
    await admin.page.goto(`/admin/users/${statistician}`);
    const statSection = admin.page.getByRole('region', { name: 'Werkgebieden (regieteamwijken)' });
    await statSection.waitFor();
    expect(await statSection.getByRole('checkbox').count()).toBe(0);
    await assignStatistician.check(statSection.getByRole('radio', { name: 'Centrum', exact: true }));
    await assignStatistician.click(statSection.getByRole('button', { name: 'Wijken opslaan' }));
    await statSection.getByText('De wijken zijn opgeslagen.').waitFor();
    await checkA11y(admin.page, 'user page: the wijk of the statistician');

    // A professional is given no wijken: the page offers none.
    await admin.page.goto(`/admin/users/${professional}`);
    await admin.page.getByRole('heading', { level: 1, name: /^Gebruiker:/ }).waitFor();
    await admin.page.locator('#user-account').waitFor();
    expect(await admin.page.getByRole('heading', { name: 'Werkgebieden (regieteamwijken)' }).count()).toBe(0);
    expect(admin.problems).toEqual([]);

    // A signal in the wijk, registered by the municipality (over the API: not what is tested here).
    const reg = await as(browser, 'gemeente-nijmegen@nijmegen');
    const registered = await call<{ number: string }>(
      reg.page,
      'POST',
      '/api/cases',
      { tableId: 'regieteam', workArea: 'centrum', subjects: [{ name: 'Huishouden Wijkstatistiek' }], complexCriteria: ['multi_problem'], lifeDomains: ['housing'], registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } } },
      201,
    );
    await reg.close();

    const reading = new Counter();
    reading.step('reading');
    const stat = await as(browser, 'statisticus@nijmegen');
    await reading.click(stat.page.getByRole('navigation').getByRole('link', { name: 'Statistiek' }));
    const section = stat.page.getByRole('region', { name: 'Procesinformatie per casus in regieteamwijk Centrum' });
    await section.waitFor();
    const rows = section.getByRole('table', { name: 'Casussen in Centrum' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    // No case number, no name: only phase, step, table and dates.
    const text = await stat.page.locator('main').innerText();
    expect(text).not.toContain(registered.number);
    expect(text).not.toContain('Huishouden Wijkstatistiek');
    await checkA11y(stat.page, 'statistics with the process information of one wijk (statistician)');
    expect(stat.problems).toEqual([]);
    await stat.close();

    // The manager reads the statistics, not the process information per case (the API refuses it).
    const manager = await as(browser, 'manager@nijmegen');
    await manager.page.goto('/privacy/statistics');
    await manager.page.getByRole('heading', { level: 1, name: 'Statistiek' }).waitFor();
    await manager.page.getByRole('table', { name: 'Statistiek, alle jaren' }).waitFor();
    expect(await manager.page.getByRole('heading', { name: /^Procesinformatie per casus/ }).count()).toBe(0);
    await call(manager.page, 'GET', '/api/reports/case-process', undefined, 403);
    await manager.close();

    // Cleared again for the rest of the suite.
    await call(admin.page, 'PUT', `/api/users/${director}/work-areas`, { workAreas: [] });
    await call(admin.page, 'PUT', `/api/users/${statistician}/work-areas`, { workAreas: [] });
    await admin.close();

    expect([assignDirector.tally('assignDirector').interactions, assignStatistician.tally('assignStatistician').interactions, reading.tally('reading').interactions]).toEqual([3, 2, 1]);
    console.log(`interactions: wijken of a director ${assignDirector.tally('assignDirector').interactions}; the statistician's wijk ${assignStatistician.tally('assignStatistician').interactions}; reading the process information ${reading.tally('reading').interactions}`);
  }, 300_000);
});
