/**
 * Typography (UI review 3.1 "Typography is broken"; issue 15 item 8): every text on a screen is set
 * in the bundled Noto Sans that the design tokens name (no Times New Roman from a missing document
 * font class, no Arial fallback from a font that was never loaded), and the heading that receives
 * focus after a navigation shows no focus ring to a mouse user while a keyboard user gets one.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, launch, newPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The distinct computed font families of every element that holds text of its own, with an example of each. */
async function textFonts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const found: Record<string, string> = {};
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || (el as HTMLElement).offsetParent === null) continue;
      const family = getComputedStyle(el).fontFamily;
      found[family] ??= `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 30)}`;
    }
    return found;
  });
}

/** Whether a Noto Sans face was actually loaded by the page (not only named). */
async function notoLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    let loaded = false;
    document.fonts.forEach((f) => {
      if (f.family.replace(/["']/g, '') === 'Noto Sans' && f.status === 'loaded') loaded = true;
    });
    return loaded;
  });
}

describe('typography', () => {
  it('015-typography: the login screen and a signed-in screen set every text in the loaded Noto Sans', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await notoLoaded(page)).toBe(true);
    const atLogin = await textFonts(page);
    expect(Object.keys(atLogin).filter((f) => !f.startsWith('"Noto Sans"')), JSON.stringify(atLogin)).toEqual([]);
    await context.close();

    const pd = await as(browser, 'gemeente-venlo@noord-limburg');
    await pd.page.getByRole('navigation').first().waitFor();
    expect(await notoLoaded(pd.page)).toBe(true);
    const signedIn = await textFonts(pd.page);
    expect(Object.keys(signedIn).filter((f) => !f.startsWith('"Noto Sans"')), JSON.stringify(signedIn)).toEqual([]);
    await pd.close();
  });

  it('015-heading-focus: after a navigation by mouse the focused heading has no focus ring; by keyboard it has one', async () => {
    const pd = await as(browser, 'gemeente-venlo@noord-limburg');
    const page = pd.page;
    const links = page.getByRole('navigation').first().getByRole('link');
    const headingOutline = () => page.evaluate(() => {
      const h1 = document.querySelector('h1');
      return { focused: document.activeElement === h1, outline: h1 === null ? '' : getComputedStyle(h1).outlineStyle };
    });

    await links.nth(1).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await headingOutline()).toEqual({ focused: true, outline: 'none' });

    await links.nth(0).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const byKeyboard = await headingOutline();
    expect(byKeyboard.focused).toBe(true);
    expect(byKeyboard.outline).not.toBe('none');
    await pd.close();
  });
});
