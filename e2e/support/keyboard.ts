/** Keyboard-only helpers: reach an element with Tab alone, as a keyboard user would. */
import type { Page } from 'playwright-core';

/** Presses Tab until the element with this id has focus; fails after `max` presses. */
export async function tabTo(page: Page, id: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab in ${max} presses`);
}

/** Presses Tab until an element with this accessible text (button or link) has focus. */
export async function tabToText(page: Page, text: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.textContent?.trim() === want, text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${text}" with Tab in ${max} presses`);
}
