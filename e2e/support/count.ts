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
  /** Sign-ins within the step (their three interactions are in `interactions`). */
  logins?: number;
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

  /** Chooses the first option whose text contains `text` (one interaction). */
  async choose(target: Locator, text: string | RegExp): Promise<void> {
    const option = target.locator('option', { hasText: text }).first();
    await option.waitFor({ state: 'attached' });
    await this.select(target, (await option.getAttribute('value')) ?? '');
  }

  /** Signs in through the login screen: user name, password and the button are three interactions. */
  async login(page: Page, username: string, password: string): Promise<void> {
    await page.goto('/login');
    await this.fill(page.getByLabel('Gebruikersnaam'), username);
    await this.fill(page.getByLabel('Wachtwoord'), password);
    await this.click(page.getByRole('button', { name: 'Inloggen' }));
    await page.waitForFunction(() => !document.querySelector('h1')?.textContent?.includes('Inloggen'));
    this.current.logins = (this.current.logins ?? 0) + 1;
  }

  /** The sum over the steps whose name starts with `prefix` (all steps without one). */
  total(prefix = ''): Tally {
    const sum: Tally = { interactions: 0, submissions: 0, refused: 0, logins: 0 };
    for (const [name, t] of this.steps) {
      if (!name.startsWith(prefix)) continue;
      sum.interactions += t.interactions;
      sum.submissions += t.submissions;
      sum.refused += t.refused;
      sum.logins = (sum.logins ?? 0) + (t.logins ?? 0);
    }
    return sum;
  }

  /** A table of the counts, for the test's output. */
  report(): string {
    return [...this.steps].map(([name, t]) => `${name}: ${t.interactions} interactions, ${t.submissions} submissions, ${t.refused} refused${t.logins === undefined ? '' : `, ${t.logins} login(s)`}`).join('\n');
  }
}
