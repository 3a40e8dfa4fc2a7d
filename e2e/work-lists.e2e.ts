/**
 * Work lists and handover (issue 15 item 5): "Mijn acties" on My work lists the open actions of
 * my organisation across the cases, overdue first; the case director hands the case over to a
 * colleague of the same organisation on the case page, and the refusal when nobody is chosen.
 * A fresh case for this file; the shared demo users themselves are not changed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, screenshot } from './support/browser.js';
import { directorOf } from './support/story.js';
import { ACCEPT_BODY } from './support/acceptance.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();

describe('my actions and handover (Noord-Limburg)', () => {
  it('the police see their open actions overdue first on My work, and their case director hands the case to a colleague', async () => {
    const reg = await as(browser, 'reclassering-nederland@noord-limburg');
    const created = await call<{ id: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Kees Werklijst' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Overlast en schulden.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    const caseId = created.id;
    await call(reg.page, 'POST', `/api/cases/${caseId}/informing`, { subjectId: created.subjectIds[0], topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
    const users = await call<{ id: string; username: string }[]>((await as(browser, 'beheerder@noord-limburg')).page, 'GET', '/api/users');
    await reg.close();
    const id = (u: string): string => users.find((x) => x.username === u)?.id ?? '';
    const director = await directorOf(browser, caseId, 'noord-limburg');
    const pd = await as(browser, director);
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, ACCEPT_BODY);
    const meetingId = (await call<{ id: string }>(pd.page, 'POST', `/api/cases/${caseId}/meetings`, { scheduledAt: inDays(-20), preparation: { goal: 'Plan maken', themes: [], decisionsToTake: [], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' } })).id;
    await call(pd.page, 'POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations/batch`, { invitations: [{ userId: id('politie-limburg@noord-limburg'), role: 'intended_executor' }] });
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });
    const m = await call<{ version: number }>(pd.page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    const directory = await call<{ partners: { id: string; slug: string }[] }>(pd.page, 'GET', '/api/directory');
    const police = directory.partners.find((p) => p.slug === 'politie-limburg')?.id ?? '';
    await call(pd.page, 'PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, {
      version: m.version,
      date: inDays(-20).slice(0, 10),
      status: 'held',
      reason: 'Overlast bespreken',
      present: [id('politie-limburg@noord-limburg')],
      plan: {
        goals: [{ domain: 'police_justice', goal: 'Overlast stopt' }],
        actions: [
          { description: 'Werklijst: later gesprek', ownerPartnerId: police, dueAt: inDays(30).slice(0, 10) },
          { description: 'Werklijst: te laat huisbezoek', ownerPartnerId: police, dueAt: inDays(-3).slice(0, 10) },
        ],
      },
    });
    await call(pd.page, 'POST', `/api/cases/${caseId}/case-director`, { userId: id('politie-limburg@noord-limburg'), meetingId });
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'adopt_plan' });
    await pd.close();

    const { page, close, problems } = await as(browser, 'politie-limburg@noord-limburg');
    const mine = page.getByRole('table', { name: /^Openstaande acties van uw organisatie/ });
    await mine.waitFor();
    const rows = (await mine.locator('tbody tr').allInnerTexts()).filter((r) => r.includes('Werklijst:'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Werklijst: te laat huisbezoek');
    expect(rows[0]).toContain('Te laat');
    expect(rows[1]).toContain('Werklijst: later gesprek');
    await checkA11y(page, 'my work with my actions');
    await screenshot(page, 'my-actions');

    await page.goto(`/cases/${caseId}`);
    await page.getByText('U bent casusregisseur van deze casus').waitFor();
    // Nobody is chosen beforehand: sending without a colleague is refused by the form.
    await page.getByRole('button', { name: 'Casus overdragen' }).click();
    await page.locator('.ct-error-summary').getByText('Kies een collega').first().waitFor();
    await page.getByLabel('Casus overdragen aan een collega').selectOption(id('politie-limburg-2@noord-limburg'));
    await checkA11y(page, 'handover');
    await page.getByRole('button', { name: 'Casus overdragen' }).click();
    await page.getByText('De casus is overgedragen. Uw collega is nu casusregisseur.').waitFor();
    await expect.poll(async () => page.getByText('U bent casusregisseur van deze casus').count()).toBe(0);
    const view = await call<{ direction?: { caseDirectorId: string | null } }>(page, 'GET', `/api/cases/${caseId}`);
    expect(view.direction?.caseDirectorId).toBe(id('politie-limburg-2@noord-limburg'));
    expect(problems).toEqual([]);
    await close();
  });
});

describe('team queue (Noord-Limburg)', () => {
  it('015-queue: a process director sees a colleague\'s new registration on My work without name or content, takes it up and lands on the case', async () => {
    const reg = await as(browser, 'reclassering-nederland@noord-limburg');
    const name = `Wachtrij ${Date.now()}`;
    const created = await call<{ id: string; number: string }>(reg.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Wachtrij: overlast en schulden.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    await reg.close();
    const holder = await directorOf(browser, created.id, 'noord-limburg');
    const colleague = holder.startsWith('tweede-') ? 'procesregisseur@noord-limburg' : 'tweede-procesregisseur@noord-limburg';
    const { page, close, problems } = await as(browser, colleague);
    const queue = page.getByRole('table', { name: /nieuwe aanmelding/ });
    await queue.waitFor();
    const row = queue.locator('tbody tr', { hasText: created.number });
    await row.waitFor();
    expect(await page.locator('main').innerText()).not.toContain(name);
    expect(await row.innerText()).not.toContain('Wachtrij: overlast');
    await checkA11y(page, 'my work with the team queue');
    await page.getByRole('button', { name: `Casus ${created.number} oppakken` }).click();
    await page.getByRole('heading', { level: 1, name: `Casus ${created.number}` }).waitFor();
    await page.getByText(`U bent nu procesregisseur van casus ${created.number}.`).waitFor();
    // The registration is now the colleague's to screen: the subject's name is shown.
    await page.getByRole('heading', { level: 3, name }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
