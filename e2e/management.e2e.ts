/**
 * The manager's screens in the browser (issue 16 item 8; rows 003-19 and 001-12 the manager's
 * figures, 002-B20 the work areas, 002-A35 the register of declarations and VOG checks, 003-101
 * re-opening an archived dossier with its reason).
 *
 * On the shared demo server (real clock, shipped configurations): the Venlo manager reads the
 * figures with their charts, chooses a work area and the figures follow, and finds a new user
 * without a declaration in the register; a professional is refused. Re-opening needs an archived
 * dossier (six months after the de-escalation): it runs against a second server in this file with a
 * clock the test moves, like the retention tests do. On that server too, a copy of Venlo whose VOG
 * checks stay valid 12 months: the reminders job records the reminders before one expires, and the
 * manager finds the user in the register (the reminders themselves: test/api/declaration-reminders.test.ts).
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestServer } from '../test/support/server.js';
import type { TestServer } from '../test/support/server.js';
import { step, toMonitoring } from '../test/api/phases.flow.js';
import { configField, installChangedCopy } from '../test/support/config-field.js';
import { VENLO } from '../src/collaborations/venlo.js';
import { remindersJob, runJob } from '../src/jobs/index.js';
import { createUser } from '../src/services/setup/create-user.js';
import { systemContext } from '../src/store/acting-context.js';
import { as, asByApi, call, checkA11y, launch, pageFetch, PASSWORD } from './support/browser.js';
import type { SignedIn } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const registerTable = (page: Page) => page.getByRole('table', { name: 'Verklaringen en VOG: wie is aan de beurt' });

describe('003-19 the manager\'s figures, work-area choice and register (Venlo, shared server)', () => {
  it('003-19 / 002-B20 / 002-A35 the manager reads the charts, chooses a work area, finds a new user without declaration in the register; a professional is refused', async () => {
    // Set-up through the API: the admin adds a professional without declaration or VOG check.
    const admin = await asByApi(browser, 'beheerder@venlo');
    const partners = await call<{ id: string; name: string }[]>(admin.page, 'GET', '/api/partners');
    const gemeente = partners.find((p) => p.name.includes('Venlo')) ?? partners[0];
    const suffix = Date.now().toString(36);
    await call(admin.page, 'POST', '/api/users', { partnerId: gemeente?.id, username: `nieuw-${suffix}@venlo`, displayName: `Nieuwe Collega ${suffix}`, role: 'professional', password: 'een-lang-wachtwoord-e2e' }, 201);
    await admin.close();

    const counter = new Counter();
    counter.step('figures');
    const { page, problems, close } = await as(browser, 'manager@venlo');
    await counter.click(page.getByRole('navigation').getByRole('link', { name: 'Cijfers' }));
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    await page.getByTestId('figures-total').waitFor();
    // The figures as charts: cases per phase, and per table.
    await page.getByRole('img', { name: 'Casussen per fase' }).waitFor();
    await page.getByRole('img', { name: 'Casussen per tafel' }).waitFor();

    // The register: the new colleague has neither, and is refused case content until recorded.
    const row = registerTable(page).getByRole('row').filter({ hasText: `Nieuwe Collega ${suffix}` });
    await row.first().waitFor();
    expect(await row.count()).toBe(2);
    expect(await row.filter({ hasText: 'VOG-controle' }).innerText()).toMatch(/ontbreekt[\s\S]*ja/);
    expect(await row.filter({ hasText: 'Geheimhoudingsverklaring' }).innerText()).toMatch(/ontbreekt[\s\S]*ja/);
    await checkA11y(page, 'figures with register (manager, Venlo)');

    // The work-area choice: the figures are asked again for the chosen area.
    const choice = page.getByLabel('Werkgebied of wijkteam');
    const option = choice.locator('option').nth(1);
    const areaName = await option.innerText();
    const areaId = (await option.getAttribute('value')) ?? '';
    expect(areaId).not.toBe('');
    const answer = page.waitForResponse((r) => r.url().includes(`/api/reports/figures?workArea=${encodeURIComponent(areaId)}`));
    await counter.select(choice, areaId);
    const figures = (await (await answer).json()) as { workArea: { id: string; name: string } | null };
    expect(figures.workArea).toEqual({ id: areaId, name: areaName });
    await page.getByTestId('figures-total').waitFor();
    await page.getByRole('img', { name: 'Casussen per fase' }).waitFor();
    expect(await choice.inputValue()).toBe(areaId);
    await checkA11y(page, 'figures for one work area (manager, Venlo)');
    expect(counter.tally('figures').interactions).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await close();

    // A professional has no figures in the menu and is refused them, and the register.
    const pro = await as(browser, 'gemeente-venlo@venlo');
    expect(await pro.page.getByRole('navigation').getByRole('link', { name: 'Cijfers' }).count()).toBe(0);
    await pro.page.goto('/figures');
    await pro.page.getByText(/Uw rol mag niet managementcijfers inzien/).waitFor();
    expect(await pro.page.getByRole('img', { name: 'Casussen per fase' }).count()).toBe(0);
    expect((await pageFetch(pro.page, 'GET', '/api/users/declarations')).status).toBe(403);
    await pro.close();
  });
});

describe('001-17 the published accountability report (Venlo, shared server)', () => {
  it('001-17 the manager publishes last year\'s report after a confirmation; the statistician reads it as published and cannot publish; a partner\'s representative reads and downloads it; a colleague whose organisation has its own privacy officer is refused', async () => {
    const year = String(new Date().getFullYear() - 1);
    const counter = new Counter();
    counter.step('publish');
    const { page, problems, close } = await as(browser, 'manager@venlo');
    await counter.click(page.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }));
    await page.getByRole('heading', { level: 1, name: 'Verantwoordingsrapportage' }).waitFor();
    await page.getByText('Dit jaar loopt nog').waitFor();
    await counter.select(page.getByLabel('Jaar'), year);
    await page.getByText(`De verantwoording over ${year} is nog niet gepubliceerd.`).first().waitFor();
    // Irreversible: the first press only asks for confirmation, saying what will happen.
    await counter.click(page.getByRole('button', { name: `Verantwoording over ${year} publiceren` }));
    const confirmation = page.getByRole('group', { name: `Verantwoording over ${year} publiceren: weet u het zeker?` });
    await confirmation.getByText('daarna niet meer gewijzigd').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'is gepubliceerd' }).count()).toBe(0);
    await checkA11y(page, 'accountability report: publish, confirmation (manager, Venlo)');
    expect(await counter.submit(page, confirmation.getByRole('button', { name: `Ja, verantwoording over ${year} publiceren` }), page.getByText(`De verantwoording over ${year} is gepubliceerd op`))).toBe(true);
    await page.getByRole('img', { name: 'Casussen per fase' }).waitFor();
    expect(await page.getByRole('button', { name: `Verantwoording over ${year} publiceren` }).count()).toBe(0);
    await checkA11y(page, 'accountability report: published (manager, Venlo)');
    expect(counter.tally('publish').interactions).toBeLessThanOrEqual(4);
    expect(problems).toEqual([]);
    await close();

    // The statistician reads the year as published and has no way to publish: the screen offers
    // nothing and the API refuses (P19).
    const stat = await as(browser, 'statisticus@venlo');
    await stat.page.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }).click();
    await stat.page.getByRole('heading', { level: 1, name: 'Verantwoordingsrapportage' }).waitFor();
    await stat.page.getByLabel('Jaar').selectOption(year);
    await stat.page.getByText(`De verantwoording over ${year} is gepubliceerd op`).waitFor();
    expect(await stat.page.getByRole('button', { name: /publiceren/ }).count()).toBe(0);
    const refused = await pageFetch(stat.page, 'POST', '/api/reports/accountability/published', { year: Number(year) });
    expect(refused.status).toBe(403);
    await checkA11y(stat.page, 'accountability report: published (statistician, Venlo)');
    expect(stat.problems).toEqual([]);
    await stat.close();

    // A partner's representative (the only professional of the housing corporation speaks for it)
    // reads the year as published on its own screen and downloads the printable report.
    const rep = await as(browser, 'woonwenz@venlo');
    await rep.page.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }).click();
    await rep.page.getByRole('heading', { level: 1, name: 'Gepubliceerde verantwoording' }).waitFor();
    expect(await rep.page.getByLabel('Jaar').inputValue()).toBe(year);
    await rep.page.getByText(`De verantwoording over ${year} is gepubliceerd op`).waitFor();
    await rep.page.getByRole('img', { name: 'Casussen per fase' }).waitFor();
    const [download] = await Promise.all([rep.page.waitForEvent('download'), rep.page.getByRole('link', { name: 'Afdrukbare rapportage downloaden (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`verantwoordingsrapportage-${year}-gepubliceerd.pdf`);
    expect((await readFile(await download.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await rep.page.getByRole('link', { name: 'Downloaden als CSV' }).getAttribute('href')).toBe(`/api/reports/accountability/published.csv?year=${year}`);
    await checkA11y(rep.page, 'published accountability report (partner representative, Venlo)');
    expect(rep.problems).toEqual([]);
    await rep.close();

    // A professional of the municipality, whose privacy officer speaks for it, has no such menu
    // item and is refused the screen and the download (P19).
    const colleague = await as(browser, 'gemeente-venlo@venlo');
    expect(await colleague.page.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }).count()).toBe(0);
    await colleague.page.goto('/privacy/published-reports');
    await colleague.page.getByText(/u spreekt niet namens uw organisatie/).waitFor();
    expect(await colleague.page.getByRole('img', { name: 'Casussen per fase' }).count()).toBe(0);
    expect((await pageFetch(colleague.page, 'GET', `/api/documents/published-accountability-report?year=${year}`)).status).toBe(403);
    await colleague.close();
  });
});

describe('a server with a clock the test moves: re-opening', () => {
  let s: TestServer;
  let url = '';
  const DAY = 24 * 60 * 60 * 1000;

  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', WEB_DIR: process.env.WEB_DIR ?? 'web/dist' }), jobsEveryMs: 0 });
    await s.handle.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(s.handle.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await s.close();
  });

  const on = (username: string): Promise<SignedIn> => as(browser, username, url);

  it('003-101 the manager re-opens an archived dossier with a reason; the process director sees the reason on the retention screen; the process director is refused the re-opening', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(200 * DAY);
    expect((await step(s, await s.login('procesregisseur@noord-limburg'), c.id, { event: 'archive' })).statusCode).toBe(200);

    // The process director may not re-open: refused, naming the rule.
    const director = await on('procesregisseur@noord-limburg');
    const refused = await pageFetch(director.page, 'POST', `/api/cases/${c.id}/transitions`, { event: 'reopen', reason: 'Terugval' });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { rule: 'P13', reason: 'reopen_not_manager' } });
    await director.close();

    const counter = new Counter();
    counter.step('reopen');
    const reason = 'Nieuwe melding van de woningcorporatie over dezelfde woning';
    const { page, problems, close } = await on('manager@noord-limburg');
    await page.goto(`/cases/${c.id}`);
    await counter.click(page.getByRole('link', { name: 'Processtappen' }));
    const form = page.getByRole('region', { name: 'Heropenen' });
    await form.waitFor();
    await checkA11y(page, 'steps of an archived dossier (manager)');
    await counter.fill(form.getByLabel('Reden'), reason);
    expect(await counter.submit(page, form.getByRole('button', { name: 'Heropenen: uitvoeren' }), page.getByText('Uitgevoerd: Heropenen.'))).toBe(true);
    expect(counter.tally('reopen')).toMatchObject({ interactions: 3, submissions: 1, refused: 0 });
    expect(problems).toEqual([]);
    await close();

    const back = await on('procesregisseur@noord-limburg');
    await back.page.goto(`/cases/${c.id}/retention`);
    const reopenings = back.page.getByRole('table', { name: 'Heropeningen van het gearchiveerde dossier, met de reden' });
    await reopenings.waitFor();
    expect(await reopenings.innerText()).toContain(reason);
    await checkA11y(back.page, 'retention with the re-opening (process director)');
    expect(back.problems).toEqual([]);
    await back.close();
  });

  it('002-A35 a VOG check about to expire: the reminders job tells the user and the admin, and the manager finds the user in the register with the expiry date', async () => {
    // A copy of the shipped Venlo configuration in which a VOG check stays valid 12 months (Venlo
    // itself sets no period, so its register never shows a VOG check due for renewal).
    // The browser keeps a session cookie only while it has not expired by the real clock.
    s.setNow(new Date());
    const slug = 'zorgnetwerk-venlo-vog';
    const installed = await installChangedCopy(s, VENLO, { id: slug, adminPartner: 'gemeente-venlo', password: PASSWORD }, [[configField('declarations.vog.validMonths'), 12]]);
    const now = s.deps.now().getTime();
    const partnerId = installed.partners['gemeente-venlo'] ?? '';
    const user = async (username: string, displayName: string, role: 'manager' | 'professional', vogDaysAgo: number): Promise<string> =>
      s.deps.database.withTransaction(systemContext(), (trx) =>
        createUser(trx, { collaborationId: installed.id, partnerId, username, displayName, role, password: { plain: PASSWORD }, confidentialityDeclaredAt: new Date(now - 10 * DAY), vogCheckedAt: new Date(now - vogDaysAgo * DAY) }),
      );
    await user(`manager@${slug}`, 'Manager kopie', 'manager', 10);
    // Checked 350 days ago: expires in about 15 days, within the 30 days of `reminderDaysBefore`.
    const smitsId = await user(`smits@${slug}`, 'Marieke Smits', 'professional', 350);
    const expiresAt = new Date(now - 350 * DAY);
    expiresAt.setUTCMonth(expiresAt.getUTCMonth() + 12);
    const expiry = expiresAt.toISOString().slice(0, 10).split('-').reverse().join('-');

    expect((await runJob(s.deps, remindersJob)).status).toBe('succeeded');
    const reminders = await s.deps.database.db.selectFrom('reminders').select(['kind', 'ref_id']).where('ref_id', '=', smitsId).execute();
    expect(reminders.map((r) => r.kind).sort()).toEqual(['declaration_expiring', 'declaration_to_renew']);

    const { page, problems, close } = await on(`manager@${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    const register = registerTable(page);
    await register.waitFor();
    const row = register.getByRole('row').filter({ hasText: 'Marieke Smits' });
    expect(await row.count()).toBe(1);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([`Marieke Smits (smits@${slug})`, 'VOG-controle', 'moet worden vernieuwd', expiry, 'nee']);
    // The manager's own check is valid, so the manager is not in the register.
    expect(await register.getByRole('row').filter({ hasText: 'Manager kopie' }).count()).toBe(0);
    await checkA11y(page, 'register with a VOG check due (manager, Venlo copy)');
    expect(problems).toEqual([]);
    await close();
  });
});
