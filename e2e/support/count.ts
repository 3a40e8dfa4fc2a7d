/**
 * Counts what a user does: every click, field filled, option chosen and box ticked is one
 * interaction; every press on a submit button is also a submission, and a submission the API
 * refused (an error summary appears) is counted as refused. The counts are the measure of a task.
 */
import type { Locator, Page } from 'playwright-core';

export interface Tally {
  interactions: number;
  submissions: number;
  refused: number;
}

export class Counter {
  readonly steps = new Map<string, Tally>();
  private current: Tally = { interactions: 0, submissions: 0, refused: 0 };

  /** Starts counting a named step of the story. */
  step(name: string): void {
    this.current = { interactions: 0, submissions: 0, refused: 0 };
    this.steps.set(name, this.current);
  }

  tally(name: string): Tally {
    return this.steps.get(name) ?? { interactions: 0, submissions: 0, refused: 0 };
  }

  async click(target: Locator): Promise<void> {
    this.current.interactions++;
    await target.click();
  }

  async fill(target: Locator, value: string): Promise<void> {
    this.current.interactions++;
    await target.fill(value);
  }

  async check(target: Locator): Promise<void> {
    this.current.interactions++;
    await target.check();
  }

  async select(target: Locator, value: string | { label: string }): Promise<void> {
    this.current.interactions++;
    await target.selectOption(value);
  }

  /**
   * Presses a submit button and waits until the page shows either `success` or an error summary;
   * returns whether it succeeded (a refusal is counted).
   */
  async submit(page: Page, button: Locator, success: Locator): Promise<boolean> {
    this.current.interactions++;
    this.current.submissions++;
    const answer = page.waitForResponse((r) => r.request().method() !== 'GET' && new URL(r.url()).pathname.startsWith('/api/'), { timeout: 30_000 });
    await button.click();
    const response = await answer;
    if (response.ok()) {
      await success.first().waitFor({ timeout: 30_000 });
      return true;
    }
    await page.locator('.ct-error-summary, [role="alert"]').first().waitFor({ timeout: 30_000 });
    this.current.refused++;
    return false;
  }

  /** A table of the counts, for the test's output. */
  report(): string {
    return [...this.steps].map(([name, t]) => `${name}: ${t.interactions} interactions, ${t.submissions} submissions, ${t.refused} refused`).join('\n');
  }
}
