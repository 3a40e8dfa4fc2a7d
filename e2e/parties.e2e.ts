/**
 * Consent and third parties in the browser.
 * (a) Noord-Limburg, P6: the process director records a consent on the consent screen (by
 *     keyboard), a triage answer rests on it and the registrant reads it; the consent is revoked
 *     after a confirmation step, and the registrant's very next read of the case no longer holds
 *     the answer (refused with P6).
 * (b) Maastricht-Heuvelland, P11: in the RTO the process director adds Veilig Thuis (no covenant
 *     partner) as a third party; a covenant partner's user is refused with its rule; the third
 *     party reads nothing until the municipality, which contributed, records its consent on the
 *     third-party screen, and reads the contribution after.
 * The cases are created here; demo data is not changed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch, pageFetch, screenshot } from './support/browser.js';
import { tabTo, tabToText } from './support/keyboard.js';
import { chooseBasis } from './support/story.js';
import { ACCEPT_BODY } from './support/acceptance.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Directory {
  people: { id: string; displayName: string; partnerId: string; role: string }[];
  partners: { id: string; slug: string; name: string }[];
}

async function directory(page: Page): Promise<Directory> {
  return (await call<Directory>(page, 'GET', '/api/directory'));
}

function director(d: Directory): string {
  const pd = d.people.find((p) => p.role === 'process_director' && p.displayName.startsWith('Procesregisseur'));
  expect(pd).toBeDefined();
  return pd?.id ?? '';
}

function partner(d: Directory, slug: string): string {
  const p = d.partners.find((x) => x.slug === slug);
  expect(p, slug).toBeDefined();
  return p?.id ?? '';
}

function personOf(d: Directory, partnerId: string, role = 'professional'): string {
  const p = d.people.find((x) => x.partnerId === partnerId && x.role === role);
  expect(p, partnerId).toBeDefined();
  return p?.id ?? '';
}

/**
 * Informs every subject on behalf of the registrant and accepts the case: it is in triage. Noord-Limburg's
 * accept carries the director's judgement and the consultation with the registrant (`ACCEPT_BODY`);
 * Maastricht-Heuvelland's table screens first and its accept carries none.
 */
