/**
 * The meetings of a case in the browser (§3.3): attendance recorded apart from the record, with
 * the keyboard; a follow-up RTO prepared in monitoring with the earlier meetings and their action
 * lists in view (also in English), listed on the case page; an outsider's own request for the
 * case's meetings refused; and in Venlo (seed 002 Bijlage B) a representative at the table:
 * refused without signed consent, invited with it, present only once identified. Every case here
 * is created by the test; the way to the RTO goes through the API (`pageFetch`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, follow, launch, pageFetch, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';
import { directorOf } from './support/story.js';
import { acceptBodyFor } from './support/acceptance.js';

let browser: Browser;
const userOf: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function userId(username: string): Promise<string> {
  const found = userOf[username];
  if (found !== undefined) return found;
  const collaboration = username.split('@')[1] ?? '';
  const admin = await as(browser, `beheerder@${collaboration}`);
  const users = await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users');
  await admin.close();
  for (const u of users) userOf[u.username] = u.id;
  expect(userOf[username], username).toBeDefined();
  return userOf[username] ?? '';
}

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY).toISOString();

const preparation = (goal: string, involvement = 'informed_before', scheduledAt = inDays(7)) => ({
  scheduledAt,
  preparation: { goal, themes: ['wonen'], decisionsToTake: ['wie doet wat'], subjectInvolvement: involvement, careAgreements: 'Gegevens blijven in het systeem.' },
});

/** Registers a case as `registrant`, which informs the subject; the director accepts it: the case is in triage. */
async function caseInTriage(registrant: string, short: string, body: object): Promise<{ caseId: string; subjectId: string; director: string }> {
  const reg = await as(browser, registrant);
  const created = await call<{ id: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', body);
  const subjectId = created.subjectIds[0] ?? '';
  // The registrant informs the subject (Venlo: the reporter, at registration).
  await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
  await reg.close();
  const director = await directorOf(browser, created.id, short);
  const pd = await as(browser, director);
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, acceptBodyFor(short));
  await pd.close();
  return { caseId: created.id, subjectId, director };
}

