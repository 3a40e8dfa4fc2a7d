/**
 * Editing the plan in the browser (issue 18, item 1): in Venlo the process director adds an extra
 * session of the Blerick work area on the agenda screen; on a session of its own with a case on
 * the agenda it moves the date (the case discussion moves with it, checked through the API), sets
 * a place and a chair, takes the item off after a confirmation and then cancels the now empty
 * session — refused by the form without a reason, cancelled after the confirmation with one. The
 * chair, a participant without the planner's role, opens the session and sees none of the
 * controls. The cases and sessions are the test's own.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, call, checkA11y, launch } from './support/browser.js';
import { Counter } from './support/count.js';

let browser: Browser;
const userOf: Record<string, string> = {};
const nameOf: Record<string, string> = {};
const roleOf: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function directory(): Promise<void> {
  if (userOf['procesregisseur@venlo'] !== undefined) return;
  const admin = await as(browser, 'beheerder@venlo');
  for (const u of await call<{ id: string; username: string; role: string }[]>(admin.page, 'GET', '/api/users')) {
    userOf[u.username] = u.id;
    nameOf[u.id] = u.username;
    roleOf[u.id] = u.role;
  }
  await admin.close();
}

const DAY = 86_400_000;
const stamp = Date.now().toString(36).slice(-4);
/** A day `days` ahead as YYYY-MM-DD, for a `datetime-local` field. */
const dayAhead = (days: number): string => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** What the page's `datetime-local` value means as an instant (in the browser's own time zone). */
const instant = (page: Page, local: string): Promise<string> => page.evaluate((v) => new Date(v).toISOString(), local);

async function venloCaseInTriage(name: string): Promise<string> {
  const reg = await as(browser, 'gemeente-venlo@venlo');
  const created = await call<{ id: string; subjectIds: string[] }>(reg.page, 'POST', '/api/cases', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    processDirectorId: userOf['procesregisseur@venlo'],
  });
  await call(reg.page, 'POST', `/api/cases/${created.id}/informing`, { subjectId: created.subjectIds[0], topic: 'registration', informedAt: new Date().toISOString(), method: 'letter' });
  await reg.close();
  const pd = await as(browser, 'procesregisseur@venlo');
  await call(pd.page, 'POST', `/api/cases/${created.id}/transitions`, { event: 'accept' });
  await pd.close();
  return created.id;
}

interface Session {
  readonly version: number;
  readonly scheduledAt: string;
  readonly status: string;
  readonly place: string | null;
  readonly cancelReason: string | null;
  readonly chair: { userId: string } | null;
  readonly participants: { userId: string }[];
  readonly items: { itemId: string; caseId: string; meetingId: string; caseNumber: string }[];
}

