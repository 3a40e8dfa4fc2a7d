/**
 * De-escalation and retention (P13) in the browser. A case of its own is taken to de-escalation
 * step 1 through the API (as the other stories do through the UI): the lead partner (the case
 * director) sees the status and records an exception; a re-assessment too far ahead is refused
 * at its field; a registrant no longer at the table sees no link and is refused by the API.
 *
 * Step 2 needs six months to pass. The shared e2e server runs on the real clock, so that part
 * runs against a second server in this file with a clock the test moves (the same server code
 * and UI build, the real services): the case is archived by the process director's step once
 * the period elapsed, the staff see exactly the administrative set, the case director reads no
 * contribution any more.
 */
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestServer } from '../test/support/server.js';
import type { TestServer } from '../test/support/server.js';
import { step, toMonitoring } from '../test/api/phases.flow.js';
import { as, call, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import type { SignedIn } from './support/browser.js';
import { tabTo } from './support/keyboard.js';
import { ACCEPT_BODY } from './support/acceptance.js';

let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function me(page: Page): Promise<{ userId: string; partnerId: string }> {
  return (await call<{ userId: string; partnerId: string }>(page, 'GET', '/api/auth/me'));
}

/** YYYY-MM-DD, `months` calendar months (and `days` days) from today. */
function ahead(months: number, days = 0): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('de-escalation step 1 (Noord-Limburg)', () => {
  it('a case of its own reaches de-escalation step 1 through the API', async () => {
    const pd = await as(browser, 'procesregisseur@noord-limburg');
    const police = await as(browser, 'politie-limburg@noord-limburg');
    const ggz = await as(browser, 'vincent-van-gogh@noord-limburg');
    const rn = await as(browser, 'reclassering-nederland@noord-limburg');
    const director = await me(pd.page);
    const policeUser = await me(police.page);
    const cd = await me(ggz.page);
    const partners = ((await call<{ partners: { id: string; slug: string }[] }>(pd.page, 'GET', '/api/directory'))).partners;
    const gemeente = partners.find((p) => p.slug === 'gemeente-venlo')?.id ?? '';

    const created = (await call<{ id: string; subjectIds: string[] }>(
      rn.page,
      'POST',
      '/api/cases',
      {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Lotte Verbeek', birthDate: '1979-05-14', address: 'Parade 7, 5911 CC Venlo', bsn: '123456782' }],
        complexCriteria: ['multi_problem', 'multiple_chains'],
        lifeDomains: ['housing', 'income_debts'],
        registration: { content: 'Reclassering: schulden en dreigende huisuitzetting; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
        processDirectorId: director.userId,
      },
      201,
    ));
    caseId = created.id;
    const path = `/api/cases/${caseId}`;
    const now = new Date().toISOString();
    for (const subjectId of created.subjectIds) {
      await call(pd.page, 'POST', `${path}/informing`, { subjectId, topic: 'registration', informedAt: now, method: 'letter' }, 201);
    }
    await call(pd.page, 'POST', `${path}/transitions`, ACCEPT_BODY);
    const meeting = (await call<{ id: string }>(
      pd.page,
      'POST',
      `${path}/meetings`,
      {
        scheduledAt: now,
        preparation: {
          goal: 'Samen een plan maken voor wonen en schulden',
          themes: ['wonen', 'schulden'],
          decisionsToTake: ['wie wordt casusregisseur'],
          subjectInvolvement: 'informed_before',
          careAgreements: 'Gegevens blijven in het systeem; niemand neemt gegevens van anderen mee.',
        },
      },
      201,
    ));
    await call(pd.page, 'POST', `${path}/meetings/${meeting.id}/invitations`, { userId: policeUser.userId, role: 'informant' }, 201);
    await call(pd.page, 'POST', `${path}/meetings/${meeting.id}/invitations`, { userId: cd.userId, role: 'intended_executor' }, 201);
    await call(pd.page, 'POST', `${path}/transitions`, { event: 'schedule_rto' });
    await call(pd.page, 'PUT', `${path}/meetings/${meeting.id}/record`, {
      version: 1,
      date: now,
      status: 'held',
      reason: 'Zorgen over wonen en schulden',
      present: [policeUser.userId, cd.userId],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Betalingsregeling afspreken', ownerPartnerId: gemeente, dueAt: now.slice(0, 10) }] },
    });
    await call(pd.page, 'POST', `${path}/case-director`, { userId: cd.userId, meetingId: meeting.id });
    await call(pd.page, 'POST', `${path}/transitions`, { event: 'adopt_plan' });
    const decided = (await call<{ phase: string }>(pd.page, 'POST', `${path}/transitions`, { event: 'deescalate' }));
    expect(decided.phase).toBe('deescalation1');
    for (const who of [pd, police, ggz, rn]) await who.close();
  });

  it('the lead partner sees the status, a re-assessment too far ahead is refused at its field, a valid exception is recorded with the keyboard', async () => {
    const { page, close, problems } = await as(browser, 'vincent-van-gogh@noord-limburg');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('link', { name: 'Afschaling en bewaren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Afschaling en bewaren' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Stand van zaken' }).waitFor();
    const status = page.locator('section[aria-labelledby="retention-status-title"]');
    expect(await status.innerText()).toContain('Stap 1: afgeschaald, het dossier blijft actief');
    const api = (await call<{ archiveAt: string; deleteAt: string; deescalationDecidedAt: string }>(page, 'GET', `/api/cases/${caseId}/retention`));
    const long = (iso: string): string => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    // The screen shows the dates the domain computed: six and twelve months after the decision.
    expect(await status.innerText()).toContain(long(api.deescalationDecidedAt));
    expect(await status.innerText()).toContain(long(api.archiveAt));
    expect(await status.innerText()).toContain(long(api.deleteAt));
    expect(await page.getByText('Er is geen uitzondering vastgelegd.').count()).toBe(1);

    await page.getByLabel('Motivering').fill('Terugval verwacht na verhuizing; dossier nog nodig voor de nazorg.');
    await page.getByLabel('Herbeoordelen op').fill(ahead(7));
    await page.getByRole('button', { name: 'Uitzondering vastleggen' }).click();
    await page.locator('.ct-error-summary').waitFor();
    expect(await page.locator('#f-exception-reassessAt-error').innerText()).toContain('De herbeoordeling ligt te ver vooruit.');
    expect(await page.locator('.ct-error-summary [data-rule="P13"]').count()).toBe(1);
    await page.locator('.ct-error-summary a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-exception-reassessAt');
    await checkA11y(page, 'retention: exception refused at the field');

    // Keyboard only: the date field has focus; type a date within the limit and send with Enter.
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ahead(2));
    await tabTo(page, 'f-exception-reassessAt');
    await page.keyboard.press('Enter');
    await page.getByText('De uitzondering is vastgelegd.').waitFor();
    const table = page.getByRole('table', { name: 'Vastgelegde uitzonderingen' });
    await table.waitFor();
    expect(await table.innerText()).toContain('Terugval verwacht na verhuizing');
    expect(await table.innerText()).toContain('Archiveren (stap 2)');
    expect(await table.innerText()).toContain(long(`${ahead(2)}T00:00:00Z`));
    await checkA11y(page, 'retention: exception recorded');
    await screenshot(page, 'retention');
    expect(problems).toEqual([]);
    await close();
  });

  it('in English the screen reads as English and passes axe', async () => {
    const { page, close, problems } = await as(browser, 'procesregisseur@noord-limburg');
    await page.goto(`/cases/${caseId}/retention`);
    await page.getByRole('heading', { level: 1, name: 'Afschaling en bewaren' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'De-escalation and retention' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Exceptions' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Step 1: de-escalated, the dossier stays active');
    // The process director is not the lead partner: it records an exception on the lead partner's behalf.
    await page.getByText(/^The lead partner \(.+\) decides an exception; you record its decision on its behalf\./).waitFor();
    expect(await page.getByRole('button', { name: 'Record exception' }).count()).toBe(1);
    await checkA11y(page, 'retention (en)');
    expect(problems).toEqual([]);
    await close();
  });

  it('the registrant, no longer at the table, sees no link and its own request is refused', async () => {
    const { page, close, problems } = await as(browser, 'reclassering-nederland@noord-limburg');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    expect(await page.getByRole('link', { name: 'Afschaling en bewaren' }).count()).toBe(0);
    const refused = await pageFetch(page, 'GET', `/api/cases/${caseId}/retention`);
    expect(refused.status).toBe(403);
    expect((refused.json as { error: { rule: string; reason: string } }).error).toMatchObject({ rule: 'P2', reason: 'not_involved' });
    const exception = await pageFetch(page, 'POST', `/api/cases/${caseId}/deescalation/exceptions`, { step: 'archive', motivation: 'x', reassessAt: ahead(1) });
    expect(exception.status).toBe(403);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('de-escalation step 2: archived, only the administrative set (a server with a clock the test moves)', () => {
  let s: TestServer;
  let url = '';
  let archivedId = '';
  const DAY = 24 * 60 * 60 * 1000;

  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', WEB_DIR: process.env.WEB_DIR ?? 'web/dist' }), jobsEveryMs: 0 });
    await s.handle.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(s.handle.app.server.address() as AddressInfo).port}`;
    const { c, pd } = await toMonitoring(s);
    archivedId = c.id;
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(200 * DAY);
    const archived = await step(s, await s.login('procesregisseur@noord-limburg'), c.id, { event: 'archive' });
    expect(archived.statusCode, archived.body).toBe(200);
  });
  afterAll(async () => {
    await s.close();
  });

  const on = (username: string): Promise<SignedIn> => as(browser, username, url);

  it('the process director sees step 2 and exactly the administrative set', async () => {
    const { page, close, problems } = await on('procesregisseur@noord-limburg');
    await page.goto(`/cases/${archivedId}`);
    await page.getByRole('link', { name: 'Afschaling en bewaren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Afschaling en bewaren' }).waitFor();
    await page.getByText('Stap 2: gearchiveerd, alleen de administratieve set is zichtbaar').waitFor();
    await checkA11y(page, 'retention: archived');
    // The lead partner's professional no longer sees the case; the process director records the
    // lead partner's exception to the deletion on its behalf.
    await page.getByText(/^De leidende partij \(.+\) besluit over een uitzondering; u legt haar besluit namens haar vast\./).waitFor();
    await page.getByLabel('Motivering').fill('Nazorg loopt nog; verwijderen na de evaluatie.');
    await page.getByLabel('Herbeoordelen op').fill(new Date(s.deps.now().getTime() + 60 * DAY).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Uitzondering vastleggen' }).click();
    await page.getByText('De uitzondering is vastgelegd.').waitFor();
    const exceptions = page.getByRole('table', { name: 'Vastgelegde uitzonderingen' });
    await expect.poll(() => exceptions.innerText()).toContain('Verwijderen (stap 3)');
    const recorded = await s.deps.database.db.selectFrom('deescalation_exceptions').select(['step', 'decided_by_partner_id']).where('case_id', '=', archivedId).execute();
    const lead = (await pageFetch(page, 'GET', `/api/cases/${archivedId}`)).json as { leadPartnerId: string };
    expect(recorded).toEqual([{ step: 3, decided_by_partner_id: lead.leadPartnerId }]);
    await page.getByRole('link', { name: 'Administratieve set bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administratieve set' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Betrokkene' }).waitFor();
    const main = page.locator('main');
    const text = await main.innerText();
    for (const shown of ['Jan de Vries', '1980-04-02', 'Markt 1, Venlo', '111222333', 'Reclassering', 'Vincent']) expect(text).toContain(shown);
    // Nothing of the dossier: no registration text, no plan, no contributions.
    for (const hidden of ['Overlast en schulden', 'Huisuitzetting voorkomen', 'Huurachterstand']) expect(text).not.toContain(hidden);
    const terms = await main.locator('dt').allInnerTexts();
    expect(terms).toEqual(['Casusnummer', 'Gearchiveerd op', 'Naam', 'Geboortedatum', 'Adres', 'BSN', 'Naam', 'Organisatie', 'Naam', 'Organisatie']);
    await checkA11y(page, 'administrative set');
    await screenshot(page, 'retention-admin-set');
    expect(problems).toEqual([]);
    await close();
  });

  it('the case director no longer reads contributions nor the administrative set, and sees no retention link', async () => {
    const { page, close, problems } = await on('vincent-van-gogh@noord-limburg');
    await page.goto(`/cases/${archivedId}`);
    await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    expect(await page.getByRole('link', { name: 'Afschaling en bewaren' }).count()).toBe(0);
    const view = (await pageFetch(page, 'GET', `/api/cases/${archivedId}`)).json as { contributions: unknown[]; subjects: unknown[]; abilities: { readContributions: string[] } };
    expect(view.contributions).toEqual([]);
    expect(view.subjects).toEqual([]);
    expect(view.abilities.readContributions).toEqual([]);
    const registrationId = (await s.deps.database.db.selectFrom('contributions').select('id').where('case_id', '=', archivedId).orderBy('created_at').executeTakeFirstOrThrow()).id;
    const read = await pageFetch(page, 'GET', `/api/cases/${archivedId}/contributions/${registrationId}?purpose=monitoring`);
    expect(read.status).toBe(403);
    expect((read.json as { error: { rule: string } }).error.rule).toBe('P13');
    expect((await pageFetch(page, 'GET', `/api/cases/${archivedId}/admin-set`)).status).toBe(403);
    expect(problems).toEqual([]);
    await close();
  });
});
