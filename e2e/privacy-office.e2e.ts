/**
 * The privacy office in the browser (issue 16), in Zorgnetwerk Venlo: each screen driven by the
 * role that uses it, with a refusal for a role that may not, axe on every screen, and the number
 * of interactions (clicks, fields filled, choices) each task took.
 *
 * Incidents (P17; 002-A38, 002-A39): a professional reports one; the privacy officer opens it from
 * its inbox, tells every partner, records a development and the DPA assessment; every partner's
 * contact finds it in its inbox and the police acknowledge it on the incident screen; the privacy
 * officer closes it with an evaluation. The statistician is refused.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyContacts } from '../src/domain/notifications/recipients.js';
import type { NoticeUser } from '../src/domain/notifications/recipients.js';
import type { Role } from '../src/domain/model.js';
import { as, call, checkA11y, launch, pageFetch, PASSWORD, screenshot } from './support/browser.js';
import { directorOf } from './support/story.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Counts what a user does: every click, fill, check and choice. */
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
}

const figures: Record<string, number> = {};

describe('privacy office: incidents (P17, Venlo)', () => {
  let incidentId = '';

  it('002-A38 a professional reports an incident from the menu; the privacy officer opens it from the inbox and tells every partner', async () => {
    const steps = new Steps();
    const pro = await as(browser, 'includio@venlo');
    await steps.click(pro.page.getByRole('navigation').getByRole('link', { name: 'Incidenten' }));
    await pro.page.getByRole('heading', { level: 1, name: 'Beveiligingsincidenten' }).waitFor();
    await checkA11y(pro.page, 'incidents (professional)');
    await steps.fill(pro.page.getByLabel('Wat is er gebeurd?'), 'Een actielijst is per abuis naar een verkeerd e-mailadres gestuurd.');
    await steps.click(pro.page.getByRole('button', { name: 'Incident melden' }));
    await pro.page.getByText('Het incident is gemeld.').waitFor();
    expect(pro.problems).toEqual([]);
    await pro.close();
    figures['incident: report (professional)'] = steps.count;

    const office = new Steps();
    const po = await as(browser, 'privacy@venlo');
    await office.click(po.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }));
    await office.click(po.page.getByRole('link', { name: /Openen: Gemeld beveiligingsincident/ }).first());
    await po.page.getByRole('heading', { level: 1, name: /^Incident ontdekt op/ }).waitFor();
    incidentId = /\/privacy\/incidents\/([0-9a-f-]{36})$/.exec(po.page.url())?.[1] ?? '';
    expect(incidentId).not.toBe('');
    await checkA11y(po.page, 'incident (privacy officer, new)');
    await office.click(po.page.getByRole('button', { name: 'Alle partners nu informeren' }));
    await po.page.getByText(/Alle partners zijn geïnformeerd \(\d+ contactpersonen/).waitFor();
    await office.fill(po.page.getByLabel('Omschrijving'), 'De ontvanger heeft bevestigd dat de e-mail is verwijderd.');
    await office.click(po.page.getByRole('button', { name: 'Vastleggen en partners informeren' }));
    await po.page.getByRole('cell', { name: 'De ontvanger heeft bevestigd dat de e-mail is verwijderd.' }).waitFor();
    await office.fill(po.page.getByLabel('Motivering waarom melding aan de AP niet nodig is'), 'De ontvanger is een convenantpartner met geheimhoudingsplicht en heeft de e-mail verwijderd.');
    await office.click(po.page.getByRole('button', { name: 'Motivering vastleggen' }));
    await po.page.getByText('De motivering is vastgelegd.').waitFor();
    await checkA11y(po.page, 'incident (privacy officer, told)');
    await screenshot(po.page, 'privacy-incident-office');
    expect(po.problems).toEqual([]);
    await po.close();
    figures['incident: open from inbox, tell partners, development, DPA assessment (privacy officer)'] = office.count;
  });

  it('002-A38 every partner finds the notice in its inbox; the police open it there and acknowledge it', async () => {
    const admin = await as(browser, 'beheerder@venlo');
    const users = await call<{ id: string; username: string; partnerId: string; role: string; active: boolean }[]>(admin.page, 'GET', '/api/users');
    const partners = await call<{ id: string; name: string; member: boolean }[]>(admin.page, 'GET', '/api/partners');
    const members = partners.filter((p) => p.member).map((p) => p.id);
    const noticeUsers: NoticeUser[] = users.map((u) => ({ id: u.id, partnerId: u.partnerId, role: u.role as Role, active: u.active }));
    // One contact per member partner, as the notice rules choose them.
    const contacts = members.map((p) => {
      const id = privacyContacts([p], noticeUsers)[0];
      return users.find((u) => u.id === id)?.username ?? `(no contact for ${p})`;
    });
    expect(contacts.length).toBeGreaterThan(4);
    for (const username of contacts) {
      const res = await pageFetch(admin.page, 'POST', '/api/auth/login', { username, password: PASSWORD });
      expect(res.status, username).toBe(200);
      const inbox = await call<{ notifications: { kind: string; link: string }[] }>(admin.page, 'GET', '/api/inbox');
      expect(inbox.notifications.some((n) => n.kind === 'incident_notice' && n.link === `/privacy/incidents/${incidentId}`), `${username} has the notice`).toBe(true);
    }
    await admin.close();

    const steps = new Steps();
    const police = await as(browser, 'politie-limburg@venlo');
    await steps.click(police.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }));
    await police.page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    await checkA11y(police.page, 'inbox (police)');
    await steps.click(police.page.getByRole('link', { name: /Openen: Melding van een beveiligingsincident/ }).first());
    await police.page.getByRole('heading', { level: 1, name: /^Incident ontdekt op/ }).waitFor();
    await police.page.getByRole('cell', { name: 'De ontvanger heeft bevestigd dat de e-mail is verwijderd.' }).waitFor();
    expect(await police.page.getByRole('button', { name: 'Alle partners nu informeren' }).count()).toBe(0);
    await steps.click(police.page.getByRole('button', { name: 'Ontvangst bevestigen namens mijn organisatie' }));
    await police.page.getByText('De ontvangst is bevestigd namens uw organisatie.').waitFor();
    const row = police.page.getByRole('row', { name: /Politie eenheid Limburg/ });
    await expect.poll(async () => row.innerText()).not.toContain('Nog niet bevestigd');
    await checkA11y(police.page, 'incident (police, acknowledged)');
    await screenshot(police.page, 'privacy-incident-partner');
    expect(police.problems).toEqual([]);
    await police.close();
    figures['incident: open from inbox and acknowledge (police)'] = steps.count;
  });

  it('002-A39 the privacy officer closes the incident with an evaluation; the statistician is refused the incidents screen', async () => {
    const steps = new Steps();
    const po = await as(browser, 'privacy@venlo');
    await steps.click(po.page.getByRole('navigation').getByRole('link', { name: 'Incidenten' }));
    await po.page.getByRole('heading', { level: 1, name: 'Beveiligingsincidenten' }).waitFor();
    await checkA11y(po.page, 'incidents (privacy officer)');
    await steps.click(po.page.getByRole('link', { name: /^Incident van .* openen$/ }).first());
    await po.page.getByRole('heading', { level: 1, name: /^Incident ontdekt op/ }).waitFor();
    await steps.click(po.page.getByRole('button', { name: 'Incident afsluiten' }));
    await po.page.getByRole('alert').getByText('Evaluatie').first().waitFor();
    await steps.fill(po.page.getByRole('textbox', { name: 'Evaluatie' }), 'Adressen worden voortaan uit het adresboek van het systeem gekozen.');
    await steps.click(po.page.getByRole('button', { name: 'Incident afsluiten' }));
    await po.page.getByText('Het incident is afgesloten.').waitFor();
    await checkA11y(po.page, 'incident (closed)');
    await po.close();
    figures['incident: close with evaluation (privacy officer, one empty attempt)'] = steps.count;

    const stat = await as(browser, 'statisticus@venlo');
    expect(await stat.page.getByRole('navigation').getByRole('link', { name: 'Incidenten' }).count()).toBe(0);
    await stat.page.goto('/privacy/incidents');
    await stat.page.getByRole('alert').locator('[data-rule="P17"]').waitFor();
    await checkA11y(stat.page, 'incidents (statistician, refused)');
    await stat.close();
  });
});

