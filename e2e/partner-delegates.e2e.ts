/**
 * A partner designates who speaks for it (seed 001 art. 5.3, ADR 0212), in the browser on the
 * shipped Midden-Limburg configuration. The police have two professionals, both told of an
 * incident by the derived rule. The administrator opens the police's partner page, designates the
 * second professional and sees the designation with its date and who made it; the next incident
 * notice reaches the designated professional's inbox and no longer the colleague's. A professional
 * may not designate (refused naming the rule). Axe on each state; interactions counted.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Counter } from './support/count.js';
import { as, call, checkA11y, launch, screenshot } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const POL1 = 'politie-limburg@midden-limburg';
const POL2 = 'politie-limburg-2@midden-limburg';

/** A professional reports an incident and the privacy officer tells every partner (over the API: not what is tested here). */
async function incidentToldToPartners(): Promise<string> {
  const pro = await as(browser, 'amw-midden-limburg@midden-limburg');
  const created = await call<{ id: string }>(pro.page, 'POST', '/api/incidents', { discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), summary: 'Een actielijst is naar een verkeerd adres gemaild.' }, 201);
  await pro.close();
  const po = await as(browser, 'privacy@midden-limburg');
  await call(po.page, 'POST', `/api/incidents/${created.id}/notices`, { kind: 'partners' });
  await po.close();
  return created.id;
}

const noticeLink = (page: Page, incidentId: string): Locator => page.locator(`a[href="/privacy/incidents/${incidentId}"]`);

/** Waits for the inbox to list the notice of `loaded`, then counts the links to `incidentId`. */
async function inboxLinks(page: Page, loaded: string, incidentId: string): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
  await noticeLink(page, loaded).first().waitFor();
  return noticeLink(page, incidentId).count();
}

describe('a partner designates who speaks for it (001 art. 5.3, Midden-Limburg)', () => {
  it('001-5.3 the administrator designates the police delegate; the delegate finds the incident notice in its inbox, the colleague no longer does', async () => {
    const before = await incidentToldToPartners();
    const colleague = await as(browser, POL1);
    await colleague.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }).click();
    expect(await inboxLinks(colleague.page, before, before)).toBeGreaterThan(0);
    await colleague.close();

    const steps = new Counter();
    steps.step('steps');
    const admin = await as(browser, 'beheerder@midden-limburg');
    await steps.click(admin.page.getByRole('navigation').getByRole('link', { name: 'Partners' }));
    await admin.page.getByRole('heading', { level: 1, name: 'Partners: toetreden en opzeggen' }).waitFor();
    await steps.click(admin.page.getByRole('link', { name: 'Details van Politie Eenheid Limburg' }));
    await admin.page.getByRole('heading', { level: 2, name: 'Wie spreekt namens deze partner' }).waitFor();
    await admin.page.getByText('Deze partner heeft (nog) niemand aangewezen.').waitFor();
    await checkA11y(admin.page, 'partner delegates (admin, none designated)');
    await steps.check(admin.page.getByRole('checkbox', { name: /^Tweede professional Politie Eenheid Limburg/ }));
    await steps.click(admin.page.getByRole('button', { name: 'Aanwijzing vastleggen' }));
    await admin.page.getByText('De aanwijzing is vastgelegd.').waitFor();
    await admin.page.getByText(/^Tweede professional Politie Eenheid Limburg \(professional\); aangewezen door Functioneel beheerder .* op \d+ \w+ \d{4}$/).waitFor();
    await admin.page.getByText('de aanwijzing', { exact: true }).waitFor();
    await checkA11y(admin.page, 'partner delegates (admin, designated)');
    await screenshot(admin.page, 'partner-delegates');
    expect(admin.problems).toEqual([]);
    await admin.close();
    const designating = steps.tally('steps').interactions;

    const after = await incidentToldToPartners();
    const inbox = new Counter();
    inbox.step('inbox');
    const delegate = await as(browser, POL2);
    await inbox.click(delegate.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }));
    expect(await inboxLinks(delegate.page, after, after)).toBeGreaterThan(0);
    await checkA11y(delegate.page, 'inbox (designated police delegate)');
    await inbox.click(noticeLink(delegate.page, after).first());
    await delegate.page.getByRole('heading', { level: 1, name: /^Incident ontdekt op/ }).waitFor();
    expect(delegate.problems).toEqual([]);
    await delegate.close();

    const former = await as(browser, POL1);
    await former.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }).click();
    // The colleague still has the earlier notice, not the one after the designation.
    expect(await inboxLinks(former.page, before, after)).toBe(0);
    await former.close();
    // The colleague may not designate itself instead: refused naming the rule.
    const adminAgain = await as(browser, 'beheerder@midden-limburg');
    const list = await call<{ id: string; slug: string }[]>(adminAgain.page, 'GET', '/api/partners');
    const policeId = list.find((p) => p.slug === 'politie-limburg')?.id ?? '';
    await adminAgain.close();
    const pro = await as(browser, POL1);
    const refused = await call<{ error: { rule: string; reason: string } }>(pro.page, 'PUT', `/api/partners/${policeId}/delegates`, { userIds: [] }, 403);
    expect(refused.error).toMatchObject({ rule: '§7', reason: 'role_not_allowed' });
    await pro.close();

    console.log(`interactions: designate the police delegate (admin) ${designating}; open the incident notice from the inbox (delegate) ${inbox.tally('inbox').interactions}`);
    // Seven sign-ins on a shared machine: more time than the default for one test.
  }, 400_000);

  it('001-5.3 the manager designates who speaks for its own organisation from its own menu; a professional has no such page', async () => {
    const steps = new Counter();
    steps.step('steps');
    const manager = await as(browser, 'manager@midden-limburg');
    await steps.click(manager.page.getByRole('navigation').getByRole('link', { name: 'Wie spreekt namens ons' }));
    await manager.page.getByRole('heading', { level: 1, name: 'Wie spreekt namens uw organisatie' }).waitFor();
    await manager.page.getByRole('heading', { level: 2, name: 'Wie spreekt namens deze partner' }).waitFor();
    expect(await manager.page.title()).toBe('Wie spreekt namens uw organisatie - Casustafel');
    await checkA11y(manager.page, 'own delegates (manager)');
    // The privacy officer already receives the organisation's notices; the designation makes that explicit.
    await steps.check(manager.page.getByRole('checkbox', { name: /^Functionaris gegevensbescherming/ }));
    await steps.click(manager.page.getByRole('button', { name: 'Aanwijzing vastleggen' }));
    await manager.page.getByText('De aanwijzing is vastgelegd.').waitFor();
    await manager.page.getByText(/^Functionaris gegevensbescherming .*; aangewezen door Manager .* op \d+ \w+ \d{4}$/).waitFor();
    await checkA11y(manager.page, 'own delegates (manager, designated)');
    expect(steps.tally('steps').interactions).toBe(3);
    expect(manager.problems).toEqual([]);
    await manager.close();

    const pro = await as(browser, POL1);
    expect(await pro.page.getByRole('navigation').getByRole('link', { name: 'Wie spreekt namens ons' }).count()).toBe(0);
    await pro.close();
    console.log(`interactions: designate for its own organisation (manager) ${steps.tally('steps').interactions}`);
  }, 200_000);
});