describe('meetings of a case (Noord-Limburg)', () => {
  let caseId = '';
  let director = '';
  let meetingId = '';

  it('in the RTO, the process director records attendance per participant, with the keyboard', async () => {
    const started = await caseInTriage('reclassering-nederland@noord-limburg', 'noord-limburg', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Anna de Wit' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Schulden en dreigende huisuitzetting; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    caseId = started.caseId;
    director = started.director;
    const { page, close, problems } = await as(browser, director);
    meetingId = (await call<{ id: string }>(page, 'POST', `/api/cases/${caseId}/meetings`, preparation('Een plan maken voor wonen en schulden', 'informed_before', inDays(-1)))).id;
    for (const [who, role] of [
      ['politie-limburg@noord-limburg', 'informant'],
      ['vincent-van-gogh@noord-limburg', 'intended_executor'],
    ] as const) {
      await call(page, 'POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, { userId: await userId(who), role });
    }
    await call(page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });

    await page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Voorbereiding' }).waitFor();
    await follow(page, 'Aanwezigheid vastleggen', 'Aanwezigheid vastleggen');
    const police = await userId('politie-limburg@noord-limburg');
    const ggz = await userId('vincent-van-gogh@noord-limburg');
    await page.locator(`#f-attendance-${police}-present`).waitFor();
    await checkA11y(page, 'attendance');
    await screenshot(page, 'attendance');

    // Keyboard only: reach the police officer's choice, move it to "absent", tab to its button and press Enter.
    await page.locator('h1').focus();
    await tabTo(page, `f-attendance-${police}-present`);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`#f-attendance-${police}-present-absent`).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Aanwezigheid vastleggen van /);
    await page.keyboard.press('Enter');
    await page.getByText(/^De aanwezigheid van .* is vastgelegd\.$/).waitFor();
    await page.getByText('Vastgelegd: afwezig.').waitFor();

    await page.locator(`#f-attendance-${ggz}-present`).check();
    await page.locator(`section:has(#f-attendance-${ggz}-present)`).getByRole('button', { name: /^Aanwezigheid vastleggen van / }).click();
    await page.getByText('Vastgelegd: aanwezig.').waitFor();
    await checkA11y(page, 'attendance recorded');

    const view = await call<{ attendance: { userId: string; present: boolean }[] }>(page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    expect(view.attendance).toEqual(expect.arrayContaining([{ userId: police, present: false }, { userId: ggz, present: true }]));
    expect(problems).toEqual([]);
    await close();
  });

  it('in monitoring, the process director prepares a follow-up RTO with the earlier action list in view; it is listed on the case page', async () => {
    const { page, close, problems } = await as(browser, director);
    const ggz = await userId('vincent-van-gogh@noord-limburg');
    const m = await call<{ version: number }>(page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    const directory = await call<{ partners: { id: string; slug: string }[] }>(page, 'GET', '/api/directory');
    const woonwenz = directory.partners.find((p) => p.slug === 'woonwenz')?.id ?? '';
    await call(page, 'PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, {
      version: m.version,
      date: inDays(-1).slice(0, 10),
      status: 'held',
      reason: 'Schulden en wonen besproken.',
      present: [ggz],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Betalingsregeling met de verhuurder', ownerPartnerId: woonwenz, dueAt: '2027-03-01', domain: 'housing' }] },
    });
    await call(page, 'POST', `/api/cases/${caseId}/case-director`, { userId: ggz, meetingId });
    await call(page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'adopt_plan' });

    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Vervolg-RTO voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vervolg-RTO voorbereiden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eerdere overleggen' }).waitFor();
    await expect.poll(() => page.getByRole('table').first().innerText()).toContain('Betalingsregeling met de verhuurder');
    await page.getByLabel('Datum van het overleg').fill(inDays(28).slice(0, 10));
    await page.getByLabel('Doel van het overleg').fill('Voortgang van het plan bespreken');
    await page.getByLabel('Zorgvuldigheidsafspraken').fill('Gegevens blijven in het systeem; niemand neemt gegevens van anderen mee.');
    await checkA11y(page, 'follow-up meeting');
    await screenshot(page, 'follow-up-meeting');
    await page.getByRole('button', { name: 'Vervolgoverleg voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ronde Tafel Overleg', exact: true }).waitFor();
    const followUpId = /\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(followUpId).not.toBe('');
    expect(followUpId).not.toBe(meetingId);
    const table = page.getByRole('table', { name: 'Partners uitnodigen' });
    await table.waitFor();
    for (const box of await table.getByRole('checkbox').all()) await box.setChecked(false);
    await table.getByRole('checkbox', { name: 'Vincent van Gogh voor geestelijke gezondheid', exact: true }).check();
    await page.getByLabel('Persoon van Vincent van Gogh voor geestelijke gezondheid').selectOption(ggz);
    await page.getByLabel('Rol van Vincent van Gogh voor geestelijke gezondheid').selectOption('intended_executor');
    await page.getByRole('button', { name: 'Nodig 1 partner uit' }).click();
    await page.getByText('1 deelnemer is uitgenodigd.').waitFor();

    await page.goto(`/cases/${caseId}/steps`);
    await page.getByRole('button', { name: 'Vervolg-RTO inplannen: uitvoeren' }).click();
    await page.getByText('Uitgevoerd: Vervolg-RTO inplannen.').waitFor();
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 2, name: 'Overleggen' }).waitFor();
    await page.getByRole('link', { name: /^Vervolg-RTO van / }).waitFor();
    expect(await page.getByRole('link', { name: /^Ronde Tafel Overleg van / }).count()).toBe(1);
    const listed = await call<{ id: string; followUp: boolean }[]>(page, 'GET', `/api/cases/${caseId}/meetings`);
    expect(listed.map((x) => [x.id, x.followUp])).toEqual([
      [meetingId, false],
      [followUpId, true],
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the case director sees the meetings; an outsider asking the API for them is refused and its case page lists none', async () => {
    const ggz = await as(browser, 'vincent-van-gogh@noord-limburg');
    const seen = await call<unknown[]>(ggz.page, 'GET', `/api/cases/${caseId}/meetings`);
    expect(seen).toHaveLength(2);
    await ggz.close();

    const outsider = await as(browser, 'woonwenz@noord-limburg');
    const res = await pageFetch(outsider.page, 'GET', `/api/cases/${caseId}/meetings`);
    expect([403, 404]).toContain(res.status);
    expect(Array.isArray(res.json)).toBe(false);
    expect(JSON.stringify(res.json)).not.toContain(meetingId);
    await outsider.page.goto(`/cases/${caseId}`);
    await outsider.page.getByRole('heading', { level: 1 }).waitFor();
    await outsider.page.waitForLoadState('networkidle');
    expect(await outsider.page.getByRole('heading', { level: 2, name: 'Overleggen' }).count()).toBe(0);
    await outsider.close();
  });

  it('in English, the follow-up screen reads as English and passes axe', async () => {
    const { page, close, problems } = await as(browser, director);
    await page.goto(`/cases/${caseId}/follow-up`);
    await page.getByRole('heading', { level: 1, name: 'Vervolg-RTO voorbereiden' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare a follow-up meeting' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Earlier meetings' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Follow-up meeting of / }).waitFor();
    // Back in the RTO phase: no new follow-up is offered, and the screen says why.
    await page.getByText('The process director schedules a follow-up meeting in the plan and monitoring phase.').waitFor();
    await checkA11y(page, 'follow-up meeting (English)');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('Venlo: a representative of the subject at the table', () => {
  it('refused without signed consent, invited with it, present only once identified', async () => {
    const { caseId, subjectId, director } = await caseInTriage('gemeente-venlo@venlo', 'venlo', {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Piet Verheijen' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie; buren maken zich zorgen.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    const { page, close, problems } = await as(browser, director);
    const meetingId = (await call<{ id: string }>(page, 'POST', `/api/cases/${caseId}/meetings`, preparation('Samen met de betrokkene afspraken maken', 'invited'))).id;

    await page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Deelnemers' }).waitFor();
    await page.getByLabel('Een vertegenwoordiger van de betrokkene').check();
    await page.getByLabel('Naam van de vertegenwoordiger').fill('M. Verheijen (zus)');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('getekende toestemmingsverklaring');
    expect(await summary.locator('[data-rule="P2"]').count()).toBe(1);
    await checkA11y(page, 'invite a representative: refused without consent');

    const directory = await call<{ partners: { id: string; slug: string }[] }>(page, 'GET', '/api/directory');
    const municipality = directory.partners.find((p) => p.slug === 'gemeente-venlo')?.id ?? '';
    await call(page, 'POST', `/api/cases/${caseId}/consents`, { subjectId, partners: [municipality], scope: 'Deelname aan het zorgnetwerkoverleg', givenAt: new Date().toISOString() });
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('De deelnemer is uitgenodigd.').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Deelnemers' }).locator('xpath=..').innerText()).toContain('M. Verheijen (zus) (Piet Verheijen): vertegenwoordiger');
    await checkA11y(page, 'representative invited');
    await call(page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });

    await page.goto(`/cases/${caseId}/meetings/${meetingId}/attendance`);
    await page.getByRole('heading', { level: 1, name: 'Aanwezigheid vastleggen' }).waitFor();
    const save = page.getByRole('button', { name: 'Aanwezigheid vastleggen van M. Verheijen (zus) (Piet Verheijen)' });
    await save.click();
    await page.locator('.ct-error-summary').waitFor();
    expect(await page.locator('.ct-error-summary').innerText()).toContain('De vertegenwoordiger moet zich eerst identificeren.');
    await checkA11y(page, 'attendance: representative not identified');
    await page.getByLabel('De vertegenwoordiger heeft zich bij het overleg geïdentificeerd').check();
    await save.click();
    await page.getByText('Vastgelegd: aanwezig.').waitFor();
    await page.getByText('De vertegenwoordiger heeft zich al geïdentificeerd.').waitFor();
    const view = await call<{ attendance: { userId: string; present: boolean }[] }>(page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    expect(view.attendance).toEqual([{ userId: subjectId, present: true }]);
    expect(problems).toEqual([]);
    await close();
  });
});