describe('privacy office: the Wpg art. 32 provision log (P9, Noord-Limburg)', () => {
  let caseNumber = '';

  it('002-A24 the police read the provisions of their data per case number and download them as CSV', async () => {
    const police = await as(browser, 'politie-limburg@noord-limburg');
    const created = await call<{ id: string }>(police.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Ruud Hendriks', birthDate: '1981-09-02' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'police_justice'],
      registration: { content: 'Politie: herhaalde meldingen van huiselijk geweld.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit bij het Privacy Protocol Zorg- en Veiligheidshuis Noord-Limburg' } },
    });
    // The process director opens the case: the police registration is provided to the director's organisation.
    await directorOf(browser, created.id, 'noord-limburg');
    caseNumber = (await call<{ number: string }>(police.page, 'GET', `/api/cases/${created.id}`)).number;

    const steps = new Steps();
    const { page, problems } = police;
    await page.goto('/');
    await steps.click(page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }));
    await page.getByRole('heading', { level: 1, name: 'Verstrekkingen van politiegegevens (art. 32 Wpg)' }).waitFor();
    await steps.fill(page.getByLabel('Casusnummer'), caseNumber);
    await steps.click(page.getByRole('button', { name: 'Zoeken' }));
    await page.getByRole('table', { name: /^1 verstrekking/ }).waitFor();
    const row = page.getByRole('row').filter({ hasText: caseNumber });
    expect(await row.innerText()).toMatch(/Politie Eenheid Limburg[\s\S]*politiegegevens \(registration\), ingezien[\s\S]*art\. 20 Wpg/);
    await checkA11y(page, 'provision log (police)');
    await screenshot(page, 'privacy-provisions-police');
    const [download] = await Promise.all([page.waitForEvent('download'), steps.click(page.getByRole('link', { name: 'Downloaden als CSV' }))]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toContain('Casusnummer');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(caseNumber);
    expect(problems).toEqual([]);
    await police.close();
    figures['provision log: search a case and download CSV (police)'] = steps.count;
  });

  it('002-A24 the privacy officer reads every provision; a care partner is refused the log', async () => {
    const po = await as(browser, 'privacy@noord-limburg');
    await po.page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).click();
    await po.page.getByRole('row').filter({ hasText: caseNumber }).first().waitFor();
    await checkA11y(po.page, 'provision log (privacy officer)');
    await po.close();

    const care = await as(browser, 'vincent-van-gogh@noord-limburg');
    expect(await care.page.getByRole('navigation').getByRole('link', { name: 'Verstrekkingen politie' }).count()).toBe(0);
    await care.page.goto('/privacy/provisions');
    await care.page.getByRole('alert').locator('[data-rule="P9"]').waitFor();
    await checkA11y(care.page, 'provision log (care partner, refused)');
    await care.close();
  });
});