async function informAndAccept(page: Page, caseId: string, accept: object = ACCEPT_BODY): Promise<void> {
  const view = (await call<{ subjects: { id: string }[] }>(page, 'GET', `/api/cases/${caseId}`));
  for (const s of view.subjects) await call(page, 'POST', `/api/cases/${caseId}/informing`, { subjectId: s.id, topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' }, 201);
  // A table that screens by its own criteria and follow-up questions first gets the director's screening (seed 000 Bijlage 2).
  const table = (await call<{ followUpQuestions: string[]; preconditions: { kind: string; before?: string }[] }>(page, 'GET', `/api/cases/${caseId}/table`));
  if (table.preconditions.some((p) => p.kind === 'screening_recorded' && p.before === 'accept')) {
    await call(page, 'PUT', `/api/cases/${caseId}/screening`, {
      criteriaMet: [0],
      answers: table.followUpQuestions.map(() => 'Ja.'),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'Voldoet aan de criteria van deze tafel; regie is nodig.',
    });
  }
  await call(page, 'POST', `/api/cases/${caseId}/transitions`, accept);
}

interface CaseRead {
  contributions: { id: string; content: string }[];
}

describe('consent (P6) through the consent screen', () => {
  let caseId = '';
  let dir: Directory;

  it('the process director records a consent by keyboard; a triage answer rests on it and the registrant reads it', async () => {
    const rn = await as(browser, 'reclassering-nederland@noord-limburg');
    dir = await directory(rn.page);
    const reg = (await call<{ id: string }>(
      rn.page,
      'POST',
      '/api/cases',
      {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Mila Janssen' }],
        complexCriteria: ['multi_problem'],
        lifeDomains: ['mental_functioning'],
        registration: { content: 'Zorgmijding na detentie.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
        processDirectorId: director(dir),
      },
      201,
    ));
    caseId = reg.id;

    const pd = await as(browser, 'procesregisseur@noord-limburg');
    await informAndAccept(pd.page, caseId);
    await pd.page.goto(`/cases/${caseId}`);
    await pd.page.getByRole('link', { name: 'Toestemming', exact: true }).click();
    await pd.page.getByRole('heading', { level: 1, name: 'Toestemming' }).waitFor();
    await pd.page.getByText('Er is nog geen toestemming vastgelegd.').waitFor();
    const vvg = partner(dir, 'vincent-van-gogh');
    const rnPartner = partner(dir, 'reclassering-nederland');
    await pd.page.locator(`#f-consent-partners-${vvg}`).waitFor({ state: 'attached' });
    await checkA11y(pd.page, 'consents: empty list and form');

    // Without partners and scope the API refuses, naming the fields.
    await pd.page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await pd.page.locator('.ct-error-summary').waitFor();
    const summary = await pd.page.locator('.ct-error-summary').innerText();
    expect(summary).toContain('Partners die de toestemming dekt');
    expect(summary).toContain('Reikwijdte');
    await checkA11y(pd.page, 'consents: validation errors');

    // The form by keyboard alone: tick the two partners, type the scope, submit with Enter.
    for (const id of [vvg, rnPartner]) {
      const boxId = (await pd.page.locator('input[name="consent.partners"]').first().getAttribute('value')) === id ? 'f-consent-partners' : `f-consent-partners-${id}`;
      await tabTo(pd.page, boxId, 200);
      await pd.page.keyboard.press('Space');
    }
    await tabTo(pd.page, 'f-consent-scope');
    await pd.page.keyboard.type('Delen van zorginformatie met Vincent van Gogh en de reclassering voor de triage en het RTO');
    await tabToText(pd.page, 'Toestemming vastleggen');
    await pd.page.keyboard.press('Enter');
    await pd.page
      .getByText('De toestemming is vastgelegd.')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`recording the consent failed: ${await pd.page.locator('main').innerText()}`, { cause: e });
      });
    const table = pd.page.getByRole('table', { name: 'Toestemmingen en weigeringen in deze casus' });
    await table.getByText('Gegeven', { exact: true }).waitFor();
    const cells = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('Mila Janssen');
    expect(cells[1]).toContain('Vincent van Gogh');
    expect(cells[1]).toContain('Reclassering Nederland');
    expect(cells[4]).toContain('Procesregisseur');
    const consentId = (await table.locator('tbody code').first().innerText()).trim();
    expect(consentId).toMatch(/^[0-9a-f-]{36}$/);

    // A triage answer of the GGZ rests on this consent.
    const asked = (await call<{ asked: { questionId: string }[] }>(
      pd.page,
      'POST',
      `/api/cases/${caseId}/triage-questions`,
      { partners: [vvg], onBehalfOf: rnPartner, task: 'Zorg verkennen', purpose: 'RTO', whyNeeded: 'Zorgmijding', question: 'Is zij bij u in zorg?' },
      201,
    ));
    const ggz = await as(browser, 'vincent-van-gogh@noord-limburg');
    const answer = (await call<{ contributionId: string }>(
      ggz.page,
      'POST',
      `/api/cases/${caseId}/triage-questions/${asked.asked[0]?.questionId ?? ''}/answers`,
      { content: 'GGZ: in zorg geweest, contact verbroken in het voorjaar.', category: 'mental_functioning', basis: { kind: 'consent', consentId } },
      201,
    ));
    await ggz.close();
    const read = (await call<CaseRead>(rn.page, 'GET', `/api/cases/${caseId}`));
    expect(read.contributions.map((k) => k.id)).toContain(answer.contributionId);
    expect(pd.problems).toEqual([]);
    await rn.close();
    await pd.close();
  });

  it('the consent is revoked after a confirmation step; the registrant’s next read no longer holds the answer (P6, at once)', async () => {
    const pd = await as(browser, 'procesregisseur@noord-limburg');
    const rn = await as(browser, 'reclassering-nederland@noord-limburg');
    const before = (await call<CaseRead>(rn.page, 'GET', `/api/cases/${caseId}`));
    const answer = before.contributions.find((k) => k.content.startsWith('GGZ:'));
    expect(answer).toBeDefined();

    await pd.page.goto(`/cases/${caseId}/consents`);
    await pd.page.getByRole('heading', { level: 1, name: 'Toestemming' }).waitFor();
    const revoke = pd.page.getByRole('button', { name: /^Toestemming van Mila Janssen van .* intrekken$/ });
    await revoke.click();
    await pd.page.getByRole('heading', { level: 3, name: 'Toestemming intrekken?' }).waitFor();
    await expect.poll(() => pd.page.evaluate(() => document.activeElement?.classList.contains('ct-confirm'))).toBe(true);
    expect(await pd.page.locator('.ct-confirm').innerText()).toContain('stopt meteen');
    // Not revoking leaves it given.
    await pd.page.getByRole('button', { name: 'Niet intrekken' }).click();
    expect(await pd.page.locator('.ct-confirm').count()).toBe(0);
    expect((await call<CaseRead>(rn.page, 'GET', `/api/cases/${caseId}`))).toMatchObject({ contributions: expect.arrayContaining([expect.objectContaining({ id: answer?.id })]) as unknown });

    await revoke.click();
    await checkA11y(pd.page, 'consents: confirm revocation');
    await screenshot(pd.page, 'consents-revoke-confirm');
    await pd.page.getByRole('button', { name: 'Ja, toestemming intrekken' }).click();
    await pd.page.getByText('De toestemming is ingetrokken; verwerking die erop steunt stopt direct.').waitFor();
    await pd.page.getByRole('table', { name: 'Toestemmingen en weigeringen in deze casus' }).getByText(/^Ingetrokken op /).waitFor();
    expect(await pd.page.getByRole('button', { name: /^Toestemming van Mila Janssen/ }).count()).toBe(0);

    const after = (await call<CaseRead>(rn.page, 'GET', `/api/cases/${caseId}`));
    expect(after.contributions.map((k) => k.id)).not.toContain(answer?.id);
    const direct = await pageFetch(rn.page, 'GET', `/api/cases/${caseId}/contributions/${answer?.id ?? ''}?purpose=triage`);
    expect(direct.status).toBe(403);
    expect(direct.json).toMatchObject({ error: { rule: 'P6', reason: 'consent_revoked' } });

    // A refusal is recorded too; it is never revocable.
    await pd.page.locator(`input[name="consent.partners"][value="${partner(dir, 'woonwenz')}"]`).check();
    await pd.page.getByLabel('Reikwijdte').fill('Delen met de woningcorporatie');
    await pd.page.getByLabel('De betrokkene weigert toestemming').check();
    await pd.page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await pd.page.getByText('De toestemming is vastgelegd.').waitFor();
    const table = pd.page.getByRole('table', { name: 'Toestemmingen en weigeringen in deze casus' });
    await table.getByText('Geweigerd', { exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await pd.page.getByRole('button', { name: /^Toestemming van Mila Janssen/ }).count()).toBe(0);

    await checkA11y(pd.page, 'consents: revoked');
    await screenshot(pd.page, 'consents');
    expect(pd.problems).toEqual([]);
    await rn.close();
    await pd.close();
  });
});

describe('third parties (P11) through the third-party screen', () => {
  let caseId = '';
  let contributionId = '';
  let dir: Directory;
  const THIRD = 'veilig-thuis-zuid-limburg@maastricht';

  it('a Maastricht case reaches the RTO; the municipality contributes for the RTO, released to all', async () => {
    const gem = await as(browser, 'gemeente-maastricht@maastricht');
    dir = await directory(gem.page);
    const reg = (await call<{ id: string }>(
      gem.page,
      'POST',
      '/api/cases',
      {
        tableId: 'mdo-integrale-aanpak',
        subjects: [{ name: 'Sem de Wit' }],
        complexCriteria: ['multi_problem'],
        lifeDomains: ['housing'],
        registration: { content: 'Zorgen over de thuissituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
        processDirectorId: director(dir),
      },
      201,
    ));
    caseId = reg.id;
    const pd = await as(browser, 'procesregisseur@maastricht');
    await informAndAccept(pd.page, caseId, { event: 'accept' });
    const meeting = (await call<{ id: string }>(
      pd.page,
      'POST',
      `/api/cases/${caseId}/meetings`,
      {
        scheduledAt: '2027-01-10T14:00:00Z',
        preparation: { goal: 'Samen een plan maken', themes: ['wonen'], decisionsToTake: ['wie wordt casusregisseur'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
      },
      201,
    ));
    const gemUser = personOf(dir, partner(dir, 'gemeente-maastricht'));
    await call(pd.page, 'POST', `/api/cases/${caseId}/meetings/${meeting.id}/invitations`, { userId: gemUser, role: 'informant' }, 201);
    // The MDO meets with a consent on record, or a documented weighing (seed 000 Bijlage 2 "Randvoorwaarden").
    const subjects = ((await call<{ subjects: { id: string }[] }>(pd.page, 'GET', `/api/cases/${caseId}`))).subjects;
    const consentPartners = [partner(dir, 'gemeente-maastricht')];
    for (const subject of subjects) await call(pd.page, 'POST', `/api/cases/${caseId}/consents`, { subjectId: subject.id, partners: consentPartners, scope: 'Delen in het MDO', givenAt: new Date().toISOString() }, 201);
    await call(pd.page, 'POST', `/api/cases/${caseId}/transitions`, { event: 'schedule_rto' });
    const added = (await call<{ id: string }>(
      gem.page,
      'POST',
      `/api/cases/${caseId}/contributions`,
      { content: 'Gemeente: woning sterk vervuild; kinderen in huis.', category: 'housing', purposes: ['rto'], basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' }, releasedForRto: 'all' },
      201,
    ));
    contributionId = added.id;
    await gem.close();
    await pd.close();
  });

  it('the process director adds the third party on the screen; a covenant partner’s user is refused with its rule', async () => {
    const pd = await as(browser, 'procesregisseur@maastricht');
    await pd.page.goto(`/cases/${caseId}`);
    await pd.page.getByRole('link', { name: 'Derden', exact: true }).click();
    await pd.page.getByRole('heading', { level: 1, name: 'Derden' }).waitFor();
    await pd.page.getByText('Er neemt geen derde deel aan deze casus.').waitFor();
    const vt = personOf(dir, partner(dir, 'veilig-thuis-zuid-limburg'), 'third_party');
    const police = personOf(dir, partner(dir, 'politie-limburg'));
    await pd.page.locator(`#f-userId option[value="${vt}"]`).waitFor({ state: 'attached' });

    await pd.page.locator('#f-userId').selectOption(police);
    await chooseBasis(pd.page, 'basis', 'Wmo 2015');
    await pd.page.locator('#f-motivation').fill('Veilig Thuis heeft de melding over de kinderen; het RTO heeft die nodig.');
    await pd.page.getByRole('button', { name: 'Derde toevoegen' }).click();
    await pd.page.locator('.ct-error-summary').waitFor();
    const refusal = await pd.page.locator('.ct-error-summary').innerText();
    expect(refusal).toContain('Alleen een gebruiker van een organisatie die geen convenantpartner is, is een derde.');
    expect(await pd.page.locator('.ct-error-summary .ct-rule').getAttribute('data-rule')).toBe('P11');
    await checkA11y(pd.page, 'third parties: refused');

    await pd.page.locator('#f-userId').selectOption(vt);
    await pd.page.getByRole('button', { name: 'Derde toevoegen' }).click();
    await pd.page
      .getByText('De derde is toegevoegd. De derde ziet nog niets: niet aan alle voorwaarden is voldaan.')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`adding the third party failed: ${await pd.page.locator('main').innerText()}`, { cause: e });
      });
    const card = pd.page.locator('.ct-card').first();
    await card.getByText('Nog niet voldaan: de derde ziet niets').waitFor();
    expect(await card.innerText()).toContain('Gemeente Maastricht');
    expect(await card.innerText()).toContain('Publieke taak');
    // The director is not the contributor: no consent is offered to it.
    expect(await pd.page.getByRole('button', { name: /namens mijn organisatie/ }).count()).toBe(0);
    await checkA11y(pd.page, 'third parties: added');
    expect(pd.problems).toEqual([]);
    await pd.close();
  });

  it('the third party reads nothing until the contributing municipality consents on the screen, and reads the contribution after', async () => {
    const third = await as(browser, THIRD);
    const before = await pageFetch(third.page, 'GET', `/api/cases/${caseId}/contributions/${contributionId}?purpose=rto`);
    expect(before.status).toBe(403);
    expect(before.json).toMatchObject({ error: { rule: 'P11' } });

    const gem = await as(browser, 'gemeente-maastricht@maastricht');
    await gem.page.goto(`/cases/${caseId}`);
    await gem.page.getByRole('link', { name: 'Derden', exact: true }).click();
    await gem.page.getByRole('heading', { level: 1, name: 'Derden' }).waitFor();
    const consent = gem.page.getByRole('button', { name: /^Instemmen met .*Veilig Thuis.* namens mijn organisatie$/ });
    await consent.waitFor();
    expect(await gem.page.getByRole('heading', { level: 2, name: 'Derde toevoegen' }).count()).toBe(0);
    await checkA11y(gem.page, 'third parties: consent offered');
    await consent.click();
    await gem.page
      .getByText('De instemming van uw organisatie is vastgelegd. Aan alle voorwaarden is voldaan.')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`consent failed: ${await gem.page.locator('main').innerText()}`, { cause: e });
      });
    await gem.page.locator('.ct-card').getByText('Voldaan: de derde ziet wat aan haar is vrijgegeven').waitFor();
    expect(await consent.count()).toBe(0);
    await checkA11y(gem.page, 'third parties: consented');
    await screenshot(gem.page, 'third-parties');

    const after = await pageFetch(third.page, 'GET', `/api/cases/${caseId}/contributions/${contributionId}?purpose=rto`);
    expect(after.status).toBe(200);
    expect((after.json as { content: string }).content).toContain('woning sterk vervuild');

    // The same screen in English.
    await gem.page.getByRole('button', { name: 'Switch to English' }).click();
    await gem.page.getByRole('heading', { level: 1, name: 'Third parties' }).waitFor();
    await gem.page.getByText('Met: the third party sees what was released to it').waitFor();
    await checkA11y(gem.page, 'third parties in English');
    expect(gem.problems).toEqual([]);
    expect(third.problems).toEqual([]);
    await gem.close();
    await third.close();
  });
});
