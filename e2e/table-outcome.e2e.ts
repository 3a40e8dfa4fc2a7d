/**
 * Two table rules of seed 000 Bijlage 2 in the browser, counted (Maastricht-Heuvelland):
 * (a) 000-R69: the meeting record at the OOV names who tells an absent subject the outcome; the
 *     select offers exactly the professionals invited to that meeting, and the choice is stored;
 * (b) 000-R63 P4 P12: a referral to an outside body (Veilig Thuis) shows the handover once: the
 *     subject and exactly the contributions whose contributors approved it for that body; then
 *     nothing identifying of the case can be read.
 * Each case is created here with its own name; the way to the step under test goes through the
 * API (`call`, signed in through the API by `asByApi`), as other screens own those steps. Demo
 * users' state is not changed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../src/collaborations/maastricht-heuvelland.js';
import { as, asByApi, call, checkA11y, launch, pageFetch } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const counter = new Counter();
const userOf: Record<string, string> = {};
const PD = 'procesregisseur@maastricht';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const [step, tally] of counter.steps) console.log(`[table-outcome] ${step}: ${tally.interactions} interactions, ${tally.submissions} submissions, ${tally.refused} refused`);
  await browser.close();
});

async function userId(username: string): Promise<string> {
  if (userOf[username] === undefined) {
    const admin = await asByApi(browser, 'beheerder@maastricht');
    for (const u of await call<{ id: string; username: string }[]>(admin.page, 'GET', '/api/users')) userOf[u.username] = u.id;
    await admin.close();
  }
  expect(userOf[username], username).toBeDefined();
  return userOf[username] ?? '';
}

async function partnerIds(): Promise<Record<string, string>> {
  const pd = await asByApi(browser, PD);
  const dir = await call<{ partners: { id: string; slug: string }[] }>(pd.page, 'GET', '/api/directory');
  await pd.close();
  return Object.fromEntries(dir.partners.map((p) => [p.slug, p.id]));
}

/** A basis from the partner's own catalogue (P5). */
function basisOf(slug: string): object {
  const law = MAASTRICHT_HEUVELLAND.partners.find((p) => p.id === slug)?.legalBasisCatalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  return law === undefined ? { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel.' } : { kind: 'public_task', law: law.law };
}

/** Registered by `registrant` at `table`, the subject informed, screened by the table's criteria and accepted: in triage. */
async function inTriage(registrant: string, table: string, name: string, birthDate: string): Promise<{ caseId: string }> {
  const director = await userId(PD);
  const reg = await asByApi(browser, `${registrant}@maastricht`);
  const created = await call<{ id: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', {
    tableId: table,
    subjects: [{ name, birthDate }],
    registration: { content: 'Aanmelding: stagnatie op meerdere leefgebieden.', basis: basisOf(registrant) },
    processDirectorId: director,
  });
  for (const subjectId of created.subjectIds) await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' }, 201);
  await reg.close();
  const pd = await asByApi(browser, PD);
  const t = await call<{ criteria: string[]; followUpQuestions: string[]; preconditions: { before?: string }[] }>(pd.page, 'GET', `/api/cases/${created.id}/table`);
  await call(pd.page, 'PUT', `/api/cases/${created.id}/screening`, {
    criteriaMet: [0],
    answers: t.followUpQuestions.map(() => 'Ja.'),
    preconditionsConfirmed: t.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
    assessment: 'Past bij deze overlegtafel.',
  });
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, { event: 'accept' });
  await pd.close();
  return { caseId: created.id };
}

