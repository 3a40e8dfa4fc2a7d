/**
 * Documents and the inbox in the browser (§7): the process director downloads the consent form
 * from the consents screen and a participant its action list from the action-list screen; page 1
 * of each PDF is saved as a PNG (pdftoppm, Debian's poppler-utils) into docs/screenshots. The
 * invited professional finds the invitation in its inbox; the admin sees the e-mail section. Every
 * screen passes axe.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, screenshot } from './support/browser.js';
import { directorOf } from './support/story.js';
import { ACCEPT_BODY } from './support/acceptance.js';

const run = promisify(execFile);
let browser: Browser;
let work = '';

beforeAll(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'casustafel-pdf-'));
});
afterAll(async () => {
  await browser.close();
  await rm(work, { recursive: true, force: true });
});

/** Clicks a download link, saves the PDF, checks it is one, and writes page 1 as docs/screenshots/<name>.png. */
async function downloadPdf(page: Page, linkName: RegExp, name: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).first().click()]);
  const file = join(work, `${name}.pdf`);
  await download.saveAs(file);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm';
  const out = join(work, name);
  await run(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, out]);
  await rename(`${out}.png`, resolve('docs/screenshots', `${name}.png`));
}

describe('documents and the inbox (Noord-Limburg)', () => {
  let caseId = '';
  let meetingId = '';
  let director = '';
  let registrationId = '';
  const ids: Record<string, string> = {};

  it('the process director downloads the consent form from the consents screen (P6)', async () => {
    const admin = await as(browser, 'beheerder@noord-limburg');
    for (const u of await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users')) ids[u.username] = u.id;
    await admin.close();
    const reg = await as(browser, 'reclassering-nederland@noord-limburg');
    const created = await call<{ id: string; subjectIds: string[]; registrationId: string }>(reg.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Karin Smeets', birthDate: '1979-03-14', address: 'Kerkstraat 4, Venray' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Schulden en een dreigende huisuitzetting.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    await reg.close();
    caseId = created.id;
    registrationId = created.registrationId;
    director = await directorOf(browser, caseId, 'noord-limburg');
    const { page, close, problems } = await as(browser, director);
    const subjectId = created.subjectIds[0] ?? '';
    await call(page, 'POST', `/api/cases/${caseId}/informing`, { subjectId, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
    await call(page, 'POST', `/api/cases/${caseId}/transitions`, ACCEPT_BODY);
    const directory = await call<{ partners: { id: string; slug: string }[] }>(page, 'GET', '/api/directory');
    const partner = (slug: string): string => directory.partners.find((p) => p.slug === slug)?.id ?? '';
    await call(page, 'POST', `/api/cases/${caseId}/consents`, { subjectId, partners: [partner('politie-limburg'), partner('vincent-van-gogh'), partner('gemeente-venlo')], scope: 'Gegevens over wonen, inkomen en schulden', givenAt: new Date().toISOString() });

    await page.goto(`/cases/${caseId}/consents`);
    await page.getByRole('link', { name: /^Toestemmingsverklaring van Karin Smeets/ }).waitFor();
    await checkA11y(page, 'consents with documents');
    await downloadPdf(page, /^Toestemmingsverklaring van Karin Smeets/, 'consent-form-pdf');

    await page.goto(`/cases/${caseId}/informing`);
    await page.getByRole('heading', { level: 2, name: 'Informatiebrief aan betrokkene' }).waitFor();
    await checkA11y(page, 'informing with letters');
    expect(problems).toEqual([]);
    await close();
  });

  it('an invited professional finds the invitation in its inbox; a participant downloads its action list (§3.3, P4)', async () => {
    const pd = await as(browser, director);
    const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
    meetingId = (await call<{ id: string }>(pd.page, 'POST', `/api/cases/${caseId}/meetings`, { scheduledAt: inDays(-1), preparation: { goal: 'Een plan voor wonen en schulden', themes: ['wonen'], decisionsToTake: ['wie doet wat'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' } })).id;
    for (const [who, role] of [['politie-limburg@noord-limburg', 'informant'], ['vincent-van-gogh@noord-limburg', 'intended_executor']] as const) {
      await call(pd.page, 'POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, { userId: ids[who], role });
    }
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });

    const ggz = await as(browser, 'vincent-van-gogh@noord-limburg');
    await ggz.page.getByRole('link', { name: 'Berichten' }).click();
    await ggz.page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    await ggz.page.getByRole('link', { name: 'Openen: Uitnodiging voor een Ronde Tafel Overleg' }).first().waitFor();
    await checkA11y(ggz.page, 'inbox');
    await screenshot(ggz.page, 'inbox');
    expect(ggz.problems).toEqual([]);
    await ggz.close();

    const m = await call<{ version: number }>(pd.page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    const directory = await call<{ partners: { id: string; slug: string }[] }>(pd.page, 'GET', '/api/directory');
    const gemeente = directory.partners.find((p) => p.slug === 'gemeente-venlo')?.id ?? '';
    const saved = await call<{ actionIds: string[] }>(pd.page, 'PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, {
      version: m.version,
      date: inDays(-1).slice(0, 10),
      status: 'held',
      reason: 'Schulden en wonen besproken.',
      present: [ids['vincent-van-gogh@noord-limburg'], ids['politie-limburg@noord-limburg']],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Betalingsregeling met de verhuurder', ownerPartnerId: gemeente, dueAt: inDays(20).slice(0, 10), domain: 'housing' }] },
    });
    await call(pd.page, 'POST', `/api/cases/${caseId}/case-director`, { userId: ids['vincent-van-gogh@noord-limburg'], meetingId });
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'adopt_plan' });
    await pd.close();
    // The registrant lets the case director take its registration along for the action (P4).
    const reg = await as(browser, 'reclassering-nederland@noord-limburg');
    await call(reg.page, 'POST', `/api/cases/${caseId}/contributions/${registrationId}/grants`, { toUserId: ids['vincent-van-gogh@noord-limburg'], planAction: saved.actionIds[0] });
    await reg.close();

    const ggz2 = await as(browser, 'vincent-van-gogh@noord-limburg');
    await ggz2.page.goto(`/cases/${caseId}/meetings/${meetingId}/actions`);
    await ggz2.page.getByRole('link', { name: 'Uw actielijst (PDF)' }).waitFor();
    await checkA11y(ggz2.page, 'action list with documents');
    await downloadPdf(ggz2.page, /^Uw actielijst \(PDF\)$/, 'action-list-pdf');
    expect(ggz2.problems).toEqual([]);
    await ggz2.close();
  });

  it('the admin sees whether e-mail is on and what was not delivered, and downloads the register of declarations', async () => {
    const { page, close, problems } = await as(browser, 'beheerder@noord-limburg');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 2, name: 'E-mail' }).waitFor();
    await page.getByText(/E-mail staat uit|E-mails melden alleen/).first().waitFor();
    await checkA11y(page, 'admin with e-mail');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Register van geheimhoudingsverklaringen (PDF)' }).click()]);
    const file = join(work, 'register.pdf');
    await download.saveAs(file);
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(problems).toEqual([]);
    await close();
  });
});
