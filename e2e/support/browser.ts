/**
 * Debian Chromium driven by playwright-core (never a downloaded browser), with helpers to sign
 * in, check a screen with axe (zero serious or critical violations) and save screenshots.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const PASSWORD = 'demo-casustafel';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (own cookies) with a page that fails the test on any CSP violation or page error. */
export async function newPage(browser: Browser, baseURL = baseUrl()): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Signs in through the login screen, as a user would. */
export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).or(page.getByRole('heading', { level: 1 })).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('h1')?.textContent?.includes('Inloggen'));
}

/** Runs axe on the current screen: no serious or critical violations allowed. */
export async function checkA11y(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${screen}: ${v.id} (${v.impact ?? ''}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${screen}`,
  ).toEqual([]);
}

/** Saves a screenshot of a main screen to docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = resolve('docs/screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true });
}

/** A same-origin API call from inside the page, with the page's own cookies and CSRF header. */
export async function pageFetch(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method: m, path: p, body: b }) => {
      const csrf = document.cookie.split(';').map((c) => c.trim().split('=')).find(([n]) => n === 'casustafel_csrf')?.[1] ?? '';
      const res = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        ...(b === undefined ? {} : { body: JSON.stringify(b) }),
      });
      const text = await res.text();
      return { status: res.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    { method, path, body },
  );
}

/**
 * Follows a link on the current screen to the screen titled `heading`. When that screen does not
 * appear, the failure says where the browser is and what it shows, so a failed run can be read.
 */
export async function follow(page: Page, link: string, heading: string): Promise<void> {
  const from = page.url();
  await page.getByRole('link', { name: link, exact: true }).click();
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
  } catch (e) {
    const shown = await page.locator('main').innerText().catch(() => '(no main)');
    throw new Error(`after following "${link}" from ${from}: at ${page.url()}, showing:\n${shown.slice(0, 800)}`, { cause: e });
  }
}

/** A signed-in page of its own context: the page, a way to close it, and the CSP or page errors seen on it. */
export interface SignedIn {
  readonly page: Page;
  readonly close: () => Promise<void>;
  readonly problems: string[];
}

/** Signs `username` in through the login screen in a fresh context of `browser`. */
export async function as(browser: Browser, username: string, baseURL?: string): Promise<SignedIn> {
  const { page, context, problems } = await newPage(browser, baseURL);
  await login(page, username);
  return { page, problems, close: () => context.close() };
}

/**
 * Signs `username` in through the API (`POST /api/auth/login`, the script-friendly sign-in) in a
 * fresh context: for the set-up steps of a test, whose screens are not under test. The page stands
 * on a same-origin JSON address, so that `call()` and `pageFetch()` work from it; a screen that is
 * under test is opened with `page.goto` as usual. The login screen itself is walked by `as()`.
 */
export async function asByApi(browser: Browser, username: string, password = PASSWORD): Promise<SignedIn> {
  const { page, context, problems } = await newPage(browser);
  const res = await context.request.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `sign-in of ${username}: ${await res.text()}`).toBe(200);
  await page.goto('/api/auth/me');
  return { page, problems, close: () => context.close() };
}

/**
 * An API call from the page that must succeed (any 2xx, or exactly `expected` when given); its
 * answer as JSON. A failure names the call and the answer.
 */
export async function call<T = unknown>(page: Page, method: string, path: string, body?: unknown, expected?: number): Promise<T> {
  const res = await pageFetch(page, method, path, body);
  const message = `${method} ${path}: ${JSON.stringify(res.json)}`;
  if (expected === undefined) expect(res.status, message).toBeLessThan(300);
  else expect(res.status, message).toBe(expected);
  return res.json as T;
}
