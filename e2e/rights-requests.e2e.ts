/**
 * Rights requests in the browser (issue 16 item 1, issue 17 notices; P15), in ZVH Noord-Limburg on
 * the demo data: the privacy officer finds a person of a triaged demo case by name and birth date
 * and records an access request; the request goes to every partner that contributed; the police
 * open it from their inbox and refuse part citing art. 27 Wpg; every other routed partner's
 * contact answers; the privacy officer sees every answer, the access overview and the written
 * answer (PDF), and closes the request. The statistician is refused. Axe runs on every screen and
 * the interactions each task took are counted.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyContacts } from '../src/domain/notifications/recipients.js';
import type { NoticeUser } from '../src/domain/notifications/recipients.js';
import type { Role } from '../src/domain/model.js';
import { as, checkA11y, launch, pageFetch, PASSWORD, screenshot } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

class Steps {
  count = 0;
  async click(l: Locator): Promise<void> {
    this.count++;
    await l.click();
  }
  async fill(l: Locator, value: string): Promise<void> {
    this.count++;
    await l.fill(value);
  }
  async check(l: Locator): Promise<void> {
    this.count++;
    await l.check();
  }
  async select(l: Locator, value: string): Promise<void> {
    this.count++;
    await l.selectOption(value);
  }
}

const figures: Record<string, number> = {};

describe('privacy office: rights requests (P15, Noord-Limburg)', () => {
  let requestId = '';
  let routedTo: string[] = [];

  it('002-A25 the privacy officer finds the subject by name and birth date and records an access request; it is routed to every contributing partner', async () => {
    const steps = new Steps();
    const po = await as(browser, 'privacy@noord-limburg');
    await steps.click(po.page.getByRole('navigation').getByRole('link', { name: 'Verzoeken' }));
    await po.page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' }).waitFor();
    await checkA11y(po.page, 'rights requests (privacy officer)');
    await steps.fill(po.page.getByLabel('Naam'), 'Fatima El Amrani');
    await steps.fill(po.page.getByLabel('Geboortedatum'), '1992-11-17');
    await steps.click(po.page.getByRole('button', { name: 'Zoeken' }));
    const found = po.page.getByRole('group', { name: 'Gevonden betrokkenen' });
    await found.waitFor();
    await steps.check(found.getByRole('radio').first());
    await steps.fill(po.page.getByLabel('Wie vraagt het en hoe is die te bereiken?'), 'Mevrouw F. El Amrani, per brief van 1 december');
    await checkA11y(po.page, 'rights requests (privacy officer, subject found)');
    await steps.click(po.page.getByRole('button', { name: 'Verzoek vastleggen en doorzenden' }));
    await po.page.getByRole('heading', { level: 1, name: /^Verzoek om inzage van/ }).waitFor();
    requestId = /\/privacy\/rights-requests\/([0-9a-f-]{36})$/.exec(po.page.url())?.[1] ?? '';
    expect(requestId).not.toBe('');
    const detail = (await pageFetch(po.page, 'GET', `/api/rights-requests/${requestId}`)).json as { routedTo: string[] };
    routedTo = detail.routedTo;
    expect(routedTo.length).toBeGreaterThanOrEqual(2);
    const partners = po.page.getByRole('table', { name: 'Het antwoord van elke partner voor zijn eigen gegevens' });
    expect(await partners.getByRole('row', { name: /Nog geen antwoord/ }).count()).toBe(routedTo.length);
    await checkA11y(po.page, 'rights request (privacy officer, routed)');
    expect(po.problems).toEqual([]);
    await po.close();
    figures['rights request: search subject and record (privacy officer)'] = steps.count;
  });

  it('002-A30 002-A29 the police open the request from their inbox and refuse part citing art. 27 Wpg; every other routed partner answers', async () => {
    const steps = new Steps();
    const police = await as(browser, 'politie-limburg@noord-limburg');
    await steps.click(police.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }));
    await steps.click(police.page.getByRole('link', { name: 'Openen: Verzoek van een betrokkene over gegevens van uw organisatie' }).first());
    await police.page.getByRole('heading', { level: 1, name: /^Verzoek om inzage van/ }).waitFor();
    expect(police.page.url()).toContain(`/privacy/rights-requests/${requestId}`);
    // Who asked stays with the privacy office.
    expect(await police.page.getByText('El Amrani').count()).toBe(0);
    await checkA11y(police.page, 'rights request (police, open)');
    await steps.check(police.page.getByLabel('Wij weigeren (gedeeltelijk)'));
    await steps.select(police.page.getByLabel('Regime van de gegevens'), 'wpg');
    await steps.select(police.page.getByLabel('Weigeringsgrond'), 'wpg27_a');
    await steps.check(police.page.getByLabel('Alleen gedeeltelijk weigeren'));
    await steps.fill(police.page.getByLabel('Motivering'), 'Een melding maakt deel uit van een lopend onderzoek.');
    await checkA11y(police.page, 'rights request (police, refusing)');
    await steps.click(police.page.getByRole('button', { name: 'Antwoord vastleggen' }));
    await police.page.getByText('Uw antwoord is vastgelegd.').first().waitFor();
    await police.page.getByRole('cell', { name: /^Geweigerd: art\. 27 lid 1 sub a Wpg/ }).waitFor();
    await screenshot(police.page, 'privacy-rights-request-partner');
    expect(police.problems).toEqual([]);
    await police.close();
    figures['rights request: open from inbox and refuse part (police)'] = steps.count;

    // Every other routed partner's contact, as the notice rules choose them, answers on the screen.
    const admin = await as(browser, 'beheerder@noord-limburg');
    const users = (await pageFetch(admin.page, 'GET', '/api/users')).json as { id: string; username: string; partnerId: string; role: string; active: boolean }[];
    await admin.close();
    const noticeUsers: NoticeUser[] = users.map((u) => ({ id: u.id, partnerId: u.partnerId, role: u.role as Role, active: u.active }));
    const policeId = users.find((u) => u.username === 'politie-limburg@noord-limburg')?.partnerId;
    for (const partnerId of routedTo.filter((p) => p !== policeId)) {
      const contact = users.find((u) => u.id === privacyContacts([partnerId], noticeUsers)[0])?.username ?? '';
      expect(contact, partnerId).not.toBe('');
      const other = await as(browser, contact);
      const res = await pageFetch(other.page, 'POST', '/api/auth/login', { username: contact, password: PASSWORD });
      expect(res.status).toBe(200);
      await other.page.goto(`/privacy/rights-requests/${requestId}`);
      await other.page.getByRole('button', { name: 'Antwoord vastleggen' }).click();
      await other.page.getByText('Uw antwoord is vastgelegd.').first().waitFor();
      expect(other.problems).toEqual([]);
      await other.close();
    }
  });

  it('002-A27 002-A28 the privacy officer sees every answer and the access overview (police data in a greyed box, not copyable), downloads the written answer and closes the request; the statistician is refused', async () => {
    const steps = new Steps();
    const po = await as(browser, 'privacy@noord-limburg');
    await steps.click(po.page.getByRole('navigation').getByRole('link', { name: 'Verzoeken' }));
    await po.page.getByRole('cell', { name: 'allen geantwoord' }).first().waitFor();
    await steps.click(po.page.getByRole('link', { name: /^Verzoek om inzage van/ }).first());
    await po.page.getByRole('heading', { level: 2, name: 'Inzageoverzicht' }).waitFor();
    const data = po.page.getByRole('table', { name: 'Gegevens over de betrokkene' });
    await data.waitFor();
    await data.getByRole('cell', { name: 'Nee, alleen inzage (politiegegevens)' }).first().waitFor();
    // 002-A28: police data is shown in a greyed box marked for inspection only, and cannot be selected to copy it.
    const policeBox = data.locator('[data-police-only]').first();
    expect(await policeBox.innerText()).toContain('Politiegegevens: ter inzage, niet kopiëren (art. 27 Wpg)');
    const look = await policeBox.evaluate((el) => ({ select: getComputedStyle(el).userSelect, background: getComputedStyle(el).backgroundColor }));
    expect(look.select).toBe('none');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    await policeBox.locator('.ct-police-only__text').click({ clickCount: 3 });
    expect(await po.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    // Every row in the box is police data: the others are copied as usual.
    expect(await data.locator('tbody tr', { has: po.page.locator('[data-police-only]') }).count()).toBe(await data.getByRole('cell', { name: 'Nee, alleen inzage (politiegegevens)' }).count());
    expect(await po.page.getByRole('row', { name: /Nog geen antwoord/ }).count()).toBe(0);
    await checkA11y(po.page, 'rights request (privacy officer, all answered)');
    await screenshot(po.page, 'privacy-rights-request-office');
    const link = po.page.getByRole('link', { name: 'Schriftelijk antwoord downloaden (PDF)' });
    expect(await link.getAttribute('href')).toBe(`/api/documents/access-answers/${requestId}`);
    const pdf = await po.page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type') ?? '', head: new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)) };
    }, `/api/documents/access-answers/${requestId}`);
    expect(pdf).toMatchObject({ status: 200, head: '%PDF-' });
    await steps.click(po.page.getByRole('button', { name: 'Antwoord verzonden: verzoek afsluiten' }));
    await steps.click(po.page.getByRole('button', { name: /^Ja, antwoord verzonden/ }));
    await po.page.getByText('Het verzoek is beantwoord en afgesloten.').first().waitFor();
    await po.page.getByText('Beantwoord', { exact: true }).first().waitFor();
    expect(po.problems).toEqual([]);
    await po.close();
    figures['rights request: review answers, download the written answer, close (privacy officer)'] = steps.count;

    const stat = await as(browser, 'statisticus@noord-limburg');
    await stat.page.goto('/privacy/rights-requests');
    await stat.page.getByRole('alert').locator('[data-rule="P15"]').waitFor();
    await checkA11y(stat.page, 'rights requests (statistician, refused)');
    await stat.close();
  });
});

describe('privacy office: accountability report and statistics (P19, seed 004 Bijlage 2)', () => {
  it('P19 the privacy officer opens the accountability report with charts and tables and downloads it as CSV and PDF; a professional is refused', async () => {
    const steps = new Steps();
    const po = await as(browser, 'privacy@noord-limburg');
    await steps.click(po.page.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }));
    await po.page.getByRole('heading', { level: 1, name: 'Verantwoordingsrapportage' }).waitFor();
    await po.page.getByRole('table', { name: 'Verzoeken van betrokkenen' }).waitFor();
    await po.page.getByRole('img', { name: 'Casussen per fase' }).waitFor();
    await checkA11y(po.page, 'accountability report (privacy officer)');
    await screenshot(po.page, 'privacy-accountability');
    const year = new Date().getFullYear();
    expect(await po.page.getByRole('link', { name: 'Afdrukbare rapportage downloaden (PDF)' }).getAttribute('href')).toBe(`/api/documents/accountability-report?year=${year}`);
    const csvHref = await po.page.getByRole('link', { name: 'Downloaden als CSV' }).getAttribute('href');
    const csv = await po.page.evaluate(async (href) => {
      const res = await fetch(href ?? '');
      return { status: res.status, text: await res.text() };
    }, csvHref);
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(/^\uFEFF?Onderdeel,Onderwerp,Aantal/);
    expect(po.problems).toEqual([]);
    await po.close();
    figures['accountability report: open (privacy officer)'] = steps.count;

    const pro = await as(browser, 'woonwenz@noord-limburg');
    await pro.page.goto('/privacy/accountability');
    await pro.page.getByRole('alert').locator('[data-rule="P19"]').waitFor();
    await checkA11y(pro.page, 'accountability report (professional, refused)');
    await pro.close();
  });

  it('004-B2 the statistician opens the statistics with CSV and XLSX downloads and no case number; the privacy officer is refused', async () => {
    const stat = await as(browser, 'statisticus@nijmegen');
    await stat.page.getByRole('navigation').getByRole('link', { name: 'Statistiek' }).click();
    await stat.page.getByRole('heading', { level: 1, name: 'Statistiek' }).waitFor();
    await stat.page.getByText('Volgens het convenant tellen alleen gegevens mee die gemeentelijke partners hebben ingebracht.').waitFor();
    const table = stat.page.getByRole('table', { name: 'Statistiek, alle jaren' });
    await table.waitFor();
    expect(await table.innerText()).not.toMatch(/\b20\d\d-\d{4}\b/);
    expect(await stat.page.getByRole('link', { name: 'Downloaden als Excel (XLSX)' }).getAttribute('href')).toBe('/api/reports/statistics.xlsx');
    await checkA11y(stat.page, 'statistics (statistician)');
    await screenshot(stat.page, 'privacy-statistics');
    expect(stat.problems).toEqual([]);
    await stat.close();

    const po = await as(browser, 'privacy@nijmegen');
    await po.page.goto('/privacy/statistics');
    await po.page.getByRole('alert').locator('[data-rule="P19"]').waitFor();
    await checkA11y(po.page, 'statistics (privacy officer, refused)');
    await po.close();
  });
});

afterAll(() => {
  console.log(`interactions per task: ${JSON.stringify(figures, null, 2)}`);
});
