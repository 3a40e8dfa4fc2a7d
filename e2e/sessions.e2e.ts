/**
 * Sessions in the browser (issue 18): in Venlo the process director plans the coming quarter of
 * the Blerick work area from the agenda screen, opens a session and puts the three proposed cases
 * on its agenda; the police, invited to two items, and the housing corporation, invited to one,
 * each read only their own items — the other is "niet voor u", without a name. The way to the RTO
 * (invitations, the step) goes through the API (`pageFetch`); the cases are created by the test.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, screenshot } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const userOf: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function userId(username: string): Promise<string> {
  if (userOf[username] === undefined) {
    const admin = await as(browser, `beheerder@${username.split('@')[1] ?? ''}`);
    for (const u of await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users')) userOf[u.username] = u.id;
    await admin.close();
  }
  expect(userOf[username], username).toBeDefined();
  return userOf[username] ?? '';
}

const stamp = Date.now().toString(36).slice(-4);
const NAMES = [`Anna Aalders ${stamp}`, `Bram Bos ${stamp}`, `Carla Claassen ${stamp}`];

async function venloCaseInTriage(name: string): Promise<{ caseId: string; number: string }> {
  const reg = await as(browser, 'gemeente-venlo@venlo');
  const created = await call<{ id: string; number: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    processDirectorId: await userId('procesregisseur@venlo'),
  });
  await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId: created.subjectIds[0], topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
  await reg.close();
  const pd = await as(browser, 'procesregisseur@venlo');
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, { event: 'accept' });
  const view = await call<{ number: string }>(pd.page, 'GET', `/api/cases/${created.id}`);
  await pd.close();
  return { caseId: created.id, number: view.number };
}

describe('sessions of a work area (Venlo, seed 002 Bijlage B §4)', () => {
  const cases: { caseId: string; number: string }[] = [];
  let sessionPath = '';

  it('the process director plans the quarter, opens a session and adopts the three proposed cases', async () => {
    for (const n of NAMES) cases.push(await venloCaseInTriage(n));
    const { page, close, problems } = await as(browser, 'procesregisseur@venlo');
    const counter = new Counter();
    counter.step('plan and set the agenda');
    await counter.click(page.getByRole('link', { name: 'Overleggen' }).first());
    await page.getByRole('heading', { level: 1, name: 'Overleggen en agenda' }).waitFor();
    await counter.choose(page.getByLabel('Tafel, werkgebied of team'), 'Blerick');
    await counter.submit(page, page.getByRole('button', { name: 'Plan het komende kwartaal' }), page.getByText(/overleggen? gepland|Eén overleg gepland/));
    const open = page.getByRole('link', { name: /^Overleg Blerick van / }).first();
    await open.waitFor();
    await checkA11y(page, 'agenda');
    await screenshot(page, 'sessions-agenda');
    await counter.click(open);
    await page.getByRole('heading', { level: 1, name: 'Overleg Blerick' }).waitFor();
    sessionPath = new URL(page.url()).pathname;
    for (const c of cases) {
      await counter.submit(page, page.getByRole('button', { name: `Casus ${c.number} op de agenda zetten` }), page.getByText(`Casus ${c.number} staat op de agenda.`));
    }
    const agenda = page.getByRole('table', { name: 'Agenda' });
    for (const n of NAMES) await agenda.getByText(n).waitFor();
    // One click to the agenda, one choice and one press to plan, one to open, one per case.
    expect(counter.tally('plan and set the agenda')).toEqual({ interactions: 7, submissions: 4, refused: 0 });
    expect(problems).toEqual([]);
    await close();
  });

  it('each partner reads only the items it is invited to; the others show the case number and "niet voor u"', async () => {
    const pd = await as(browser, 'procesregisseur@venlo');
    const session = await call<{ items: { caseId: string; meetingId: string }[] }>(pd.page, 'GET', `/api/${sessionPath.slice(1)}`);
    const invite = [['politie-limburg@venlo'], ['woonwenz@venlo'], ['politie-limburg@venlo']];
    for (const [i, item] of session.items.entries()) {
      for (const who of invite[i] ?? []) await call(pd.page, 'POST', `/api/cases/${item.caseId}/meetings/${item.meetingId}/invitations`, { userId: await userId(who), role: 'informant' });
      await call(pd.page, 'POST', `/api/cases/${item.caseId}/transitions`, { event: 'schedule_rto' });
    }
    await pd.close();

    const police = await as(browser, 'politie-limburg@venlo');
    await police.page.goto(sessionPath);
    const agenda = police.page.getByRole('table', { name: 'Agenda' });
    await agenda.getByText(NAMES[0] ?? '').waitFor();
    await agenda.getByText(NAMES[2] ?? '').waitFor();
    expect(await agenda.getByText('niet voor u').count()).toBe(1);
    expect(await police.page.content()).not.toContain(NAMES[1]);
    await police.page.getByRole('heading', { level: 2, name: 'Mijn actielijst' }).waitFor();
    await checkA11y(police.page, 'session');
    await screenshot(police.page, 'session-screen');
    expect(police.problems).toEqual([]);
    await police.close();

    const housing = await as(browser, 'woonwenz@venlo');
    await housing.page.goto(sessionPath);
    const theirs = housing.page.getByRole('table', { name: 'Agenda' });
    await theirs.getByText(NAMES[1] ?? '').waitFor();
    expect(await theirs.getByText('niet voor u').count()).toBe(2);
    const html = await housing.page.content();
    expect(html).not.toContain(NAMES[0]);
    expect(html).not.toContain(NAMES[2]);
    await housing.close();
  });
});