describe('privacy office: the access log (P16, Noord-Limburg)', () => {
  it('P16 the privacy officer searches by case number, sees who and which organisation, pages and downloads CSV; the manager is refused', async () => {
    const steps = new Steps();
    const po = await as(browser, 'privacy@noord-limburg');
    const number = (await call<{ entries: { caseNumber: string | null }[] }>(po.page, 'GET', '/api/audit?action=case.register&limit=1')).entries[0]?.caseNumber ?? '';
    expect(number).not.toBe('');
    await steps.click(po.page.getByRole('navigation').getByRole('link', { name: 'Logboek' }));
    await po.page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
    await steps.fill(po.page.getByLabel('Casusnummer'), number);
    await steps.click(po.page.getByRole('button', { name: 'Zoeken' }));
    const table = po.page.getByRole('table', { name: /^Resultaten, Pagina 1/ });
    await expect.poll(async () => table.innerText()).toContain('case.register');
    const text = await table.innerText();
    expect(text).toContain(number);
    expect(text).toMatch(/Professional Politie Eenheid Limburg\s+Politie Eenheid Limburg/);
    await checkA11y(po.page, 'audit (privacy officer, by case number)');
    await screenshot(po.page, 'privacy-audit');
    const [download] = await Promise.all([po.page.waitForEvent('download'), steps.click(po.page.getByRole('link', { name: /Downloaden als CSV/ }))]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(number))).toBe(true);
    // Without a case: more than one page.
    await po.page.getByLabel('Casusnummer').fill('');
    await po.page.getByRole('button', { name: 'Zoeken' }).click();
    await steps.click(po.page.getByRole('button', { name: 'Volgende pagina' }));
    await po.page.getByRole('table', { name: /^Resultaten, Pagina 2/ }).waitFor();
    await po.close();
    figures['access log: search a case number, download CSV, next page (privacy officer)'] = steps.count;

    const manager = await as(browser, 'manager@noord-limburg');
    await manager.page.goto('/audit');
    await manager.page.getByRole('alert').locator('[data-rule="P16"]').first().waitFor();
    await checkA11y(manager.page, 'audit (manager, refused)');
    await manager.close();
  });
});