describe('editing the plan of sessions (Venlo, issue 18)', () => {
  const counter = new Counter();
  let sessionId = '';
  let chairUsername = '';

  it('the process director adds an extra session of a work area on the agenda screen', async () => {
    await directory();
    const { page, close, problems } = await as(browser, 'procesregisseur@venlo');
    counter.step('add a session');
    await counter.click(page.getByRole('link', { name: 'Overleggen', exact: true }).first());
    await page.getByRole('heading', { level: 1, name: 'Overleggen en agenda' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Extra overleg toevoegen' }).waitFor();
    const form = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Extra overleg toevoegen' }) });
    await counter.choose(form.getByLabel('Welke tafel, welk werkgebied of team'), 'Blerick');
    const local = `${dayAhead(80)}T19:45`;
    await counter.fill(form.getByLabel('Datum en tijd'), local);
    await counter.fill(form.getByLabel('Plaats'), `Stadskantoor ${stamp}`);
    await counter.submit(page, form.getByRole('button', { name: 'Overleg toevoegen' }), page.getByText(/Overleg Blerick van .* is toegevoegd\./));
    const at = await instant(page, local);
    const listed = await call<{ id: string; scheduledAt: string; bodyId: string }[]>(page, 'GET', `/api/sessions?from=${dayAhead(79)}&to=${dayAhead(82)}&bodyKind=work_area&bodyId=blerick`);
    const added = listed.find((x) => x.scheduledAt === at);
    expect(added, JSON.stringify(listed)).toBeDefined();
    const view = await call<Session>(page, 'GET', `/api/sessions/${added?.id ?? ''}`);
    expect(view.place).toBe(`Stadskantoor ${stamp}`);
    await checkA11y(page, 'agenda with the planning forms');
    // One click to the agenda, one choice, two fields and one press.
    expect(counter.tally('add a session')).toEqual({ interactions: 5, submissions: 1, refused: 0 });
    expect(problems).toEqual([]);
    await close();
  });

  it('moves a session with its case discussion, sets place and chair, takes the item off and cancels it with a reason', async () => {
    await directory();
    const caseId = await venloCaseInTriage(`Dirk Dekker ${stamp}`);
    const { page, close, problems } = await as(browser, 'procesregisseur@venlo');
    const created = await call<{ id: string }>(page, 'POST', '/api/sessions', { bodyKind: 'work_area', bodyId: 'blerick', scheduledAt: new Date(Date.now() + 84 * DAY).toISOString() }, 201);
    sessionId = created.id;
    await call(page, 'POST', `/api/sessions/${sessionId}/items`, { caseId }, 201);
    const before = await call<Session>(page, 'GET', `/api/sessions/${sessionId}`);
    const item = before.items[0];
    expect(item?.caseId).toBe(caseId);
    // A standing participant who is no planner becomes the chair.
    const chair = before.participants.map((p) => p.userId).find((u) => u !== before.chair?.userId && !['process_director', 'support'].includes(roleOf[u] ?? ''));
    expect(chair).toBeDefined();
    chairUsername = nameOf[chair ?? ''] ?? '';

    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Overleg Blerick' }).waitFor();
    const edit = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Overleg wijzigen' }) });
    const cancel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Overleg afzeggen' }) });
    // With an item on the agenda the screen says so before anything is sent, and offers no cancel.
    await cancel.getByText('Dit overleg heeft één agendapunt. Afzeggen kan pas als de agenda leeg is').waitFor();
    expect(await cancel.getByRole('button').count()).toBe(0);
    await checkA11y(page, 'session with the planning forms');

    counter.step('move, place and chair');
    const local = `${dayAhead(86)}T10:15`;
    await counter.fill(edit.getByLabel('Datum en tijd'), local);
    await counter.fill(edit.getByLabel('Plaats'), `Raadhuis Blerick ${stamp}`);
    await counter.select(edit.getByLabel('Voorzitter'), chair ?? '');
    await counter.submit(page, edit.getByRole('button', { name: 'Wijzigingen opslaan' }), page.getByText('Het overleg is gewijzigd.'));
    const at = await instant(page, local);
    const moved = await call<Session>(page, 'GET', `/api/sessions/${sessionId}`);
    expect(moved.scheduledAt).toBe(at);
    expect(moved.place).toBe(`Raadhuis Blerick ${stamp}`);
    expect(moved.chair?.userId).toBe(chair);
    const meeting = await call<{ scheduledAt: string }>(page, 'GET', `/api/cases/${caseId}/meetings/${item?.meetingId ?? ''}`);
    expect(meeting.scheduledAt).toBe(at);
    expect(counter.tally('move, place and chair')).toEqual({ interactions: 4, submissions: 1, refused: 0 });

    counter.step('stale version');
    // Someone else changes the session meanwhile: the form says so plainly and keeps the input.
    await call(page, 'PATCH', `/api/sessions/${sessionId}`, { version: moved.version, place: `Elders ${stamp}` });
    await counter.fill(edit.getByLabel('Plaats'), `Bibliotheek ${stamp}`);
    await counter.submit(page, edit.getByRole('button', { name: 'Wijzigingen opslaan' }), page.getByText('Het overleg is gewijzigd.'));
    await edit.getByText('Het overleg is intussen gewijzigd.').waitFor();
    expect(await edit.getByLabel('Plaats').inputValue()).toBe(`Bibliotheek ${stamp}`);
    await counter.click(edit.getByRole('button', { name: 'Overleg opnieuw laden' }));
    await page.getByText(`Elders ${stamp}`).first().waitFor();
    await counter.submit(page, edit.getByRole('button', { name: 'Wijzigingen opslaan' }), page.getByText('Het overleg is gewijzigd.'));
    expect((await call<Session>(page, 'GET', `/api/sessions/${sessionId}`)).place).toBe(`Bibliotheek ${stamp}`);
    expect(counter.tally('stale version')).toEqual({ interactions: 4, submissions: 2, refused: 1 });

    counter.step('take the item off');
    await counter.click(page.getByRole('button', { name: `Casus ${item?.caseNumber ?? ''} van de agenda halen` }));
    await page.getByRole('heading', { level: 3, name: `Casus ${item?.caseNumber ?? ''} van de agenda halen?` }).waitFor();
    await checkA11y(page, 'take an item off: confirmation');
    await counter.submit(page, page.getByRole('button', { name: 'Ja, van de agenda halen' }), page.getByText(`Casus ${item?.caseNumber ?? ''} staat niet meer op de agenda.`));
    expect((await call<Session>(page, 'GET', `/api/sessions/${sessionId}`)).items).toEqual([]);
    expect(counter.tally('take the item off')).toEqual({ interactions: 2, submissions: 1, refused: 0 });

    counter.step('cancel');
    await cancel.getByLabel('Reden van het afzeggen').waitFor();
    // Without a reason the form refuses before sending, naming the field.
    await counter.click(cancel.getByRole('button', { name: 'Overleg afzeggen…' }));
    await cancel.locator('.ct-error-summary').getByText('Reden van het afzeggen').waitFor();
    expect(await cancel.getByRole('button', { name: 'Ja, overleg afzeggen' }).count()).toBe(0);
    await counter.fill(cancel.getByLabel('Reden van het afzeggen'), 'Te weinig casussen dit kwartaal.');
    await counter.click(cancel.getByRole('button', { name: 'Overleg afzeggen…' }));
    await cancel.getByRole('heading', { level: 3, name: 'Weet u zeker dat u dit overleg wilt afzeggen?' }).waitFor();
    await cancel.getByText(/Het overleg Blerick van .* wordt afgezegd/).waitFor();
    await checkA11y(page, 'cancel: confirmation');
    await counter.submit(page, cancel.getByRole('button', { name: 'Ja, overleg afzeggen' }), page.getByText('Te weinig casussen dit kwartaal.'));
    const cancelled = await call<Session>(page, 'GET', `/api/sessions/${sessionId}`);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelReason).toBe('Te weinig casussen dit kwartaal.');
    // A cancelled session offers no more edits.
    expect(await page.getByRole('heading', { level: 2, name: 'Overleg wijzigen' }).count()).toBe(0);
    expect(counter.tally('cancel')).toEqual({ interactions: 4, submissions: 1, refused: 0 });
    console.log(counter.report());
    expect(problems).toEqual([]);
    await close();
  });

  it('the chair, who is no planner, sees the session without any of the controls', async () => {
    expect(chairUsername).not.toBe('');
    await directory();
    const pd = await as(browser, 'procesregisseur@venlo');
    const other = await call<{ id: string }>(pd.page, 'POST', '/api/sessions', { bodyKind: 'work_area', bodyId: 'blerick', scheduledAt: new Date(Date.now() + 83 * DAY).toISOString(), chairUserId: userOf[chairUsername] }, 201);
    await pd.close();
    const { page, close, problems } = await as(browser, chairUsername);
    await page.goto(`/sessions/${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'Overleg Blerick' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn actielijst' }).waitFor();
    for (const h of ['Overleg wijzigen', 'Overleg afzeggen']) expect(await page.getByRole('heading', { level: 2, name: h }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /van de agenda halen/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Overleggen', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Overleggen en agenda' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Extra overleg toevoegen' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