describe('seed 000 Bijlage 2: who informs the subject, and the handover to an outside body, in the browser', () => {
  it('000-R69 the OOV meeting record names who informs the absent subject: only the invited professionals are offered, and the choice is stored', async () => {
    const { caseId } = await inTriage('gemeente-eijsden-margraten', 'oov-eijsden-margraten', 'Luuk Informantproef', '1979-04-05');
    const invited = ['woonpunt@maastricht', 'politie-limburg@maastricht'];
    const step = 'record the meeting with its informant (process director)';
    const pd = await asByApi(browser, PD);
    const meetingId = (
      await call<{ id: string }>(pd.page, 'POST', `/api/cases/${caseId}/meetings`, {
        scheduledAt: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
        preparation: { goal: 'Een aanpak voor de overlast', themes: ['wonen'], decisionsToTake: ['wie doet wat'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
      })
    ).id;
    for (const who of invited) await call(pd.page, 'POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, { userId: await userId(who), role: 'informant' });
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });
    await pd.close();

    const { page, problems, close } = await as(browser, PD);
    counter.step(step);
    await page.goto(`/cases/${caseId}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Verslag en plan van aanpak' }).waitFor();
    const select = page.getByLabel('Wie informeert betrokkene over de uitkomst?');
    await select.waitFor();
    // Exactly the professionals invited to this meeting, and "nobody" (the subject was present).
    const offered = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.sort()).toEqual(['', ...(await Promise.all(invited.map(userId)))].sort());
    expect(await select.inputValue()).toBe('');
    await checkA11y(page, 'meeting record: the outcome informant');

    const woonpunt = await userId('woonpunt@maastricht');
    await counter.fill(page.getByLabel('Aanleiding en bespreking'), 'Overlast en zorgmijding besproken; betrokkene was niet aanwezig.');
    for (const who of invited) await counter.check(page.locator(`#f-present-${await userId(who)}`));
    await counter.select(select, woonpunt);
    expect(await counter.submit(page, page.getByRole('button', { name: 'Verslag opslaan' }), page.getByText('Het verslag en het plan van aanpak zijn opgeslagen.')), await page.locator('main').innerText()).toBe(true);
    const stored = await call<{ record: { outcomeInformant?: { userId: string } | null } | null }>(page, 'GET', `/api/cases/${caseId}/meetings/${meetingId}`);
    expect(stored.record?.outcomeInformant?.userId).toBe(woonpunt);
    const tally = counter.tally(step);
    expect(tally.submissions).toBe(1);
    expect(tally.refused).toBe(0);
    expect(tally.interactions).toBeLessThanOrEqual(5);
    expect(problems).toEqual([]);
    await close();
  });

  it('000-R63 P4 P12 referral to Veilig Thuis shows the handover once: the subject and exactly the approved contribution; then nothing identifying stays', async () => {
    const ids = await partnerIds();
    const { caseId } = await inTriage('bureau-jeugdzorg-limburg', 'netwerkoverleg-risicojeugd', 'Robin Overdrachtproef', '2010-02-03');
    const pd0 = await asByApi(browser, PD);
    const asked = await call<{ asked: { partnerId: string; questionId: string }[] }>(pd0.page, 'POST', `/api/cases/${caseId}/triage-questions`, {
      task: 'Netwerkoverleg risicojeugd',
      purpose: 'Voorbereiden overleg',
      whyNeeded: 'Zicht op lopende zorg en overlast',
      question: 'Is de jeugdige bij u bekend?',
      partners: [ids['politie-limburg'], ids['raad-kinderbescherming']],
      onBehalfOf: ids['bureau-jeugdzorg-limburg'],
    });
    await pd0.close();
    const questionOf = (slug: string): string => asked.asked.find((a) => a.partnerId === ids[slug])?.questionId ?? '';
    // The police answer and approve handing theirs to Veilig Thuis; the Raad answers and approves nothing.
    const police = await asByApi(browser, 'politie-limburg@maastricht');
    const approved = await call<{ contributionId: string }>(police.page, 'POST', `/api/cases/${caseId}/triage-questions/${questionOf('politie-limburg')}/answers`, {
      content: 'Vier meldingen overlast door de jongere in 2026.',
      category: 'risicos-negen-leefgebieden',
      police: true,
      basis: { kind: 'public_task', law: 'Politiewet 2012 art. 3' },
    });
    await call(police.page, 'PUT', `/api/cases/${caseId}/contributions/${approved.contributionId}/referral-approval`, { toTable: 'veilig-thuis' });
    await police.close();
    const raad = await asByApi(browser, 'raad-kinderbescherming@maastricht');
    await call(raad.page, 'POST', `/api/cases/${caseId}/triage-questions/${questionOf('raad-kinderbescherming')}/answers`, {
      content: 'Ingeschreven op het Bonnefanten College.',
      category: 'school-woonplaats',
      basis: { kind: 'public_task', law: 'BW boek 1 art. 238 en 241; Jeugdwet' },
    });
    await raad.close();

    const step = 'refer to Veilig Thuis and hand over (process director)';
    const { page, problems, close } = await as(browser, PD);
    counter.step(step);
    expect(JSON.stringify((await pageFetch(page, 'GET', `/api/cases/${caseId}`)).json)).toContain('Overdrachtproef');
    await page.goto(`/cases/${caseId}/steps`);
    await page.getByRole('heading', { level: 1, name: 'Processtappen' }).waitFor();
    const target = page.locator('#f-refer-toTable');
    await target.waitFor();
    await target.locator('option[value="veilig-thuis"]').waitFor({ state: 'attached' });
    // The other tables of the collaboration and, after them, the outside bodies.
    const targets = await target.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(targets).toContain('veilig-thuis');
    expect(targets).toContain('mdo-integrale-aanpak');
    expect(targets).not.toContain('netwerkoverleg-risicojeugd');
    await counter.select(target, 'veilig-thuis');
    await counter.click(page.getByRole('button', { name: 'Naar een andere tafel verwijzen: uitvoeren' }));
    const handover = page.getByRole('heading', { level: 3, name: 'Overdracht aan Veilig Thuis Zuid-Limburg' });
    expect(await counter.submit(page, page.getByRole('button', { name: 'Ja, naar een andere tafel verwijzen' }), handover), await page.locator('main').innerText()).toBe(true);
    const shown = await page.getByRole('region', { name: 'Overdracht aan Veilig Thuis Zuid-Limburg', exact: true }).innerText();
    expect(shown).toContain('Robin Overdrachtproef (2010-02-03)');
    expect(shown).toContain('Vier meldingen overlast door de jongere in 2026.');
    expect(shown).not.toContain('Bonnefanten');
    expect(shown).toContain('Dit is de enige keer dat u dit ziet');
    await checkA11y(page, 'referral: the handover to Veilig Thuis');
    await counter.click(page.getByRole('button', { name: 'Overdracht doorgegeven' }));
    // Nothing identifying stays: the referred case has no subject and no contribution left, for the director or the registrant.
    const after = await pageFetch(page, 'GET', `/api/cases/${caseId}`);
    expect(JSON.stringify(after.json)).not.toContain('Overdrachtproef');
    expect(JSON.stringify(after.json)).not.toContain('Vier meldingen');
    const tally = counter.tally(step);
    expect(tally.submissions).toBe(1);
    expect(tally.interactions).toBeLessThanOrEqual(4);
    expect(problems).toEqual([]);
    await close();
    const registrant = await asByApi(browser, 'bureau-jeugdzorg-limburg@maastricht');
    const seen = await pageFetch(registrant.page, 'GET', `/api/cases/${caseId}`);
    expect(JSON.stringify(seen.json)).not.toContain('Overdrachtproef');
    expect(JSON.stringify(seen.json)).not.toContain('Vier meldingen');
    await registrant.close();
  });
});
