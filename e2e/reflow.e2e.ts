/**
 * Reflow and controls (UI review 3.1 and item 10; WCAG 1.4.10, 2.5.8): at 320 CSS pixels no
 * screen scrolls sideways (a wide table scrolls inside its own container), checkboxes are as large
 * as the radio buttons (24 px, not the browser's 13 px box) and list bullets are not the red of an
 * error. One fresh case of this file's own; the shared demo users are not changed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asByApi, call, launch } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Layout {
  readonly page: string;
  readonly sideways: number;
  readonly sticksOut: readonly string[];
  readonly checkboxes: readonly string[];
  readonly redBullets: number;
  readonly checkboxCount: number;
  readonly bulletCount: number;
}

/** What the screen at `path` looks like at the current viewport: how far it scrolls sideways and the deepest elements that stick out. */
async function layoutOf(page: Page, path: string): Promise<Layout> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return page.evaluate((p) => {
    const width = document.documentElement.clientWidth;
    const out = Array.from(document.body.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > width + 0.5);
    // Only the deepest: an element whose own children stay inside is what makes the page wide.
    const deepest = out.filter((e) => !out.some((o) => o !== e && e.contains(o)));
    const boxes = Array.from(document.querySelectorAll('input[type=checkbox]')).map((c) => c.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24);
    const red = Array.from(document.querySelectorAll('main li')).filter((li) => getComputedStyle(li, '::marker').color === 'rgb(204, 0, 0)').length;
    return {
      page: p,
      sideways: document.documentElement.scrollWidth - width,
      sticksOut: deepest.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`),
      checkboxes: boxes.map((r) => `${r.width}x${r.height}`),
      redBullets: red,
      checkboxCount: document.querySelectorAll('input[type=checkbox]').length,
      bulletCount: document.querySelectorAll('main ul:not([class*="nav"]) > li').length,
    };
  }, path);
}

describe('reflow at 320 px', () => {
  it('015-reflow: the process director\'s and the registrant\'s screens fit 320 px, with 24 px checkboxes and no red bullets', async () => {
    const reg = await asByApi(browser, 'reclassering-nederland@noord-limburg');
    const created = await call<{ id: string }>(reg.page, 'POST', '/api/cases', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: `Smalle Weergave ${Date.now()}` }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Weergave op een smal scherm.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    await reg.page.setViewportSize({ width: 320, height: 800 });
    const screens = ['/', '/cases/new', `/cases/${created.id}`, `/cases/${created.id}/steps`, `/cases/${created.id}/contribute`, `/cases/${created.id}/informing`, '/inbox'];
    const layouts: Layout[] = [];
    for (const path of screens) layouts.push(await layoutOf(reg.page, path));
    await reg.close();

    const pd = await asByApi(browser, 'gemeente-venlo@noord-limburg');
    await pd.page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/', '/team', '/sessions', '/figures']) layouts.push(await layoutOf(pd.page, path));
    await pd.close();

    const problems = layouts.filter((l) => l.sideways > 0 || l.checkboxes.length > 0 || l.redBullets > 0);
    expect(problems, JSON.stringify(problems, null, 1)).toEqual([]);
    // The checks above looked at something: checkboxes on the forms and bulleted lists on some screen.
    expect(layouts.find((l) => l.page === '/cases/new')?.checkboxCount).toBeGreaterThan(0);
    expect(layouts.reduce((n, l) => n + l.bulletCount, 0)).toBeGreaterThan(0);
  });
});
