/**
 * Four eyes on privileged roles in the browser (ADR 0031, finding M1, privacy rules 13.14): the
 * admin asks for a privileged role on the user's screen and sees it waiting, both there and on the
 * administration overview; the admin gets no way to approve it; a manager opens "Rolverzoeken",
 * approves, and the account has the role. A second request is rejected by the manager and the
 * role stays as it was. Interactions are counted per step. Every change is to an account this
 * file creates (other files rely on the demo accounts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const counter = new Counter();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  console.log(`Interactions per step of four eyes on a privileged role:\n${counter.report()}`);
  await browser.close();
});

const unique = Date.now().toString(36);

interface UserRow {
  readonly id: string;
  readonly role: string;
  readonly active: boolean;
}

async function newProfessional(page: Page, displayName: string): Promise<string> {
  const partners = (await pageFetch(page, 'GET', '/api/partners')).json as { id: string; active: boolean }[];
  const partnerId = partners.find((p) => p.active)?.id ?? '';
  const username = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@maastricht`;
  const created = await pageFetch(page, 'POST', '/api/users', { partnerId, username, displayName, role: 'professional', password: 'een-lang-wachtwoord-voor-test' });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return (created.json as { id: string }).id;
}

async function userRow(page: Page, userId: string): Promise<UserRow | undefined> {
  return ((await pageFetch(page, 'GET', '/api/users')).json as UserRow[]).find((u) => u.id === userId);
}

describe('four eyes on privileged roles (ADR 0031, 13.14, M1)', () => {
  it('13.14 the admin asks for the privacy officer role and sees it pending; a manager approves; the account has the role', async () => {
    const admin = await as(browser, 'beheerder@maastricht');
    const name = `Vera Viervoud ${unique}`;
    const userId = await newProfessional(admin.page, name);

    counter.step('admin asks for a privileged role');
    await admin.page.goto('/admin');
    await admin.page.getByRole('table', { name: 'Gebruikers' }).waitFor();
    await counter.click(admin.page.getByRole('link', { name: `${name} wijzigen` }));
    await admin.page.getByRole('heading', { level: 1, name: `Gebruiker: ${name}` }).waitFor();
    await counter.select(admin.page.getByLabel('Rol', { exact: true }), 'privacy_officer');
    const saved = admin.page.getByText('Het verzoek is vastgelegd. De rol functionaris gegevensbescherming gaat in zodra een manager het goedkeurt.');
    expect(await counter.submit(admin.page, admin.page.getByRole('button', { name: 'Rol opslaan' }), saved)).toBe(true);
    // The user's screen says what waits, and the role did not change yet.
    await admin.page.getByText('wacht op goedkeuring: functionaris gegevensbescherming').waitFor();
    expect(await userRow(admin.page, userId)).toMatchObject({ role: 'professional', active: true });
    await checkA11y(admin.page, 'admin user (role pending)');

    counter.step('admin sees it pending on the overview');
    await counter.click(admin.page.getByRole('link', { name: 'Terug naar beheer' }));
    const pendingTable = admin.page.getByRole('table', { name: 'Rolverzoeken die wachten op een manager' });
    await pendingTable.waitFor();
    const pendingRow = pendingTable.getByRole('row', { name: new RegExp(name) });
    await pendingRow.waitFor();
    expect(await pendingRow.innerText()).toContain('functionaris gegevensbescherming');
    expect(await pendingRow.innerText()).toContain('rolwijziging');
    await admin.page.getByRole('table', { name: 'Gebruikers' }).getByRole('row', { name: new RegExp(name) }).getByText('wacht op goedkeuring: functionaris gegevensbescherming').waitFor();
    // The admin gets no way to approve, neither on the screen nor by its own call.
    expect(await admin.page.getByRole('button', { name: /goedkeuren/i }).count()).toBe(0);
    const grants = (await pageFetch(admin.page, 'GET', '/api/role-grants')).json as { id: string; userId: string; outcome: string | null }[];
    const grantId = grants.find((g) => g.userId === userId && g.outcome === null)?.id ?? '';
    const self = await pageFetch(admin.page, 'POST', `/api/role-grants/${grantId}/approve`, {});
    expect(self.status).toBe(403);
    await checkA11y(admin.page, 'admin overview (role pending)');
    await screenshot(admin.page, 'admin-role-pending');

    counter.step('manager approves');
    const manager = await as(browser, 'manager@maastricht');
    await counter.click(manager.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rolverzoeken' }));
    await manager.page.getByRole('heading', { level: 1, name: 'Rolverzoeken goedkeuren' }).waitFor();
    const openRow = manager.page.getByRole('table', { name: 'Open verzoeken' }).getByRole('row', { name: new RegExp(name) });
    await openRow.waitFor();
    expect(await openRow.innerText()).toContain('Functioneel beheerder');
    await checkA11y(manager.page, 'manager role requests');
    await screenshot(manager.page, 'manager-role-requests');
    const approved = manager.page.getByText(`Goedgekeurd: ${name} heeft nu de rol functionaris gegevensbescherming.`);
    expect(await counter.submit(manager.page, manager.page.getByRole('button', { name: `Rol functionaris gegevensbescherming voor ${name} goedkeuren` }), approved)).toBe(true);
    await manager.page.getByRole('table', { name: 'Recent besloten' }).getByRole('row', { name: new RegExp(name) }).getByText('goedgekeurd').waitFor();
    expect(await manager.page.getByRole('table', { name: 'Open verzoeken' }).getByRole('row', { name: new RegExp(name) }).count()).toBe(0);

    counter.step('admin sees the role');
    await admin.page.goto(`/admin/users/${userId}`);
    await admin.page.getByRole('heading', { level: 1, name: `Gebruiker: ${name}` }).waitFor();
    expect(await admin.page.locator('main').innerText()).toContain('functionaris gegevensbescherming');
    expect(await admin.page.getByText(/wacht op goedkeuring/).count()).toBe(0);
    expect(await userRow(admin.page, userId)).toMatchObject({ role: 'privacy_officer', active: true });

    // The whole task: the admin selects and saves (plus one link each way), the manager opens the list and approves.
    expect(counter.tally('admin asks for a privileged role')).toEqual({ interactions: 3, submissions: 1, refused: 0 });
    expect(counter.tally('admin sees it pending on the overview').interactions).toBe(1);
    expect(counter.tally('manager approves')).toEqual({ interactions: 2, submissions: 1, refused: 0 });
    expect([...admin.problems, ...manager.problems]).toEqual([]);
    await manager.close();
    await admin.close();
  });

  it('13.14 a rejected request leaves the role as it was, and the admin may ask again', async () => {
    const admin = await as(browser, 'beheerder@maastricht');
    const name = `Rik Regie ${unique}`;
    const userId = await newProfessional(admin.page, name);
    const asked = await pageFetch(admin.page, 'PUT', `/api/users/${userId}/role`, { role: 'process_director' });
    expect(asked.json).toMatchObject({ role: 'professional', pendingApproval: true });

    counter.step('manager rejects');
    const manager = await as(browser, 'manager@maastricht');
    await counter.click(manager.page.getByRole('link', { name: 'Rolverzoeken' }));
    await manager.page.getByRole('heading', { level: 1, name: 'Rolverzoeken goedkeuren' }).waitFor();
    const rejected = manager.page.getByText(`Afgewezen: ${name} krijgt de rol procesregisseur niet.`);
    expect(await counter.submit(manager.page, manager.page.getByRole('button', { name: `Rol procesregisseur voor ${name} afwijzen` }), rejected)).toBe(true);
    expect(counter.tally('manager rejects')).toEqual({ interactions: 2, submissions: 1, refused: 0 });
    expect(await userRow(admin.page, userId)).toMatchObject({ role: 'professional', active: true });

    await admin.page.goto('/admin');
    await admin.page.getByRole('table', { name: 'Gebruikers' }).getByRole('row', { name: new RegExp(name) }).waitFor();
    expect(await admin.page.getByRole('table', { name: 'Gebruikers' }).getByRole('row', { name: new RegExp(name) }).getByText(/wacht op goedkeuring/).count()).toBe(0);
    // No open request is left, so the admin may ask again.
    expect((await pageFetch(admin.page, 'PUT', `/api/users/${userId}/role`, { role: 'process_director' })).json).toMatchObject({ pendingApproval: true });
    expect([...admin.problems, ...manager.problems]).toEqual([]);
    await manager.close();
    await admin.close();
  });
});