describe('privacy office: complaints (P18, Venlo)', () => {
  let complaintId = '';

  it('002-C11 002-A31 the process director routes a complaint about the police; the police open it from the inbox and record the answer', async () => {
    const steps = new Steps();
    const pd = await as(browser, 'procesregisseur@venlo');
    await steps.click(pd.page.getByRole('navigation').getByRole('link', { name: 'Klachten' }));
    await pd.page.getByRole('heading', { level: 1, name: 'Klachten' }).waitFor();
    await checkA11y(pd.page, 'complaints (process director)');
    await steps.check(pd.page.getByLabel('Verwerking van persoonsgegevens'));
    await steps.fill(pd.page.getByLabel('Korte omschrijving'), 'Betrokkene vraagt waarom haar politiegegevens met de woningcorporatie zijn gedeeld.');
    await steps.fill(pd.page.getByLabel(/Wie klaagt en hoe bereikbaar/), 'Mevrouw P. Janssen, telefonisch bereikbaar');
    await pd.page.locator('#f-concernsPartnerId option').nth(2).waitFor({ state: 'attached' });
    await steps.click(pd.page.getByLabel('Over welke partner gaat de klacht?'));
    await pd.page.getByLabel('Over welke partner gaat de klacht?').selectOption({ label: 'Politie eenheid Limburg, basisteam Venlo-Beesel' });
    await steps.click(pd.page.getByRole('button', { name: 'Klacht doorzenden' }));
    await pd.page.getByText('De klacht is doorgezonden aan Politie eenheid Limburg, basisteam Venlo-Beesel.').waitFor();
    expect(pd.problems).toEqual([]);
    await pd.close();
    figures['complaint: route to the partner it concerns (process director)'] = steps.count;

    const answer = new Steps();
    const police = await as(browser, 'politie-limburg@venlo');
    await answer.click(police.page.getByRole('navigation').getByRole('link', { name: 'Berichten' }));
    await answer.click(police.page.getByRole('link', { name: 'Openen: Klacht doorgezonden aan uw organisatie' }).first());
    await police.page.getByRole('heading', { level: 1, name: /^Klacht ontvangen op/ }).waitFor();
    complaintId = /\/privacy\/complaints\/([0-9a-f-]{36})$/.exec(police.page.url())?.[1] ?? '';
    await police.page.getByText('Mevrouw P. Janssen, telefonisch bereikbaar').waitFor();
    await checkA11y(police.page, 'complaint (police, open)');
    await answer.fill(police.page.getByLabel(/Hoe is geantwoord\?/), 'Brief gestuurd met uitleg over het art. 20-besluit.');
    await answer.click(police.page.getByRole('button', { name: 'Antwoord vastleggen' }));
    await police.page.getByText('Het antwoord is vastgelegd.').waitFor();
    await police.page.getByText('Beantwoord', { exact: true }).waitFor();
    await checkA11y(police.page, 'complaint (police, answered)');
    await screenshot(police.page, 'privacy-complaint-partner');
    expect(police.problems).toEqual([]);
    await police.close();
    figures['complaint: open from inbox and record the answer (police)'] = answer.count;
  });

  it('002-C13 the process director shows the periodic evaluation; another partner is refused the complaint', async () => {
    const pd = await as(browser, 'procesregisseur@venlo');
    await pd.page.goto('/privacy/complaints');
    await pd.page.getByRole('button', { name: 'Evaluatie tonen' }).click();
    const table = pd.page.getByRole('table', { name: /^Klachten ontvangen van/ });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Beantwoord/ }).innerText()).toMatch(/\b1\b/);
    expect(await table.innerText()).not.toContain('Janssen');
    await checkA11y(pd.page, 'complaints evaluation');
    await pd.close();

    const other = await as(browser, 'woonwenz@venlo');
    await other.page.goto(`/privacy/complaints/${complaintId}`);
    await other.page.getByRole('alert').locator('[data-rule="P18"]').waitFor();
    await checkA11y(other.page, 'complaint (other partner, refused)');
    await other.close();
  });
});

afterAll(() => {
  console.log(`interactions per task: ${JSON.stringify(figures, null, 2)}`);
});
