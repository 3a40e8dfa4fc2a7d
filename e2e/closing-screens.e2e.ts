/**
 * Screens for what the process runs beyond the core story, each walked in the browser with axe
 * and the interactions counted, each with one refusal:
 * - informing the subject of the triage outcome (seed 003 Bijlage 3 fase 2, row 003-84): the
 *   registrant records what was told about the prepared RTO; without the rights explained it is
 *   refused at that field;
 * - clearing the dossier at de-escalation (seed 003 fase 4, row 003-107, ADR 0107): the process
 *   director ticks a police contribution no longer needed, gives a reason, is asked to confirm,
 *   and sees what was removed without its content; an empty form is refused at its fields; the
 *   contributor gets no link and the API refuses it;
 * - completing a subject's details in Nijmegen (seed 004 Bijlage 3 "vanaf punt 5", row 004-W06):
 *   not offered before pickup (the API refuses), offered after; a BSN failing the 11-test is
 *   refused at its field.
 * The cases are brought to the state the screen needs through the API, as the demo users; the
 * screens under test are walked through the UI. No demo user is changed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asByApi, call, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { Counter } from './support/count.js';
import { ACCEPT_BODY } from './support/acceptance.js';

let browser: Browser;
const counter = new Counter();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function me(page: Page): Promise<{ userId: string; partnerId: string }> {
  return call<{ userId: string; partnerId: string }>(page, 'GET', '/api/auth/me');
}

async function partnerIdOf(page: Page, slug: string): Promise<string> {
  const partners = (await call<{ partners: { id: string; slug: string }[] }>(page, 'GET', '/api/directory')).partners;
  const id = partners.find((p) => p.slug === slug)?.id;
  expect(id, slug).toBeDefined();
  return id ?? '';
}

const PD = 'procesregisseur@noord-limburg';
const RN = 'reclassering-nederland@noord-limburg';
const POLICE = 'politie-limburg@noord-limburg';
const GGZ = 'vincent-van-gogh@noord-limburg';

describe('Noord-Limburg: informing of the triage outcome and clearing the dossier', () => {
  let caseId = '';
  let meetingId = '';
  let policeItem = '';

  it('a case of its own is registered, informed, accepted and an RTO prepared, through the API', async () => {
    const pd = await asByApi(browser, PD);
    const rn = await asByApi(browser, RN);
    const policeSession = await asByApi(browser, POLICE);
    const ggzSession = await asByApi(browser, GGZ);
    const police = await me(policeSession.page);
    const ggz = await me(ggzSession.page);
    await policeSession.close();
    await ggzSession.close();
    const director = await me(pd.page);
    const created = await call<{ id: string; subjectIds: string[] }>(
      rn.page,
      'POST',
      '/api/cases',
      {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Joost Hermans', birthDate: '1977-02-03', address: 'Kaldenkerkerweg 4, 5913 AB Venlo' }],
        complexCriteria: ['multi_problem', 'multiple_chains'],
        lifeDomains: ['housing', 'income_debts'],
        registration: { content: 'Reclassering: schulden en dreigende huisuitzetting; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
        processDirectorId: director.userId,
      },
      201,
    );
    caseId = created.id;
    const path = `/api/cases/${caseId}`;
    const now = new Date().toISOString();
    for (const subjectId of created.subjectIds) await call(rn.page, 'POST', `${path}/informing`, { subjectId, topic: 'registration', informedAt: now, method: 'letter' }, 201);
    await call(pd.page, 'POST', `${path}/transitions`, ACCEPT_BODY);
    meetingId = (
      await call<{ id: string }>(
        pd.page,
        'POST',
        `${path}/meetings`,
        {
          scheduledAt: now,
          preparation: { goal: 'Samen een plan maken voor wonen en schulden', themes: ['wonen', 'schulden'], decisionsToTake: ['wie wordt casusregisseur'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
        },
        201,
      )
    ).id;
    await call(pd.page, 'POST', `${path}/meetings/${meetingId}/invitations`, { userId: police.userId, role: 'informant' }, 201);
    await call(pd.page, 'POST', `${path}/meetings/${meetingId}/invitations`, { userId: ggz.userId, role: 'intended_executor' }, 201);
    await pd.close();
    await rn.close();
  });

  it('003-84 the registrant records on the informing screen that the subject was told the triage outcome; refused at its field until the rights are explained too', async () => {
    const step = 'informing: triage outcome (registrant)';
    const { page, close, problems } = await as(browser, RN);
    counter.step(step);
    await page.goto(`/cases/${caseId}`);
    await counter.click(page.getByRole('link', { name: 'Informeren van de betrokkene' }));
    await page.getByRole('heading', { level: 1, name: 'Informeren van de betrokkene' }).waitFor();
    await page.locator('#f-inform-subjectId option').first().waitFor({ state: 'attached' });
    await counter.select(page.locator('#f-inform-topic'), 'triage_outcome');
    const rights = page.getByLabel('De betrokkene is ook over zijn of haar rechten geïnformeerd');
    await rights.waitFor();
    await counter.select(page.locator('#f-inform-method'), 'in_person');
    await checkA11y(page, 'informing: triage outcome');
    // Refused: what is told about the RTO includes the subject's rights.
    expect(await counter.submit(page, page.getByRole('button', { name: 'Informeren vastleggen' }), page.getByText('Het informeren is vastgelegd.'))).toBe(false);
    const summary = page.locator('.ct-error-summary');
    expect(await summary.innerText()).toContain('De betrokkene is ook over zijn of haar rechten geïnformeerd');
    expect(await summary.innerText()).toContain('vink dit aan');
    await checkA11y(page, 'informing: triage outcome refused');
    await counter.check(rights);
    expect(await counter.submit(page, page.getByRole('button', { name: 'Informeren vastleggen' }), page.getByText('Het informeren is vastgelegd.'))).toBe(true);
    // The list shows what was told: the goal, the themes, the participants and the rights.
    const told = page.locator('section[aria-labelledby="informing-list-title"]');
    await told.getByText('Verteld: doel "Samen een plan maken voor wonen en schulden"').waitFor();
    const text = await told.innerText();
    expect(text).toContain("De uitkomst van de triage: doel, thema's en deelnemers van het RTO");
    expect(text).toContain('wonen, schulden');
    expect(text).toMatch(/Politie.*\(/);
    await checkA11y(page, 'informing: triage outcome recorded');
    await screenshot(page, 'informing-triage-outcome');
    const list = await call<{ topic: string; told: { rightsExplained: boolean; meetingId: string } | null }[]>(page, 'GET', `/api/cases/${caseId}/informing`);
    expect(list.find((r) => r.topic === 'triage_outcome')?.told).toMatchObject({ rightsExplained: true, meetingId });
    expect(counter.tally(step)).toMatchObject({ submissions: 2, refused: 1 });
    expect(counter.tally(step).interactions).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await close();
  });

  it('the RTO is held, the police contribute in monitoring and the case is de-escalated, through the API', async () => {
    const pd = await asByApi(browser, PD);
    const police = await asByApi(browser, POLICE);
    const path = `/api/cases/${caseId}`;
    const now = new Date().toISOString();
    const policeUser = await me(police.page);
    const ggzSession = await asByApi(browser, GGZ);
    const cd = await me(ggzSession.page);
    await ggzSession.close();
    const gemeente = await partnerIdOf(pd.page, 'gemeente-venlo');
    await call(pd.page, 'POST', `${path}/transitions`, { event: 'schedule_rto' });
    await call(pd.page, 'PUT', `${path}/meetings/${meetingId}/record`, {
      version: 1,
      date: now,
      status: 'held',
      reason: 'Zorgen over wonen en schulden',
      present: [policeUser.userId, cd.userId],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Betalingsregeling afspreken', ownerPartnerId: gemeente, dueAt: now.slice(0, 10) }] },
    });
    await call(pd.page, 'POST', `${path}/case-director`, { userId: cd.userId, meetingId });
    await call(pd.page, 'POST', `${path}/transitions`, { event: 'adopt_plan' });
    policeItem = (await call<{ id: string }>(police.page, 'POST', `${path}/contributions`, { content: 'Twee meldingen van geluidsoverlast in mei.', category: 'police_justice', purposes: ['monitoring'], basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } }, 201)).id;
    expect((await call<{ phase: string }>(pd.page, 'POST', `${path}/transitions`, { event: 'deescalate' })).phase).toBe('deescalation1');
    await pd.close();
    await police.close();
  });

  it('003-107 the process director clears the police contribution on the clearing screen after a confirmation, and sees what was removed without its content; an empty form is refused at its fields; the contributor gets no link and is refused', async () => {
    const step = 'clear the dossier (process director)';
    const { page, close, problems } = await as(browser, PD);
    counter.step(step);
    await page.goto(`/cases/${caseId}`);
    await counter.click(page.getByRole('link', { name: 'Dossier opschonen' }));
    await page.getByRole('heading', { level: 1, name: 'Dossier opschonen bij afschaling' }).waitFor();
    await page.getByText('Er is nog niets uit het dossier verwijderd.').waitFor();
    const boxes = page.getByRole('group', { name: 'Bijdragen die u verwijdert' });
    await boxes.waitFor();
    await checkA11y(page, 'clearing: form');
    // Refused: nothing chosen and no reason; both fields are named, nothing is asked to confirm.
    await counter.click(page.getByRole('button', { name: 'Bijdragen verwijderen' }));
    const summary = page.locator('.ct-error-summary');
    await summary.waitFor();
    counter.tally(step).refused++;
    expect(await summary.innerText()).toContain('Bijdragen die u verwijdert');
    expect(await summary.innerText()).toContain('Reden');
    expect(await page.locator('[data-confirm]').count()).toBe(0);
    await checkA11y(page, 'clearing: refused');
    const police = boxes.getByRole('checkbox', { name: /geluidsoverlast/ });
    expect(await police.getAttribute('value')).toBe(policeItem);
    await counter.check(police);
    await counter.fill(page.getByLabel('Reden', { exact: true }), 'Niet langer nodig na de afschaling.');
    await counter.click(page.getByRole('button', { name: 'Bijdragen verwijderen' }));
    // Irreversible: the confirmation says what happens; nothing is deleted before "Ja".
    const confirm = page.locator('[data-confirm]');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('1 bijdrage wordt definitief uit het dossier verwijderd.');
    expect((await pageFetch(page, 'GET', `/api/cases/${caseId}/deescalation/clearings`)).json).toEqual([]);
    await checkA11y(page, 'clearing: confirmation');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Ja, bijdragen verwijderen' }), page.getByText('1 bijdrage is uit het dossier verwijderd.'))).toBe(true);
    const removed = page.getByRole('table', { name: 'Verwijderde bijdragen, zonder inhoud' });
    await removed.waitFor();
    const row = await removed.locator('tbody tr').innerText();
    expect(row).toContain('Politie');
    expect(row).toContain('politiegegevens');
    expect(row).toContain('Opgeschoond bij afschaling: Niet langer nodig na de afschaling.');
    expect(await page.locator('main').innerText()).not.toContain('geluidsoverlast');
    await checkA11y(page, 'clearing: done');
    await screenshot(page, 'dossier-clearing');
    expect((await pageFetch(page, 'GET', `/api/cases/${caseId}/contributions/${policeItem}?purpose=monitoring`)).status).toBe(403);
    expect(counter.tally(step)).toMatchObject({ submissions: 1, refused: 1 });
    expect(counter.tally(step).interactions).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await close();

    const contributor = await as(browser, POLICE);
    await contributor.page.goto(`/cases/${caseId}`);
    await contributor.page.getByRole('heading', { level: 1 }).waitFor();
    await contributor.page.waitForLoadState('networkidle');
    expect(await contributor.page.getByRole('link', { name: 'Dossier opschonen' }).count()).toBe(0);
    const refused = await pageFetch(contributor.page, 'GET', `/api/cases/${caseId}/deescalation/clearings`);
    expect(refused.status).toBe(403);
    expect(contributor.problems).toEqual([]);
    await contributor.close();
  });
});

describe('Nijmegen: completing the subject after pickup', () => {
  it('004-W06 the details screen is not offered before pickup and the API refuses; after pickup the registrant completes birth date, address and BSN, a BSN failing the 11-test refused at its field', async () => {
    const reg = await asByApi(browser, 'gemeente-nijmegen@nijmegen');
    const pd = await asByApi(browser, 'procesregisseur@nijmegen');
    const created = await call<{ id: string; subjectIds: string[] }>(
      reg.page,
      'POST',
      '/api/cases',
      {
        tableId: 'regieteam',
        subjects: [{ name: 'Huishouden Verhoeven' }],
        complexCriteria: ['multi_problem'],
        lifeDomains: ['income_debts', 'housing'],
        registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
        processDirectorId: (await me(pd.page)).userId,
      },
      201,
    );
    const caseId = created.id;
    const subjectId = created.subjectIds[0] ?? '';

    // Before pickup: only the minimal set; no screen offered, and the API refuses (P12).
    const before = await as(browser, 'gemeente-nijmegen@nijmegen');
    await before.page.goto(`/cases/${caseId}`);
    await before.page.getByText('Nog niet opgepakt').first().waitFor();
    await before.page.waitForLoadState('networkidle');
    expect(await before.page.getByRole('link', { name: 'Gegevens van betrokkene aanvullen' }).count()).toBe(0);
    const early = await pageFetch(before.page, 'PATCH', `/api/cases/${caseId}/subjects/${subjectId}`, { birthDate: '1985-04-12' });
    expect(early.status).toBe(403);
    expect(JSON.stringify(early.json)).toContain('stored_before_pickup');
    expect(before.problems).toEqual([]);
    await before.close();

    const view = await call<{ version: number }>(pd.page, 'GET', `/api/cases/${caseId}`);
    await call(pd.page, 'POST', `/api/cases/${caseId}/pickup`, { partnerId: await partnerIdOf(pd.page, 'gemeente-nijmegen'), version: view.version });
    await pd.close();
    await reg.close();

    const step = 'complete the subject after pickup (registrant)';
    const { page, close, problems } = await as(browser, 'gemeente-nijmegen@nijmegen');
    counter.step(step);
    await page.goto(`/cases/${caseId}`);
    await counter.click(page.getByRole('link', { name: 'Gegevens van betrokkene aanvullen' }));
    await page.getByRole('heading', { level: 1, name: 'Gegevens van betrokkene aanvullen' }).waitFor();
    await page.getByText('Nog niets aangevuld.').waitFor();
    await checkA11y(page, 'subject details: form');
    await counter.fill(page.getByLabel('Geboortedatum'), '12-04-1985');
    await counter.fill(page.getByLabel('Adres'), 'Molenstraat 12, 6511 HJ Nijmegen');
    await counter.fill(page.locator('#f-subject-bsn'), '123456789');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Gegevens opslaan' }), page.getByText('De gegevens van Huishouden Verhoeven zijn aangevuld.'))).toBe(false);
    const summary = page.locator('.ct-error-summary');
    expect(await summary.innerText()).toContain('BSN');
    expect(await page.locator('#f-subject-bsn').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, 'subject details: BSN refused');
    expect(JSON.stringify((await call(page, 'GET', `/api/cases/${caseId}`)))).not.toContain('Molenstraat');
    await counter.fill(page.locator('#f-subject-bsn'), '123456782');
    expect(await counter.submit(page, page.getByRole('button', { name: 'Gegevens opslaan' }), page.getByText('De gegevens van Huishouden Verhoeven zijn aangevuld.'))).toBe(true);
    await page.getByText('Molenstraat 12, 6511 HJ Nijmegen').waitFor();
    expect(await page.locator('main').innerText()).toContain('1985-04-12');
    await checkA11y(page, 'subject details: completed');
    await screenshot(page, 'subject-details');
    const subject = (await call<{ subjects: { id: string; birthDate: string | null; address: string | null }[] }>(page, 'GET', `/api/cases/${caseId}`)).subjects.find((x) => x.id === subjectId);
    expect(subject).toMatchObject({ birthDate: '1985-04-12', address: 'Molenstraat 12, 6511 HJ Nijmegen' });
    expect(counter.tally(step)).toMatchObject({ submissions: 2, refused: 1 });
    expect(counter.tally(step).interactions).toBeLessThanOrEqual(7);
    expect(problems).toEqual([]);
    await close();
  });
});
